import { accessSync, constants } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBrowser, findOnPath } from './browser.js';

describe('chooseBrowser', () => {
  let dir = '';
  let fake = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kube-arena-browser-'));
    fake = join(dir, 'google-chrome');
    await writeFile(fake, '#!/bin/sh\n');
    await chmod(fake, 0o755);
    await writeFile(join(dir, 'chromium'), 'not executable');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('takes CHROMIUM_PATH first', () => {
    const env = { CHROMIUM_PATH: fake, PATH: '' };
    expect(chooseBrowser(env)).toEqual({ executablePath: fake, source: 'CHROMIUM_PATH' });
  });

  it('refuses a CHROMIUM_PATH that is not an executable instead of falling back', () => {
    expect(() => chooseBrowser({ CHROMIUM_PATH: join(dir, 'chromium') })).toThrow(/not an executable/);
  });

  it('then an executable Chromium or Chrome on PATH, skipping files that are not executable', () => {
    expect(findOnPath(['chromium', 'google-chrome'], `/nonexistent:${dir}`)).toBe(fake);
    expect(chooseBrowser({ PATH: dir })).toEqual({ executablePath: fake, source: 'PATH' });
  });

  it('keeps its choice in the environment, so workers do not resolve again', () => {
    const env: NodeJS.ProcessEnv = { PATH: dir };
    chooseBrowser(env);
    env.PATH = '';
    expect(chooseBrowser(env).executablePath).toBe(fake);
  });

  it('else unpacks the Chromium bundled in @sparticuz/chromium', () => {
    const choice = chooseBrowser({ PATH: '' });
    expect(choice.source).toBe('@sparticuz/chromium');
    expect(() => accessSync(choice.executablePath, constants.X_OK)).not.toThrow();
  });
});
