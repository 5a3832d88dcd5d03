/**
 * ReplicaSet controller: keeps `spec.replicas` active pods named `<rs>-<5 random chars>`, labels copied
 * from the template. Surplus pods go in the upstream order: unscheduled, then not ready, then newest.
 */
import { deepEqual } from '../core/defaults.js';
import { cmp, key, splitKey, type Tx, valuesIn } from '../core/state.js';
import { NO_OWNER, podsOwnedBy } from '../core/indexes.js';
import { rfc3339 } from '../core/time.js';
import { cascade } from '../core/apiserver.js';
import type { ObjectMeta, Pod, ReplicaSet } from '../types.js';
import { matchesLabelSelector } from '../core/labels.js';
import { defaultPodSpec } from '../core/defaults.js';
import type { Controller, ObjectChange } from './controller.js';

export const isActive = (p: Pod) =>
  !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';

export const isReady = (p: Pod) =>
  p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

export function controllerOf(p: Pod): { kind: string; name: string; uid: string } | undefined {
  const o = p.metadata.ownerReferences?.find((r) => r.controller);
  return o ? { kind: o.kind, name: o.name, uid: o.uid } : undefined;
}

/**
 * ClaimPods: owned pods that stopped matching the selector are released (their controller reference is
 * removed and they keep running as orphans); orphans that match are adopted. Returns the owned pods.
 */
function claimPods(tx: Tx, rs: ReplicaSet, ns: string): Pod[] {
  const uid = rs.metadata.uid;
  const owned: Pod[] = [];
  const pods = tx.s.objects.Pod[ns];
  // Only its own pods and orphans can be kept, released or adopted; other controllers' pods are not looked at.
  const candidates = [...(uid ? podsOwnedBy(pods, uid) : []), ...podsOwnedBy(pods, NO_OWNER)].sort((a, b) =>
    cmp(a.metadata.name, b.metadata.name),
  );
  for (const p of candidates) {
    const owner = controllerOf(p);
    const matches = matchesLabelSelector(rs.spec.selector, p.metadata.labels);
    if (owner?.uid === uid) {
      if (matches) owned.push(p);
      else {
        const refs = (p.metadata.ownerReferences ?? []).filter((o) => o.uid !== uid);
        const meta: ObjectMeta = { ...p.metadata, ownerReferences: refs };
        if (!refs.length) delete meta.ownerReferences;
        tx.put('Pod', ns, { ...p, metadata: meta });
      }
    } else if (!owner && matches && isActive(p)) {
      const ref = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        name: rs.metadata.name,
        uid: uid ?? '',
        controller: true,
        blockOwnerDeletion: true,
      };
      const adopted = tx.put('Pod', ns, {
        ...p,
        metadata: { ...p.metadata, ownerReferences: [...(p.metadata.ownerReferences ?? []), ref] },
      });
      owned.push(adopted);
    }
  }
  return owned;
}

function reconcileReplicaSet(tx: Tx, k: string): void {
  const [ns, name] = splitKey(k);
  const rs = tx.get('ReplicaSet', ns, name);
  if (!rs) return;
  const pods = claimPods(tx, rs, ns);
  const active = pods.filter(isActive);
  const want = rs.spec.replicas ?? 1;
  for (let i = active.length; i < want; i++) createPod(tx, rs, ns);
  if (active.length > want) {
    const rank = (p: Pod) => (p.spec.nodeName ? 1 : 0) * 2 + (isReady(p) ? 1 : 0);
    const victims = [...active]
      .sort(
        (a, b) =>
          rank(a) - rank(b) ||
          cmp(b.metadata.creationTimestamp ?? '', a.metadata.creationTimestamp ?? '') ||
          cmp(b.metadata.name, a.metadata.name),
      )
      .slice(0, active.length - want);
    for (const p of victims) cascade(tx, p, ns);
  }
  updateStatus(tx, rs, ns);
}

function createPod(tx: Tx, rs: ReplicaSet, ns: string): void {
  let name = `${rs.metadata.name}-${tx.rng.suffix()}`;
  while (tx.get('Pod', ns, name)) name = `${rs.metadata.name}-${tx.rng.suffix()}`;
  const t = rs.spec.template;
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      generateName: `${rs.metadata.name}-`,
      namespace: ns,
      uid: tx.rng.uid(),
      creationTimestamp: rfc3339(tx.s.clock),
      labels: { ...(t.metadata?.labels ?? {}) },
      ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: rs.metadata.name,
          uid: rs.metadata.uid ?? '',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: defaultPodSpec(t.spec),
    status: { phase: 'Pending', qosClass: 'BestEffort' },
  };
  tx.put('Pod', ns, pod);
}

function updateStatus(tx: Tx, rs: ReplicaSet, ns: string): void {
  const cur = tx.get('ReplicaSet', ns, rs.metadata.name) ?? rs;
  const pods = rs.metadata.uid ? podsOwnedBy(tx.s.objects.Pod[ns], rs.metadata.uid).filter(isActive) : [];
  const ready = pods.filter(isReady).length;
  const status: NonNullable<ReplicaSet['status']> = {
    replicas: pods.length,
    fullyLabeledReplicas: pods.length,
    readyReplicas: ready,
    availableReplicas: ready,
    observedGeneration: cur.metadata.generation ?? 1,
  };
  if (!ready) {
    delete status.readyReplicas;
    delete status.availableReplicas;
  }
  if (!pods.length) delete status.fullyLabeledReplicas;
  if (deepEqual(status, cur.status)) return;
  tx.put('ReplicaSet', ns, { ...cur, status });
}

/** What a ReplicaSet counts or claims changed: the pod came or went, its phase, readiness or labels. */
function countsChanged({ old, cur }: ObjectChange<'Pod'>): boolean {
  return (
    !old ||
    !cur ||
    old.status?.phase !== cur.status?.phase ||
    isReady(old) !== isReady(cur) ||
    !deepEqual(old.metadata.labels, cur.metadata.labels)
  );
}

/** The pod's controlling ReplicaSet; for an orphan, the ReplicaSets that may adopt it (getPodReplicaSets). */
function replicaSetsOf(tx: Tx, { ns, old, cur }: ObjectChange<'Pod'>): string[] {
  const pod = cur ?? old;
  if (!pod) return [];
  const owner = controllerOf(pod) ?? (old ? controllerOf(old) : undefined);
  if (owner) return owner.kind === 'ReplicaSet' ? [key(ns, owner.name)] : [];
  if (!cur) return [];
  return valuesIn(tx.s, 'ReplicaSet', ns)
    .filter((rs) => matchesLabelSelector(rs.spec.selector, cur.metadata.labels))
    .map((rs) => key(ns, rs.metadata.name));
}

export const replicaSetController: Controller = {
  name: 'replicaset',
  watches: [{ kind: 'ReplicaSet' }, { kind: 'Pod', when: countsChanged, enqueue: replicaSetsOf }],
  reconcile: reconcileReplicaSet,
};
