/**
 * Runs the controllers after a write until nothing changes, in the order effects propagate in a real
 * cluster: deployment → replicaset → scheduler/kubelet → endpoints/endpointslices; containers start
 * once everything else has settled (so a busybox `wget` at start sees the current Services).
 */
import { key, type Tx, valuesIn } from '../core/state.js';
import { matchesLabelSelector } from '../core/labels.js';
import type { Pod } from '../types.js';
import { reconcileDaemons } from './system.js';
import { reconcileDeployment } from './deployment.js';
import { reconcileReplicaSet, controllerOf, isReady } from './replicaset.js';
import { deepEqual, stableStringify } from '../core/defaults.js';
import { admitPod, startPod } from './kubelet.js';
import { schedule } from './scheduler.js';
import { reconcileService } from './endpoints.js';
import { servicesSelecting } from './service-selectors.js';
import { splitKey } from '../core/state.js';

function drain(set: Set<string>, fn: (k: string) => void): boolean {
  let did = false;
  while (set.size) {
    const batch = [...set].sort();
    set.clear();
    for (const k of batch) fn(k);
    did = true;
  }
  return did;
}

/** What the endpoints controllers look at; equal signatures mean no Service can change. */
function endpointSignature(p: Pod | undefined): string | undefined {
  if (!p?.status?.podIP) return undefined;
  const s = p.spec;
  const labels = stableStringify(p.metadata.labels);
  return `${p.status.podIP}|${isReady(p)}|${p.status.phase}|${!!p.metadata.deletionTimestamp}|${s.nodeName}|${s.hostname}|${s.subdomain}|${labels}`;
}

function podStep(tx: Tx, k: string, old: Pod | undefined): void {
  const [ns, name] = splitKey(k);
  const pod = tx.get('Pod', ns, name);
  const owner = controllerOf(pod ?? (old as Pod)) ?? (old ? controllerOf(old) : undefined);
  const countsChanged =
    !old ||
    !pod ||
    old.status?.phase !== pod.status?.phase ||
    isReady(old) !== isReady(pod) ||
    !deepEqual(old.metadata.labels, pod.metadata.labels);
  if (owner?.kind === 'ReplicaSet' && countsChanged) tx.dirtyReplicaSets.add(key(ns, owner.name));
  // An orphan whose labels now match a ReplicaSet's selector gets adopted (getPodReplicaSets).
  if (!owner && pod && countsChanged)
    for (const rs of valuesIn(tx.s, 'ReplicaSet', ns))
      if (matchesLabelSelector(rs.spec.selector, pod.metadata.labels))
        tx.dirtyReplicaSets.add(key(ns, rs.metadata.name));
  if (ns === 'kube-system' && (!pod || !old)) tx.daemonsDirty = true;
  if (endpointSignature(old) !== endpointSignature(pod))
    for (const s of servicesSelecting(tx, ns, old?.metadata.labels, pod?.metadata.labels))
      tx.dirtyServices.add(s);
  if (!pod) return;
  if (!pod.spec.nodeName) {
    if (pod.status?.phase === 'Pending') schedule(tx, pod);
  } else admitPod(tx, pod);
}

export function converge(tx: Tx): void {
  for (let round = 0; round < 200; round++) {
    let did = false;
    if (tx.daemonsDirty) {
      tx.daemonsDirty = false;
      reconcileDaemons(tx);
      did = true;
    }
    did = drain(tx.dirtyDeployments, (k) => reconcileDeployment(tx, k)) || did;
    did = drain(tx.dirtyReplicaSets, (k) => reconcileReplicaSet(tx, k)) || did;
    while (tx.dirtyPods.size) {
      const batch = [...tx.dirtyPods].sort((a, b) => (a[0] < b[0] ? -1 : 1));
      tx.dirtyPods.clear();
      for (const [k, old] of batch) podStep(tx, k, old);
      did = true;
    }
    did = drain(tx.dirtyServices, (k) => reconcileService(tx, k)) || did;
    if (did) continue;
    if (tx.toStart.size === 0) return;
    const batch = [...tx.toStart].sort();
    tx.toStart.clear();
    for (const k of batch) {
      const [ns, name] = splitKey(k);
      startPod(tx, ns, name);
    }
  }
  throw new Error('controllers did not converge');
}
