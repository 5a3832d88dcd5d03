/** The cluster as a picture: nodes with their pods, Services with endpoints, and selector (mis)matches. */
import type { ClusterViewModel, SelectorMatch, ViewPod, ViewService } from './api.js';
import { selectorMismatch } from './core/labels.js';
import { allOf, getObj, inNamespace, podRuntimeOf, type ClusterState } from './core/state.js';
import { controllerOf, isReady } from './controllers/replicaset.js';
import type { Pod } from './types.js';

/** kubectl's STATUS column for a pod (printPod's reason logic, simplified). */
export function podStatusText(p: Pod): string {
  if (p.metadata.deletionTimestamp) return 'Terminating';
  let reason: string = p.status?.reason ?? p.status?.phase ?? 'Pending';
  for (const c of p.status?.containerStatuses ?? []) {
    if (c.state.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state.terminated?.reason) reason = c.state.terminated.reason;
  }
  if (p.status?.phase === 'Pending' && p.spec.nodeName && !p.status.containerStatuses)
    reason = 'ContainerCreating';
  return reason;
}

export function viewModel(s: ClusterState, namespace?: string): ClusterViewModel {
  const inScope = (ns: string | undefined) => namespace === undefined || ns === namespace;
  const pods = namespace === undefined ? allOf(s, 'Pod') : inNamespace(s, 'Pod', namespace);
  const viewPod = (p: Pod): ViewPod => {
    const ns = p.metadata.namespace ?? 'default';
    const v: ViewPod = {
      namespace: ns,
      name: p.metadata.name,
      phase: p.status?.phase ?? 'Pending',
      status: podStatusText(p),
      ready: isReady(p),
      labels: p.metadata.labels ?? {},
      dead: !!podRuntimeOf(s, ns, p.metadata.name)?.dead,
    };
    if (p.spec.nodeName) v.node = p.spec.nodeName;
    if (p.status?.podIP) v.ip = p.status.podIP;
    const o = controllerOf(p);
    if (o) v.owner = `${o.kind}/${o.name}`;
    return v;
  };
  const byNode = new Map<string, ViewPod[]>();
  for (const p of pods) {
    const n = p.spec.nodeName ?? '';
    const list = byNode.get(n) ?? [];
    list.push(viewPod(p));
    byNode.set(n, list);
  }
  const nodes = allOf(s, 'Node').map((n) => ({
    name: n.metadata.name,
    ip: s.nodes[n.metadata.name]?.ip ?? '',
    ready: n.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True'),
    podCIDR: n.spec.podCIDR ?? '',
    kubeProxyStale: !!s.nodes[n.metadata.name]?.staleRules,
    pods: byNode.get(n.metadata.name) ?? [],
  }));
  const services: ViewService[] = [];
  const matches: SelectorMatch[] = [];
  for (const svc of namespace === undefined ? allOf(s, 'Service') : inNamespace(s, 'Service', namespace)) {
    const ns = svc.metadata.namespace ?? 'default';
    if (!inScope(ns)) continue;
    const ep = getObj(s, 'Endpoints', ns, svc.metadata.name);
    const endpoints: ViewService['endpoints'] = [];
    for (const sub of ep?.subsets ?? [])
      for (const port of sub.ports ?? [{ port: 0 }])
        for (const [list, ready] of [
          [sub.addresses ?? [], true],
          [sub.notReadyAddresses ?? [], false],
        ] as const)
          for (const a of list) {
            const e: ViewService['endpoints'][number] = { ip: a.ip, port: port.port, ready };
            if (a.targetRef?.name) e.pod = a.targetRef.name;
            endpoints.push(e);
          }
    const v: ViewService = {
      namespace: ns,
      name: svc.metadata.name,
      type: svc.spec.type ?? 'ClusterIP',
      clusterIP: svc.spec.clusterIP ?? '',
      ports: (svc.spec.ports ?? []).map((p) => ({
        ...(p.name ? { name: p.name } : {}),
        port: p.port,
        targetPort: p.targetPort ?? p.port,
        ...(p.nodePort ? { nodePort: p.nodePort } : {}),
        protocol: p.protocol ?? 'TCP',
      })),
      endpoints,
    };
    const lb = svc.status?.loadBalancer.ingress?.[0]?.ip;
    if (lb) v.externalIP = lb;
    else if (svc.spec.type === 'LoadBalancer') v.externalIP = '<pending>';
    if (svc.spec.selector) v.selector = svc.spec.selector;
    services.push(v);
    if (!svc.spec.selector) continue;
    const keys = Object.keys(svc.spec.selector).sort();
    const service = `${ns}/${svc.metadata.name}`;
    for (const p of inNamespace(s, 'Pod', ns)) {
      const mm = selectorMismatch(svc.spec.selector, p.metadata.labels, keys);
      const matches_ = mm.missing.length === 0 && mm.different.length === 0;
      matches.push({ service, pod: `${ns}/${p.metadata.name}`, matches: matches_, ...mm });
    }
  }
  return { time: s.clock, nodes, services, matches };
}
