/**
 * One request through the simulated network, hop by hop: client → DNS → (load balancer → node port) →
 * the client node's kube-proxy rules → a random ready endpoint → pod IP → a socket in a container.
 * Failures are the ones a real cluster produces: NXDOMAIN, REJECT (refused) for Services without
 * endpoints, RST when nothing listens, silence for dead IPs and virtual IPs seen from outside.
 */
import type { Hop, ProbeOutcome, ProbeResult, ProbeSource } from '../api.js';
import { getObj, splitKey, type RuntimeListener, type Tx } from '../core/state.js';
import { nginxAccessLog, NGINX_WELCOME, nginxNotFound } from '../images/pages.js';
import type { Pod, Protocol } from '../types.js';
import { DNS_SERVICE_IP, resolveFrom } from './dns.js';
import { byteLength } from './shell-types.js';
import { podAtIP } from '../core/nodes.js';
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

export function clientOf(tx: Tx, from: ProbeSource): Client | string {
  if ('outside' in from) return { kind: 'outside' };
  if ('node' in from) {
    const rt = tx.s.nodes[from.node];
    return rt ? { kind: 'node', node: from.node, ip: rt.ip } : `nodes "${from.node}" not found`;
  }
  const ns = from.pod.namespace ?? 'default';
  const pod = getObj(tx.s, 'Pod', ns, from.pod.name);
  if (!pod) return `pods "${from.pod.name}" not found`;
  if (!pod.spec.nodeName || !pod.status?.podIP) return `pod ${from.pod.name} has no IP yet`;
  return { kind: 'pod', ns, name: pod.metadata.name, node: pod.spec.nodeName, ip: pod.status.podIP };
}

