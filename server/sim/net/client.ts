/** Who sends a request (a pod, a node, a laptop) and how it resolves names (cluster DNS, pods only). */
import type { Hop, ProbeResult, ProbeSource } from '../api.js';
import { getObj, type Tx } from '../core/state.js';
import { err, ok, type Result } from '../../common/result.js';
import { simError, type ProbeSourceError } from '../sim-error.js';
import type { Protocol } from '../types.js';
import { DNS_SERVICE_IP, resolveFrom } from './dns.js';
import { matchRule } from './proxy.js';

export type Client =
  | { kind: 'pod'; ns: string; name: string; node: string; ip: string }
  | { kind: 'node'; node: string; ip: string }
  | { kind: 'outside' };

export interface RequestOptions {
  path?: string;
  agent?: string;
  /** Only open the connection (nc -z). */
  connectOnly?: boolean;
}

const isIP = (h: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(h);

/** The client a probe starts from, or why there is none (the probe then times out at its first hop). */
export function clientOf(tx: Tx, from: ProbeSource): Result<Client, ProbeSourceError> {
  if ('outside' in from) return ok({ kind: 'outside' });
  if ('node' in from) {
    const rt = tx.s.nodes[from.node];
    return rt
      ? ok({ kind: 'node', node: from.node, ip: rt.ip })
      : err(simError('probe/node-not-found', `nodes "${from.node}" not found`));
  }
  const ns = from.pod.namespace ?? 'default';
  const pod = getObj(tx.s, 'Pod', ns, from.pod.name);
  if (!pod) return err(simError('probe/pod-not-found', `pods "${from.pod.name}" not found`));
  if (!pod.spec.nodeName || !pod.status?.podIP)
    return err(simError('probe/pod-no-ip', `pod ${from.pod.name} has no IP yet`));
  return ok({ kind: 'pod', ns, name: pod.metadata.name, node: pod.spec.nodeName, ip: pod.status.podIP });
}

export function clientHop(c: Client): Hop {
  if (c.kind === 'pod')
    return {
      kind: 'client',
      ok: true,
      label: `${c.name} (${c.ip})`,
      detail: `pod ${c.ns}/${c.name} (${c.ip}) on ${c.node}`,
      node: c.node,
      ref: { kind: 'Pod', namespace: c.ns, name: c.name },
    };
  if (c.kind === 'node')
    return {
      kind: 'client',
      ok: true,
      label: c.node,
      detail: `a process on node ${c.node} (${c.ip})`,
      node: c.node,
    };
  return { kind: 'client', ok: true, label: 'outside', detail: 'a client outside the cluster' };
}

/** Is the cluster DNS reachable from this client (kube-dns has a ready endpoint in its node's rules)? */
function dnsReachable(tx: Tx, c: Client & { node: string }): boolean {
  const m = matchRule(tx.s, c.node, DNS_SERVICE_IP, 53, 'UDP', tx.s.nodes[c.node]?.ip);
  return !!m && m.rule.endpoints.some((e) => !tx.s.nodes[c.node]?.deadIPs[e.ip] && !deadPodIP(tx, e.ip));
}

function deadPodIP(tx: Tx, ip: string): boolean {
  for (const rt of Object.values(tx.s.nodes)) if (rt.deadIPs[ip]) return true;
  return false;
}

/** Resolve a host for a client; returns the IP or the failing result. */
export function resolveHost(
  tx: Tx,
  c: Client,
  host: string,
  port: number,
  protocol: Protocol,
  hops: Hop[],
): string | ProbeResult {
  if (isIP(host)) return host;
  const fail = (detail: string): ProbeResult => {
    hops.push({ kind: 'dns', ok: false, label: host, detail });
    return { outcome: 'unknown-host', host, port, protocol, hops };
  };
  if (c.kind !== 'pod')
    return fail(`${host} is not known outside the cluster DNS (only pods use ${DNS_SERVICE_IP})`);
  if (!dnsReachable(tx, c))
    return fail(`the cluster DNS (kube-dns ${DNS_SERVICE_IP}) did not answer: it has no ready endpoints`);
  const q = resolveFrom(tx.s, host, c.ns);
  const a = q.answer?.records.find((r) => r.type === 'A');
  if (!q.answer || !a)
    return fail(
      `${host} did not resolve from namespace ${c.ns} (tried ${q.attempts.map((x) => x.name).join(', ')})`,
    );
  hops.push({
    kind: 'dns',
    ok: true,
    label: `${host} → ${a.value}`,
    detail: `${host} resolved as ${q.answer.name} to ${a.value}`,
  });
  return a.value;
}
