/**
 * What guards the HTTP edge as a whole: security headers (helmet, with a Content-Security-Policy the
 * built client runs under) and the node HTTP server's timeouts against clients that trickle requests.
 */
import type { ServerOptions } from 'node:http';
import helmet from 'helmet';

/**
 * The client is same-origin only: its scripts and styles from web/dist, the API and socket.io on this
 * origin ('self' covers the same origin's ws:/wss: in CSP 3 browsers). The puzzle terminal (xterm.js)
 * writes <style> elements, hence 'unsafe-inline' for styles only; scripts stay 'self', no eval (the
 * client's zod runs jitless, web/src/zod-jitless.ts). The favicon is a data: URL; CSV downloads are
 * blob: links, which CSP leaves alone. The e2e tests fail on any violation (e2e/helpers.ts
 * `watchCsp`). No upgrade-insecure-requests: classrooms often reach the server over plain http.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
} as const;

export function securityHeaders(): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    xFrameOptions: { action: 'deny' },
  });
}

export interface HttpTimeouts {
  /** The request line and headers must arrive within this (slowloris: one byte a second never does). */
  headersTimeoutMs: number;
  /** The whole request, body included. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
}

/**
 * Options for `http.createServer`. Node checks the header and request timeouts only every
 * `connectionsCheckingInterval` (30 s by default), so that is tightened to cut a slow client close to
 * its deadline. Upgraded socket.io connections are no longer requests and are not affected.
 */
export function httpServerOptions(t: HttpTimeouts): ServerOptions {
  return {
    headersTimeout: t.headersTimeoutMs,
    requestTimeout: t.requestTimeoutMs,
    keepAliveTimeout: t.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, t.headersTimeoutMs),
  };
}
