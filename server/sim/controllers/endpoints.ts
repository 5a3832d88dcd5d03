/**
 * Endpoints and EndpointSlice controllers (pkg/controller/endpoint, endpointslice): pods of the Service's
 * namespace matching every selector pair, with an IP and not terminating; Ready pods in `addresses`,
 * others in `notReadyAddresses`; a named targetPort resolved per pod (same name AND protocol), a pod
 * without it skipped for that port only. No selector: Endpoints are the user's, mirrored into a slice.
 */
import { matchesMap } from '../core/labels.js';
import { lookup, podsWithLabels } from '../core/indexes.js';
import { deepEqual } from '../core/defaults.js';
import { splitKey, type Tx } from '../core/state.js';
import { rfc3339 } from '../core/time.js';
import type {
  EndpointAddress,
  EndpointPort,
  EndpointSlice,
  Endpoints,
  Pod,
  Service,
  SliceEndpoint,
} from '../types.js';
import { isReady } from './replicaset.js';

const MAX_PER_SLICE = 100;

const portsKey = (ports: EndpointPort[]): string =>
  ports.map((p) => `${p.name ?? ''}:${p.port}/${p.protocol}`).join(',');
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';

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

function shouldInclude(pod: Pod): boolean {
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return false;
  if (!pod.status?.podIP) return false;
  return !pod.metadata.deletionTimestamp;
}

interface Member {
  pod: Pod;
  ready: boolean;
  ports: EndpointPort[];
}

function members(tx: Tx, svc: Service, ns: string): Member[] {
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
function podIdentity(pod: Pod, svc: Service): Pick<EndpointAddress, 'hostname' | 'nodeName' | 'targetRef'> {
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

function address(pod: Pod, svc: Service): EndpointAddress {
  return { ip: pod.status?.podIP ?? '', ...podIdentity(pod, svc) };
}

/** Members grouped by their resolved port list, in first-seen order: one subset, or one slice run, each. */
function byPorts(ms: Member[]): { ports: EndpointPort[]; members: Member[] }[] {
  const groups = new Map<string, { ports: EndpointPort[]; members: Member[] }>();
  for (const m of ms) {
    const k = portsKey(m.ports);
    const g = groups.get(k) ?? { ports: m.ports, members: [] };
    g.members.push(m);
    groups.set(k, g);
  }
  return [...groups.values()];
}

const sameContent = deepEqual;

function writeEndpoints(tx: Tx, svc: Service, ns: string, ms: Member[]): void {
  const byIP = (a: EndpointAddress, b: EndpointAddress) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);
  const subsets = byPorts(ms).map((g) => {
    const ready = g.members.filter((m) => m.ready).map((m) => address(m.pod, svc));
    const notReady = g.members.filter((m) => !m.ready).map((m) => address(m.pod, svc));
    const s: NonNullable<Endpoints['subsets']>[number] = {};
    if (ready.length) s.addresses = ready.sort(byIP);
    if (notReady.length) s.notReadyAddresses = notReady.sort(byIP);
    if (g.ports.length) s.ports = g.ports;
    return s;
  });
  const labels = { ...(svc.metadata.labels ?? {}) };
  if (svc.spec.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  const old = tx.get('Endpoints', ns, svc.metadata.name);
  const next: Endpoints = {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: {
      name: svc.metadata.name,
      namespace: ns,
      uid: old?.metadata.uid ?? tx.rng.uid(),
      creationTimestamp: old?.metadata.creationTimestamp ?? rfc3339(tx.s.clock),
      ...(Object.keys(labels).length ? { labels } : {}),
      annotations: {
        'endpoints.kubernetes.io/last-change-trigger-time':
          old?.metadata.annotations?.['endpoints.kubernetes.io/last-change-trigger-time'] ??
          rfc3339(tx.s.clock),
      },
    },
    ...(subsets.length ? { subsets } : {}),
  };
  if (old && sameContent(old.subsets, next.subsets) && sameContent(old.metadata.labels, next.metadata.labels))
    return;
  if (next.metadata.annotations)
    next.metadata.annotations['endpoints.kubernetes.io/last-change-trigger-time'] = rfc3339(tx.s.clock);
  tx.put('Endpoints', ns, next);
}

function sliceEndpoint(pod: Pod, svc: Service, ready: boolean): SliceEndpoint {
  const serving = isReady(pod);
  return {
    addresses: [pod.status?.podIP ?? ''],
    conditions: { ready, serving, terminating: !!pod.metadata.deletionTimestamp },
    ...podIdentity(pod, svc),
  };
}

/** Desired slices as (ports, endpoints) groups, chunked at 100 endpoints. */
function desiredSlices(
  svc: Service,
  ms: Member[],
): { ports: EndpointSlice['ports']; endpoints: SliceEndpoint[] | null }[] {
  if (ms.length === 0) return [{ ports: null, endpoints: null }];
  const out: { ports: EndpointSlice['ports']; endpoints: SliceEndpoint[] | null }[] = [];
  for (const g of byPorts(ms)) {
    const eps = g.members.map((m) => sliceEndpoint(m.pod, svc, m.ready));
    for (let i = 0; i < eps.length; i += MAX_PER_SLICE)
      out.push({
        ports: g.ports.map((p) => ({
          ...(p.name !== undefined ? { name: p.name } : { name: '' }),
          port: p.port,
          protocol: p.protocol ?? 'TCP',
          ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}),
        })),
        endpoints: eps.slice(i, i + MAX_PER_SLICE),
      });
  }
  return out;
}

