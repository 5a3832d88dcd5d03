/**
 * Endpoints controller (pkg/controller/endpoint) and the entry point of the EndpointSlice controllers:
 * a Service's members (endpoint-members.ts), Ready pods in `addresses`, others in `notReadyAddresses`,
 * then its slices (endpoint-slices.ts). No selector: Endpoints are the user's, mirrored into a slice.
 */
import { deepEqual, stableStringify } from '../core/defaults.js';
import { splitKey, type Tx } from '../core/state.js';
import { rfc3339 } from '../core/time.js';
import type { EndpointAddress, Endpoints, Pod, Service } from '../types.js';
import type { Controller, ObjectChange } from './controller.js';
import { address, byPorts, members, type Member } from './endpoint-members.js';
import { desiredSlices, mirror, writeSlices } from './endpoint-slices.js';
import { isReady } from './replicaset.js';
import { servicesSelecting } from './service-selectors.js';

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

function reconcileService(tx: Tx, k: string): void {
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

/** What the endpoints controllers look at; equal signatures mean no Service can change. */
function endpointSignature(p: Pod | undefined): string | undefined {
  if (!p?.status?.podIP) return undefined;
  const s = p.spec;
  const labels = stableStringify(p.metadata.labels);
  return `${p.status.podIP}|${isReady(p)}|${p.status.phase}|${!!p.metadata.deletionTimestamp}|${s.nodeName}|${s.hostname}|${s.subdomain}|${labels}`;
}

/** The Services whose selector matches the pod's labels before or after the change. */
function servicesOf(tx: Tx, { ns, old, cur }: ObjectChange<'Pod'>): string[] {
  return servicesSelecting(tx, ns, old?.metadata.labels, cur?.metadata.labels);
}

/** Keyed by Service (`ns/name`); its Endpoints object has the same key. */
export const endpointsController: Controller = {
  name: 'endpoints',
  watches: [
    { kind: 'Service' },
    { kind: 'Endpoints' },
    {
      kind: 'Pod',
      when: (c) => endpointSignature(c.old) !== endpointSignature(c.cur),
      enqueue: servicesOf,
    },
  ],
  reconcile: reconcileService,
};
