/**
 * EndpointSlice controllers (pkg/controller/endpointslice, endpointslicemirroring): the members in slices
 * of at most 100 endpoints, one run of slices per port list; a selector-less Service's user-managed
 * Endpoints mirrored into slices.
 */
import { deepEqual } from '../core/defaults.js';
import { lookup } from '../core/indexes.js';
import type { Tx } from '../core/state.js';
import { rfc3339 } from '../core/time.js';
import type { EndpointSlice, Pod, Service, SliceEndpoint } from '../types.js';
import { byPorts, podIdentity, type Member } from './endpoint-members.js';
import { isReady } from './replicaset.js';

const MAX_PER_SLICE = 100;
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
const sameContent = deepEqual;

type DesiredSlice = { ports: EndpointSlice['ports']; endpoints: SliceEndpoint[] | null };

function sliceEndpoint(pod: Pod, svc: Service, ready: boolean): SliceEndpoint {
  const serving = isReady(pod);
  return {
    addresses: [pod.status?.podIP ?? ''],
    conditions: { ready, serving, terminating: !!pod.metadata.deletionTimestamp },
    ...podIdentity(pod, svc),
  };
}

/** Desired slices as (ports, endpoints) groups, chunked at 100 endpoints. */
export function desiredSlices(svc: Service, ms: Member[]): DesiredSlice[] {
  if (ms.length === 0) return [{ ports: null, endpoints: null }];
  const out: DesiredSlice[] = [];
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

export function writeSlices(tx: Tx, svc: Service, ns: string, want: DesiredSlice[], managedBy: string): void {
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
export function mirror(tx: Tx, svc: Service, ns: string): void {
  const ep = tx.get('Endpoints', ns, svc.metadata.name);
  const want: DesiredSlice[] = [];
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
