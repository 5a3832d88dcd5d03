/**
 * kube-proxy (iptables mode) as a lookup: each node's rules map ClusterIP:port, NodePort and external
 * IPs to the ready endpoints of the Service's EndpointSlices. A healthy kube-proxy follows the API, so its
 * rules are computed from the current slices on demand (no per-node copies); a stale one (see
 * node-ops.ts) answers from the frozen copy taken when it stopped following.
 */
import type { KubeProxyRule, KubeProxyView } from '../api.js';
import {
  allOf,
  getObj,
  inNamespace,
  splitKey,
  type ClusterState,
  type StaleRule,
  valuesIn,
} from '../core/state.js';
import type { Service } from '../types.js';

export function serviceRules(s: ClusterState, svc: Service): StaleRule[] {
  const ns = svc.metadata.namespace ?? 'default';
  const ip = svc.spec.clusterIP;
  if (!ip || ip === 'None' || svc.spec.type === 'ExternalName') return [];
  const slices = inNamespace(s, 'EndpointSlice', ns).filter(
    (sl) => sl.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name,
  );
  return (svc.spec.ports ?? []).map((p) => {
    const protocol = p.protocol ?? 'TCP';
    const endpoints: StaleRule['endpoints'] = [];
    for (const sl of slices) {
      const sp = (sl.ports ?? []).find(
        (x) => (x.name ?? '') === (p.name ?? '') && (x.protocol ?? 'TCP') === protocol,
      );
      if (!sp?.port) continue;
      for (const e of sl.endpoints ?? []) {
        if (e.conditions.ready === false) continue;
        for (const a of e.addresses) {
          const ep: StaleRule['endpoints'][number] = { ip: a, port: sp.port };
          if (e.targetRef?.name) ep.pod = `${e.targetRef.namespace ?? ns}/${e.targetRef.name}`;
          endpoints.push(ep);
        }
      }
    }
    endpoints.sort((a, b) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : a.port - b.port));
    const rule: StaleRule = {
      key: `${ns}/${svc.metadata.name}${p.name ? ':' + p.name : ''}`,
      clusterIP: ip,
      port: p.port,
      protocol,
      externalIPs: [
        ...(svc.spec.externalIPs ?? []),
        ...(svc.status?.loadBalancer.ingress ?? []).flatMap((i) => (i.ip ? [i.ip] : [])),
      ],
      endpoints,
    };
    if (p.nodePort) rule.nodePort = p.nodePort;
    return rule;
  });
}

export function allRules(s: ClusterState): StaleRule[] {
  return allOf(s, 'Service').flatMap((svc) => serviceRules(s, svc));
}

export type RuleMatch = { rule: StaleRule; via: 'cluster-ip' | 'node-port' | 'external-ip' };

function fromTable(s: ClusterState, svcKey: string | undefined): StaleRule[] {
  if (!svcKey) return [];
  const [ns, name] = splitKey(svcKey);
  const svc = getObj(s, 'Service', ns, name);
  return svc ? serviceRules(s, svc) : [];
}

/** The rule a packet to ip:port/proto hits on `node` (undefined: no rule, the packet is routed as-is). */
export function matchRule(
  s: ClusterState,
  node: string,
  ip: string,
  port: number,
  protocol: string,
  nodeIP: string | undefined,
): RuleMatch | undefined {
  const stale = s.nodes[node]?.staleRules;
  const isNodeIP = ip === nodeIP;
  const candidates = stale
    ? stale
    : [
        ...fromTable(s, s.serviceIPs[ip]),
        ...(isNodeIP ? fromTable(s, s.nodePorts[port]) : []),
        ...fromTable(s, s.lbIPs[ip]),
      ];
  for (const r of candidates) {
    if (r.protocol !== protocol) continue;
    if (r.clusterIP === ip && r.port === port) return { rule: r, via: 'cluster-ip' };
    if (isNodeIP && r.nodePort === port) return { rule: r, via: 'node-port' };
    if (r.externalIPs.includes(ip) && r.port === port) return { rule: r, via: 'external-ip' };
  }
  return undefined;
}

export function kubeProxyView(s: ClusterState, node: string): KubeProxyView | undefined {
  const rt = s.nodes[node];
  if (!rt) return undefined;
  const pod = valuesIn(s, 'Pod', 'kube-system').find(
    (p) => p.metadata.labels?.['k8s-app'] === 'kube-proxy' && p.spec.nodeName === node,
  );
  const rules: KubeProxyRule[] = (rt.staleRules ?? allRules(s)).map((r) => ({
    service: r.key,
    clusterIP: r.clusterIP,
    port: r.port,
    protocol: r.protocol,
    ...(r.nodePort ? { nodePort: r.nodePort } : {}),
    externalIPs: r.externalIPs,
    endpoints: r.endpoints,
  }));
  const view: KubeProxyView = { node, stale: rt.staleRules !== null, rules };
  if (pod) view.pod = pod.metadata.name;
  return view;
}
