/**
 * One request through the simulated network, hop by hop: client → DNS → (load balancer → node port) →
 * the client node's kube-proxy rules → a random ready endpoint → pod IP → a socket in a container.
 * Failures are the ones a real cluster produces: NXDOMAIN, REJECT (refused) for Services without
 * endpoints, RST when nothing listens, silence for dead IPs and virtual IPs seen from outside.
 */
import type { Hop, ProbeResult, ProbeSource } from '../api.js';
import { allOf, getObj, podRuntimeOf, splitKey, type Tx } from '../core/state.js';
import type { Protocol } from '../types.js';
import { podAtIP } from '../core/nodes.js';
import { matchRule } from './proxy.js';
import { clientHop, clientOf, resolveHost, type RequestOptions } from './client.js';
import { result, toListener, unanswered, type Flight } from './respond.js';

export { clientOf, resolveHost, type Client, type RequestOptions } from './client.js';

export function probeRequest(
  tx: Tx,
  from: ProbeSource,
  host: string,
  port: number,
  protocol: Protocol,
  opts: RequestOptions = {},
): ProbeResult {
  const source = clientOf(tx, from);
  const hops: Hop[] = [];
  if (!source.ok) {
    hops.push({ kind: 'client', ok: false, label: 'client', detail: source.error.message });
    return { outcome: 'timeout', host, port, protocol, hops };
  }
  const c = source.data;
  hops.push(clientHop(c));
  const ip = resolveHost(tx, c, host, port, protocol, hops);
  if (typeof ip !== 'string') return ip;
  return connect({ tx, c, host, ip, port, protocol, opts, hops });
}

function connect(f: Flight): ProbeResult {
  const { tx, c, ip, port, protocol, hops } = f;
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
        return result('timeout', f);
      }
      const nodes = Object.keys(s.nodes).filter((n) =>
        getObj(s, 'Node', '', n)?.status.conditions.some((x) => x.type === 'Ready' && x.status === 'True'),
      );
      const pick = nodes[tx.rng.int(nodes.length)];
      if (!pick) return result('timeout', f);
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
      return result('timeout', f);
    }
  }
  if (!node) return result('timeout', f);

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
      return result('refused', f);
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
    return result('timeout', f);
  }
  return deliver(f, dstIP, dstPort);
}

/** The packet reaches an IP: a pod, a node's host network, or nothing. */
function deliver(f: Flight, dstIP: string, dstPort: number): ProbeResult {
  const { tx, hops } = f;
  const s = tx.s;
  const deadOn = Object.keys(s.nodes).find((n) => s.nodes[n]?.deadIPs[dstIP]);
  const podKey = podAtIP(s, dstIP);
  const downNode = Object.keys(s.nodes).find(
    (n) => s.nodes[n]?.downSince !== undefined && (s.nodes[n]?.ip === dstIP || s.nodes[n]?.ips[dstIP]),
  );
  if (downNode) {
    hops.push({
      kind: 'endpoint',
      ok: false,
      label: dstIP,
      detail: `node ${downNode} is down: nothing answers at ${dstIP}`,
      node: downNode,
    });
    return result('timeout', f);
  }
  if (deadOn || !podKey) {
    const hostNode = Object.keys(s.nodes).find((n) => s.nodes[n]?.ip === dstIP);
    if (hostNode) return hostDeliver(f, hostNode, dstPort);
    hops.push({
      kind: 'endpoint',
      ok: false,
      label: dstIP,
      detail: deadOn
        ? `${dstIP} no longer exists on ${deadOn}: its pod was removed behind the API's back, so nobody answers`
        : `no pod has the IP ${dstIP}; the packets are dropped`,
      ...(deadOn ? { node: deadOn } : {}),
    });
    return result('timeout', f);
  }
  const [ns, name] = splitKey(podKey);
  const pod = getObj(s, 'Pod', ns, name);
  if (!pod) return result('timeout', f);
  if (podRuntimeOf(s, ns, name)?.dead) {
    hops.push({
      kind: 'pod',
      ok: false,
      label: `${name} (${dstIP})`,
      detail: `pod ${podKey} is gone on its node; nobody answers at ${dstIP}`,
    });
    return result('timeout', f);
  }
  hops.push({
    kind: 'pod',
    ok: true,
    label: `${name} (${dstIP})`,
    detail: `pod ${podKey} (${dstIP}) on ${pod.spec.nodeName}`,
    ref: { kind: 'Pod', namespace: ns, name },
    ...(pod.spec.nodeName ? { node: pod.spec.nodeName } : {}),
  });
  return toListener(f, pod, podRuntimeOf(s, ns, name)?.listeners ?? [], dstIP, dstPort);
}

function hostDeliver(f: Flight, node: string, dstPort: number): ProbeResult {
  const { tx, protocol, hops } = f;
  const s = tx.s;
  for (const pod of allOf(s, 'Pod')) {
    if (!pod.spec.hostNetwork || pod.spec.nodeName !== node) continue;
    const ls = podRuntimeOf(s, pod.metadata.namespace ?? '', pod.metadata.name)?.listeners ?? [];
    if (ls.some((l) => l.port === dstPort && l.protocol === protocol))
      return toListener(f, pod, ls, s.nodes[node]?.ip ?? '', dstPort);
  }
  hops.push({
    kind: 'container',
    ok: false,
    label: `${node}:${dstPort}`,
    detail: `nothing listens on ${dstPort}/${protocol} on node ${node}`,
    node,
  });
  return unanswered(f);
}
