/** The last hop: a socket in a container, and what the program behind it answers. */
import type { Hop, ProbeOutcome, ProbeResult } from '../api.js';
import type { RuntimeListener, Tx } from '../core/state.js';
import { nginxAccessLog, NGINX_WELCOME, nginxNotFound } from '../images/pages.js';
import type { Pod, Protocol } from '../types.js';
import type { Client, RequestOptions } from './client.js';
import { byteLength } from './shell-types.js';

/**
 * One request on its way: what the client asked for (host, the IP it resolved to, port, protocol) and
 * the hops walked so far. Every step of the walk reads it, and every outcome reports it.
 */
export interface Flight {
  tx: Tx;
  c: Client;
  host: string;
  ip: string;
  port: number;
  protocol: Protocol;
  opts: RequestOptions;
  hops: Hop[];
}

export function result(outcome: ProbeOutcome, f: Flight): ProbeResult {
  return { outcome, host: f.host, ip: f.ip, port: f.port, protocol: f.protocol, hops: f.hops };
}

/** Nothing listens where the packet arrived: TCP gets a reset, UDP just no answer. */
export function unanswered(f: Flight): ProbeResult {
  return result(f.protocol === 'TCP' ? 'refused' : 'no-response', f);
}

export function toListener(
  f: Flight,
  pod: Pod,
  listeners: RuntimeListener[],
  dstIP: string,
  dstPort: number,
): ProbeResult {
  const { tx, c, host, ip, port, protocol, opts, hops } = f;
  const ns = pod.metadata.namespace ?? 'default';
  const name = pod.metadata.name;
  const l = listeners.find((x) => x.port === dstPort && x.protocol === protocol);
  if (!l) {
    const other = listeners.filter((x) => x.port === dstPort).map((x) => x.protocol);
    const open = listeners.map((x) => `${x.port}/${x.protocol}`).join(', ') || 'nothing';
    const why = other.length
      ? `${dstPort} is open for ${other.join('/')} only, not ${protocol}`
      : `nothing listens on ${dstPort}/${protocol} in ${name} (listening: ${open})`;
    hops.push({
      kind: 'container',
      ok: false,
      label: `:${dstPort}/${protocol}`,
      detail: why,
      ref: { kind: 'Pod', namespace: ns, name },
    });
    return unanswered(f);
  }
  hops.push({
    kind: 'container',
    ok: true,
    label: `${l.container} :${dstPort}/${protocol}`,
    detail: `container ${l.container} (${l.app}) listens on ${dstPort}/${protocol}`,
    ref: { kind: 'Pod', namespace: ns, name },
  });
  const res: ProbeResult = {
    outcome: 'ok',
    host,
    ip,
    port,
    protocol,
    hops,
    endpoint: { namespace: ns, pod: name, ip: dstIP, port: dstPort },
  };
  if (opts.connectOnly) return res;
  const path = opts.path ?? '/';
  switch (l.app) {
    case 'nginx': {
      const found = path === '/' || path === '/index.html';
      const body = found ? NGINX_WELCOME : nginxNotFound();
      const status = found ? 200 : 404;
      const clientIP = c.kind === 'outside' ? '172.18.0.1' : c.ip;
      const rt = tx.podRuntime(ns, name);
      rt.logs = {
        ...rt.logs,
        [l.container]:
          (rt.logs[l.container] ?? '') +
          nginxAccessLog(tx.s.clock, clientIP, path, status, byteLength(body), opts.agent ?? 'curl/8.11.1'),
      };
      res.response = {
        body,
        status,
        server: 'nginx',
        headers: { Server: 'nginx/1.27.3', 'Content-Type': 'text/html' },
      };
      break;
    }
    case 'http-echo':
      res.response = {
        body: `${l.text ?? ''}\n`,
        status: 200,
        server: 'http-echo',
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      };
      break;
    case 'hostname':
      res.response = {
        body: `${name}\n`,
        status: 200,
        server: 'hostname',
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      };
      break;
    case 'ok':
      res.response = { body: 'ok', status: 200, server: 'ok' };
      break;
    default:
      res.response = { body: '', server: l.app };
  }
  return res;
}
