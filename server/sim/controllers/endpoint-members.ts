/**
 * Which pods stand behind a Service (shared by the Endpoints and EndpointSlice controllers): pods of its
 * namespace matching every selector pair, with an IP and not terminating, each with its ports resolved
 * (a named targetPort per pod, same name AND protocol; a pod without it is skipped for that port only).
 */
import { matchesMap } from '../core/labels.js';
import { podsWithLabels } from '../core/indexes.js';
import type { Tx } from '../core/state.js';
import type { EndpointAddress, EndpointPort, Pod, Service } from '../types.js';
import { isReady } from './replicaset.js';

const portsKey = (ports: EndpointPort[]): string =>
  ports.map((p) => `${p.name ?? ''}:${p.port}/${p.protocol}`).join(',');

/** FindPort: an int targetPort as is; a name → the first container port with that name and protocol. */
export function findPort(
  pod: Pod,
  target: number | string | undefined,
  port: number,
  protocol: string,
): number | undefined {
  if (target === undefined) return port;
  if (typeof target === 'number') return target;
  for (const c of pod.spec.containers)
    for (const p of c.ports ?? [])
      if (p.name === target && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
  return undefined;
}

export function shouldInclude(pod: Pod): boolean {
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return false;
  if (!pod.status?.podIP) return false;
  return !pod.metadata.deletionTimestamp;
}

export interface Member {
  pod: Pod;
  ready: boolean;
  ports: EndpointPort[];
}

export function members(tx: Tx, svc: Service, ns: string): Member[] {
  const sel = svc.spec.selector ?? {};
  const out: Member[] = [];
  for (const pod of podsWithLabels(tx.s.objects.Pod[ns], sel)) {
    if (!matchesMap(sel, pod.metadata.labels) || !shouldInclude(pod)) continue;
    const ports: EndpointPort[] = [];
    for (const sp of svc.spec.ports ?? []) {
      const protocol = sp.protocol ?? 'TCP';
      const n = findPort(pod, sp.targetPort, sp.port, protocol);
      if (n === undefined) continue;
      const ep: EndpointPort = { port: n, protocol };
      if (sp.name) ep.name = sp.name;
      if (sp.appProtocol) ep.appProtocol = sp.appProtocol;
      ports.push(ep);
    }
    if ((svc.spec.ports ?? []).length > 0 && ports.length === 0) continue;
    out.push({ pod, ready: isReady(pod) || !!svc.spec.publishNotReadyAddresses, ports });
  }
  return out; // by pod name (podsWithLabels), so slices never depend on storage order
}

/** Who stands behind an address, the same in Endpoints and in slices: hostname, node, and the pod. */
export function podIdentity(
  pod: Pod,
  svc: Service,
): Pick<EndpointAddress, 'hostname' | 'nodeName' | 'targetRef'> {
  return {
    ...(pod.spec.hostname && pod.spec.subdomain === svc.metadata.name ? { hostname: pod.spec.hostname } : {}),
    ...(pod.spec.nodeName ? { nodeName: pod.spec.nodeName } : {}),
    targetRef: {
      kind: 'Pod',
      namespace: pod.metadata.namespace ?? 'default',
      name: pod.metadata.name,
      uid: pod.metadata.uid ?? '',
    },
  };
}

export function address(pod: Pod, svc: Service): EndpointAddress {
  return { ip: pod.status?.podIP ?? '', ...podIdentity(pod, svc) };
}

/** Members grouped by their resolved port list, in first-seen order: one subset, or one slice run, each. */
export function byPorts(ms: Member[]): { ports: EndpointPort[]; members: Member[] }[] {
  const groups = new Map<string, { ports: EndpointPort[]; members: Member[] }>();
  for (const m of ms) {
    const k = portsKey(m.ports);
    const g = groups.get(k) ?? { ports: m.ports, members: [] };
    g.members.push(m);
    groups.set(k, g);
  }
  return [...groups.values()];
}