function writeSlices(
  tx: Tx,
  svc: Service,
  ns: string,
  want: { ports: EndpointSlice['ports']; endpoints: SliceEndpoint[] | null }[],
  managedBy: string,
): void {
  const name = svc.metadata.name;
  const existing = lookup('EndpointSlice', tx.s.objects.EndpointSlice[ns], 'service', name).filter(
    (s) => s.metadata.labels?.[MANAGED_BY] === managedBy,
  );
  const labels: Record<string, string> = {
    ...(svc.metadata.labels ?? {}),
    'kubernetes.io/service-name': name,
    [MANAGED_BY]: managedBy,
  };
  if (svc.spec.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  want.forEach((w, i) => {
    const old = existing[i];
    if (
      old &&
      sameContent(old.endpoints, w.endpoints) &&
      sameContent(old.ports, w.ports) &&
      sameContent(old.metadata.labels, labels)
    )
      return;
    const sliceName =
      old?.metadata.name ??
      (svc.metadata.name === 'kubernetes' && ns === 'default' ? 'kubernetes' : `${name}-${tx.rng.suffix()}`);
    tx.put('EndpointSlice', ns, {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: sliceName,
        generateName: `${name}-`,
        namespace: ns,
        uid: old?.metadata.uid ?? tx.rng.uid(),
        creationTimestamp: old?.metadata.creationTimestamp ?? rfc3339(tx.s.clock),
        labels,
        annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': rfc3339(tx.s.clock) },
        ownerReferences: [
          {
            apiVersion: 'v1',
            kind: 'Service',
            name,
            uid: svc.metadata.uid ?? '',
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
        generation: (old?.metadata.generation ?? 0) + 1,
      },
      addressType: 'IPv4',
      endpoints: w.endpoints,
      ports: w.ports,
    });
  });
  for (const extra of existing.slice(want.length)) tx.remove('EndpointSlice', ns, extra.metadata.name);
}

/** Mirror a selector-less Service's user-managed Endpoints into a slice (endpointslicemirroring). */
function mirror(tx: Tx, svc: Service, ns: string): void {
  const ep = tx.get('Endpoints', ns, svc.metadata.name);
  const want: { ports: EndpointSlice['ports']; endpoints: SliceEndpoint[] | null }[] = [];
  for (const sub of ep?.subsets ?? []) {
    const eps: SliceEndpoint[] = [
      ...(sub.addresses ?? []).map((a) => ({
        addresses: [a.ip],
        conditions: { ready: true },
        ...(a.nodeName ? { nodeName: a.nodeName } : {}),
      })),
      ...(sub.notReadyAddresses ?? []).map((a) => ({ addresses: [a.ip], conditions: { ready: false } })),
    ];
    want.push({
      ports: (sub.ports ?? []).map((p) => ({
        name: p.name ?? '',
        port: p.port,
        protocol: p.protocol ?? 'TCP',
      })),
      endpoints: eps,
    });
  }
  writeSlices(
    tx,
    svc,
    ns,
    want,
    ns === 'default' && svc.metadata.name === 'kubernetes'
      ? 'endpointslice-controller.k8s.io'
      : 'endpointslicemirroring-controller.k8s.io',
  );
}

export function reconcileService(tx: Tx, k: string): void {
  const [ns, name] = splitKey(k);
  const svc = tx.get('Service', ns, name);
  if (!svc) {
    // Service gone: its slices went with it (owner); a controller-made Endpoints object too.
    return;
  }
  if (svc.spec.type === 'ExternalName') return;
  if (!svc.spec.selector) {
    mirror(tx, svc, ns);
    return;
  }
  const ms = members(tx, svc, ns);
  writeEndpoints(tx, svc, ns, ms);
  writeSlices(tx, svc, ns, desiredSlices(svc, ms), 'endpointslice-controller.k8s.io');
}
