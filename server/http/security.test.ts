/**
 * The HTTP edge's guards: security headers with a CSP on every answer, body limits, and the node
 * server's timeouts (a slowloris client is cut off at the header timeout).
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../common/clock.js';
import { httpServerOptions } from './security.js';
import { useTestServer } from './test-server.js';

const HEADERS_TIMEOUT_MS = 1000;
const ctx = useTestServer(new ManualClock(), 'security', {
  HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
  HTTP_REQUEST_TIMEOUT_MS: '2000',
});

describe('security headers', () => {
  it.each(['/', '/api/health', '/api/nope'])('GET %s carries the CSP and helmet headers', async (path) => {
    const res = await fetch(`${ctx.server.url}${path}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('limits', () => {
  it('refuses a body over its limit with the API error shape', async () => {
    const res = await fetch(`${ctx.server.url}/api/games`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ setId: 'x'.repeat(20_000) }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'validation/invalid-payload' } });
  });

  it('closes a connection that sends its headers one byte a second within the header timeout', async () => {
    const socket = connect(ctx.server.port, '127.0.0.1');
    const started = Date.now();
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
    const drip = setInterval(() => socket.writable && socket.write('X'), 1000);
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => {});
    const closedAfter = await new Promise<number>((resolve) =>
      socket.once('close', () => resolve(Date.now() - started)),
    );
    clearInterval(drip);
    // Node checks the deadline once a second (connectionsCheckingInterval), hence the slack.
    expect(closedAfter).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
    expect(closedAfter).toBeLessThan(HEADERS_TIMEOUT_MS + 2000);
    expect(answer).toMatch(/^HTTP\/1.1 408/);
  });

  it('the defaults: headers in 10 s, the request in 30 s, idle keep-alive 5 s', () => {
    expect(
      httpServerOptions({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000 }),
    ).toEqual({
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: 1000,
    });
  });
});
