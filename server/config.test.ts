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
      TRUST_PROXY: false,
      GAMES_PER_ADDRESS_PER_HOUR: 30,
      MAX_ROOMS: 1000,
      MAX_PLAYERS_PER_ROOM: 5000,
      HTTP_HEADERS_TIMEOUT_MS: 10_000,
      HTTP_REQUEST_TIMEOUT_MS: 30_000,
      HTTP_KEEP_ALIVE_TIMEOUT_MS: 5_000,
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
    ['TRUST_PROXY', 'yes', /TRUST_PROXY="yes": invalid IP address: yes/],
    ['TRUST_PROXY', '10.0.0.0/40', /TRUST_PROXY="10.0.0.0\/40": invalid range on address/],
    ['GAMES_PER_ADDRESS_PER_HOUR', '0', /GAMES_PER_ADDRESS_PER_HOUR="0": must be a number of games/],
    ['MAX_ROOMS', 'many', /MAX_ROOMS="many": must be a number of rooms/],
    ['MAX_PLAYERS_PER_ROOM', '2.5', /MAX_PLAYERS_PER_ROOM="2.5": must be a whole number/],
    [
      'HTTP_HEADERS_TIMEOUT_MS',
      '60000',
      /HTTP_HEADERS_TIMEOUT_MS="60000": must not be longer than HTTP_REQUEST/,
    ],
  ])('rejects %s=%s naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it.each([
    ['1', 1],
    ['loopback', ['loopback']],
    ['127.0.0.1/8,10.0.0.0/8', ['127.0.0.1/8', '10.0.0.0/8']],
    ['true', true],
  ])('parses TRUST_PROXY=%s', (text, value) => {
    expect(loadConfig({ TRUST_PROXY: text }).TRUST_PROXY).toEqual(value);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: '-1', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });
});
