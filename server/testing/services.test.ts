import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findService, tcpReachable, type ServiceProbe } from './services.js';

describe('findService', () => {
  let server: Server;
  let openPort = 0;
  let closedPort = 0;
  beforeAll(async () => {
    server = createServer((s) => s.end());
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    openPort = (server.address() as { port: number }).port;
    // A port that was just free: listen, note it, close.
    const probe = createServer();
    await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
    closedPort = (probe.address() as { port: number }).port;
    await new Promise<void>((ok) => probe.close(() => ok()));
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  const probe = (port: number): ServiceProbe => ({
    name: 'Thing',
    envVar: 'TEST_THING_URL',
    defaultUrl: `thing://127.0.0.1:${port}/x`,
    startHint: 'thing start',
  });

  it('uses the default server when it answers', async () => {
    expect(await tcpReachable('127.0.0.1', openPort)).toBe(true);
    const found = await findService(probe(openPort), {});
    expect(found.url).toBe(`thing://127.0.0.1:${openPort}/x`);
  });

  it('skips with one line naming what to start when the default does not answer', async () => {
    const found = await findService(probe(closedPort), {});
    expect(found.url).toBeUndefined();
    expect(found.skipReason).toBe(
      `Thing not reachable at 127.0.0.1:${closedPort}: start it (thing start) or set TEST_THING_URL`,
    );
  });

  it('fails when the named server does not answer, instead of skipping', async () => {
    await expect(
      findService(probe(openPort), { TEST_THING_URL: `thing://127.0.0.1:${closedPort}/x` }),
    ).rejects.toThrow(/TEST_THING_URL=.*does not answer/);
  });
});
