import { describe, expect, it } from 'vitest';
import { loadConfig, publicUrl } from './config.js';

describe('loadConfig', () => {
  it('applies defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      DATABASE_URL: 'file:./data/kube-arena.db',
      SCENARIOS_DIR: 'scenarios',
      SKIP_WEB_BUILD: false,
      ENABLE_TEST_SETS: false,
      LOG_LEVEL: 'info',
      BROADCAST_INTERVAL_MS: 100,
    });
    expect(publicUrl(config)).toBe('http://localhost:3000');
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PUBLIC_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('parses valid values', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/arena',
      PUBLIC_URL: 'https://arena.example.org/',
      SKIP_WEB_BUILD: 'true',
      ENABLE_TEST_SETS: '1',
      BROADCAST_INTERVAL_MS: '0',
    });
    expect(config.ENABLE_TEST_SETS).toBe(true);
    expect(config.PORT).toBe(8080);
    expect(config.BROADCAST_INTERVAL_MS).toBe(0);
    expect(config.SKIP_WEB_BUILD).toBe(true);
    expect(publicUrl(config)).toBe('https://arena.example.org');
  });

  it.each([
    ['PORT', 'eighty', /PORT="eighty"/],
    ['PORT', '70000', /PORT="70000"/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL="mysql:\/\/x": must start with file:/],
    ['PUBLIC_URL', 'not a url', /PUBLIC_URL="not a url"/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud"/],
    ['ENABLE_TEST_SETS', 'yes', /ENABLE_TEST_SETS="yes": must be 1, 0, true or false/],
    ['BROADCAST_INTERVAL_MS', '5000', /BROADCAST_INTERVAL_MS="5000": must be a number of milliseconds/],
    ['BROADCAST_INTERVAL_MS', 'soon', /BROADCAST_INTERVAL_MS="soon"/],
  ])('rejects %s=%s naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: '-1', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });
});