function clientHop(c: Client): Hop {
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

export function probeRequest(
  tx: Tx,
  from: ProbeSource,
  host: string,
  port: number,
  protocol: Protocol,
  opts: RequestOptions = {},
): ProbeResult {
  const c = clientOf(tx, from);
  const hops: Hop[] = [];
  if (typeof c === 'string') {
    hops.push({ kind: 'client', ok: false, label: 'client', detail: c });
    return { outcome: 'timeout', host, port, protocol, hops };
  }
  hops.push(clientHop(c));
  const ip = resolveHost(tx, c, host, port, protocol, hops);
  if (typeof ip !== 'string') return ip;
  return connect(tx, c, host, ip, port, protocol, opts, hops);
}

function result(
  outcome: ProbeOutcome,
  host: string,
  ip: string,
  port: number,
  protocol: Protocol,
  hops: Hop[],
): ProbeResult {
  return { outcome, host, ip, port, protocol, hops };
}

export function connect(
  tx: Tx,
  c: Client,
  host: string,
  ip: string,
  port: number,
  protocol: Protocol,
  opts: RequestOptions,
  hops: Hop[],
): ProbeResult {
  const s = tx.s;
  let node = c.kind === 'outside' ? undefined : c.node;
  let dstIP = ip;
  let dstPort = port;
  const nodeName = Object.keys(s.nodes).find((n) => s.nodes[n]?.ip === ip);

  if (c.kind === 'outside') {
    const lb = s.lbIPs[ip];
    if (lb) {
      const [ns, name] = splitKey(lb);
      const svc = getObj(s, 'Service', ns, name);
      const p = svc?.spec.ports?.find((x) => x.port === port && (x.protocol ?? 'TCP') === protocol);
      if (!svc || !p?.nodePort) {
        hops.push({
          kind: 'load-balancer',
          ok: false,
          label: `${ip}:${port}`,
          detail: `the load balancer of ${lb} has no listener on port ${port}/${protocol}`,
        });
        return result('timeout', host, ip, port, protocol, hops);
      }
      const nodes = Object.keys(s.nodes).filter((n) =>
        getObj(s, 'Node', '', n)?.status.conditions.some((x) => x.type === 'Ready' && x.status === 'True'),
      );
      const pick = nodes[tx.rng.int(nodes.length)];
      if (!pick) return result('timeout', host, ip, port, protocol, hops);
      hops.push({
        kind: 'load-balancer',
        ok: true,
        label: `${ip}:${port} → ${pick}:${p.nodePort}`,
        detail: `the cloud load balancer of ${lb} forwarded to node ${pick} on NodePort ${p.nodePort}`,
        node: pick,
        ref: { kind: 'Service', namespace: ns, name },
      });
      node = pick;
      dstIP = s.nodes[pick]?.ip ?? '';
      dstPort = p.nodePort;
    } else if (nodeName) {
      node = nodeName;
    } else {
      const why = s.serviceIPs[ip]
        ? `${ip} is a ClusterIP: a virtual address that only exists in kube-proxy rules inside the cluster`
        : podAtIP(s, ip)
          ? `${ip} is a pod IP, routable only inside the cluster`
          : `nothing answers at ${ip}`;
      hops.push({ kind: 'cluster-ip', ok: false, label: `${ip}:${port}`, detail: why });
      return result('timeout', host, ip, port, protocol, hops);
    }
  }
  if (!node) return result('timeout', host, ip, port, protocol, hops);

  const match = matchRule(s, node, dstIP, dstPort, protocol, s.nodes[node]?.ip);
  if (match) {
    const { rule, via } = match;
    const [ns, rest] = splitKey(rule.key);
    const svcRef = { kind: 'Service' as const, namespace: ns, name: rest.split(':')[0] ?? rest };
    const stale = s.nodes[node]?.staleRules ? ' (stale rules)' : '';
    hops.push({
      kind: via === 'node-port' ? 'node-port' : 'cluster-ip',
      ok: true,
      label: via === 'node-port' ? `${node}:${dstPort}/${protocol}` : `${dstIP}:${dstPort}/${protocol}`,
      detail:
        via === 'node-port'
          ? `NodePort ${dstPort} of service ${rule.key} on node ${node}`
          : `service ${rule.key} at ${dstIP}:${dstPort}/${protocol}`,
      ref: svcRef,
      node,
    });
    if (rule.endpoints.length === 0) {
      hops.push({
        kind: 'kube-proxy',
        ok: false,
        label: 'REJECT',
        detail: `kube-proxy on ${node}${stale}: ${rule.key} has no endpoints, so the packet is rejected`,
        node,
        ref: svcRef,
      });
      return result('refused', host, ip, port, protocol, hops);
    }
    const i = tx.rng.int(rule.endpoints.length);
    const ep = rule.endpoints[i] as (typeof rule.endpoints)[number];
    hops.push({
      kind: 'kube-proxy',
      ok: true,
      label: `→ ${ep.ip}:${ep.port}`,
      detail: `kube-proxy on ${node}${stale} picked ${ep.ip}:${ep.port} (${i + 1} of ${rule.endpoints.length} endpoints, at random)`,
      node,
      ref: svcRef,
    });
    dstIP = ep.ip;
    dstPort = ep.port;
  } else if (s.serviceIPs[dstIP]) {
    hops.push({
      kind: 'cluster-ip',
      ok: false,
      label: `${dstIP}:${dstPort}/${protocol}`,
      detail: `no kube-proxy rule on ${node} for ${dstIP}:${dstPort}/${protocol}: the service does not expose that port and protocol, and a ClusterIP is virtual`,
      node,
    });
    return result('timeout', host, ip, port, protocol, hops);
  }
  return deliver(tx, c, host, ip, port, protocol, dstIP, dstPort, opts, hops);
}

/** The packet reaches an IP: a pod, a node's host network, or nothing. */
function deliver(
  tx: Tx,
  c: Client,
  host: string,
  ip: string,
  port: number,
  protocol: Protocol,
  dstIP: string,
  dstPort: number,
  opts: RequestOptions,
  hops: Hop[],
): ProbeResult {
  const s = tx.s;
  const deadOn = Object.keys(s.nodes).find((n) => s.nodes[n]?.deadIPs[dstIP]);
  const podKey = podAtIP(s, dstIP);
  if (deadOn || !podKey) {
    const hostNode = Object.keys(s.nodes).find((n) => s.nodes[n]?.ip === dstIP);
    if (hostNode) return hostDeliver(tx, c, host, ip, port, protocol, hostNode, dstPort, opts, hops);
    hops.push({
      kind: 'endpoint',
      ok: false,
      label: dstIP,
      detail: deadOn
        ? `${dstIP} no longer exists on ${deadOn}: its pod was removed behind the API's back, so nobody answers`
        : `no pod has the IP ${dstIP}; the packets are dropped`,
      ...(deadOn ? { node: deadOn } : {}),
    });
    return result('timeout', host, ip, port, protocol, hops);
  }
  const [ns, name] = splitKey(podKey);
  const pod = getObj(s, 'Pod', ns, name);
  if (!pod) return result('timeout', host, ip, port, protocol, hops);
  if (s.runtime[ns]?.[name]?.dead) {
    hops.push({
      kind: 'pod',
      ok: false,
      label: `${name} (${dstIP})`,
      detail: `pod ${podKey} is gone on its node; nobody answers at ${dstIP}`,
    });
    return result('timeout', host, ip, port, protocol, hops);
  }
  hops.push({
    kind: 'pod',
    ok: true,
    label: `${name} (${dstIP})`,
    detail: `pod ${podKey} (${dstIP}) on ${pod.spec.nodeName}`,
    ref: { kind: 'Pod', namespace: ns, name },
    ...(pod.spec.nodeName ? { node: pod.spec.nodeName } : {}),
  });
  return toListener(
    tx,
    c,
    host,
    ip,
    port,
    protocol,
    pod,
    s.runtime[ns]?.[name]?.listeners ?? [],
    dstIP,
    dstPort,
    opts,
    hops,
  );
}

function hostDeliver(
  tx: Tx,
  c: Client,
  host: string,
  ip: string,
  port: number,
  protocol: Protocol,
  node: string,
  dstPort: number,
  opts: RequestOptions,
  hops: Hop[],
): ProbeResult {
  const s = tx.s;
  for (const byNs of Object.values(s.objects.Pod))
    for (const pod of Object.values(byNs)) {
      if (!pod.spec.hostNetwork || pod.spec.nodeName !== node) continue;
      const ls = s.runtime[pod.metadata.namespace ?? '']?.[pod.metadata.name]?.listeners ?? [];
      if (ls.some((l) => l.port === dstPort && l.protocol === protocol))
        return toListener(
          tx,
          c,
          host,
          ip,
          port,
          protocol,
          pod,
          ls,
          s.nodes[node]?.ip ?? '',
          dstPort,
          opts,
          hops,
        );
    }
  hops.push({
    kind: 'container',
    ok: false,
    label: `${node}:${dstPort}`,
    detail: `nothing listens on ${dstPort}/${protocol} on node ${node}`,
    node,
  });
  return result(protocol === 'TCP' ? 'refused' : 'no-response', host, ip, port, protocol, hops);
}

function toListener(
  tx: Tx,
  c: Client,
  host: string,
  ip: string,
  port: number,
  protocol: Protocol,
  pod: Pod,
  listeners: RuntimeListener[],
  dstIP: string,
  dstPort: number,
  opts: RequestOptions,
  hops: Hop[],
): ProbeResult {
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
    return result(protocol === 'TCP' ? 'refused' : 'no-response', host, ip, port, protocol, hops);
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
