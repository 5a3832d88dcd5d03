import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress, compileTrust, parseTrustProxy, type TrustProxy } from './client-address.js';

describe('parseTrustProxy', () => {
  it.each([
    ['false', false],
    ['true', true],
    ['1', 1],
    [' 2 ', 2],
    ['loopback', ['loopback']],
    ['127.0.0.1/8, 10.0.0.0/8', ['127.0.0.1/8', '10.0.0.0/8']],
    ['::1,fc00::/7,uniquelocal', ['::1', 'fc00::/7', 'uniquelocal']],
  ])('accepts %j', (text, value) => {
    expect(parseTrustProxy(text)).toEqual({ ok: true, data: value });
  });

  it.each([
    ['yes', /invalid IP address: yes/],
    ['10.0.0.0/99', /invalid range on address: 10.0.0.0\/99/],
    ['127.0.0.1,,10.0.0.1', /empty entry/],
  ])('refuses %j', (text, message) => {
    const parsed = parseTrustProxy(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(message);
  });
});

describe('clientAddress agrees with express req.ip', () => {
  const settings: TrustProxy[] = [
    false,
    true,
    0,
    1,
    2,
    ['loopback'],
    ['10.0.0.0/8'],
    ['127.0.0.1', '10.1.2.3'],
  ];
  const headers = [undefined, '203.0.113.9', '198.51.100.1, 10.1.2.3', '198.51.100.1, 203.0.113.9, 10.1.2.3'];
  let server: Server;
  let url = '';
  let trust = compileTrust(false);

  beforeAll(async () => {
    // One app whose trust function the test swaps: express computes req.ip from it on every request.
    const app = express();
    app.get('/', (req, res) => {
      app.set('trust proxy', trust);
      res.send(req.ip);
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(settings.flatMap((s) => headers.map((h) => [s, h] as const)))(
    'trust %j, X-Forwarded-For %j',
    async (setting, header) => {
      trust = compileTrust(setting);
      const res = await fetch(url, { headers: header === undefined ? {} : { 'x-forwarded-for': header } });
      expect(clientAddress('127.0.0.1', header, trust)).toBe(await res.text());
    },
  );

  it('trusts nobody by default: the peer is the client whatever the header says', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9', compileTrust(false))).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '203.0.113.9', compileTrust(1))).toBe('203.0.113.9');
  });
});
