import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleLogger, silentLogger } from './logger.js';

describe('loggers', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints info only at info and debug, errors unless silent', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    consoleLogger('error').info('hidden');
    consoleLogger('info').info('shown');
    consoleLogger('silent').error('hidden');
    consoleLogger('error').error('failed', new Error('boom'));
    consoleLogger('debug').error('plain');
    expect(log.mock.calls).toEqual([['shown']]);
    expect(error.mock.calls).toEqual([
      ['failed', 'boom'],
      ['plain', ''],
    ]);
  });

  it('has a silent logger for tests', () => {
    const log = vi.spyOn(console, 'log');
    silentLogger.info('x');
    silentLogger.error('x', new Error('y'));
    expect(log).not.toHaveBeenCalled();
  });
});
