/**
 * Deployment controller (pkg/controller/deployment): one ReplicaSet per pod template, named
 * `<deployment>-<pod-template-hash>`. A rollout is simulated to its end state (the new ReplicaSet at full
 * size, old ones at 0 and kept as history), which is what `kubectl get` shows once it has finished.
 */
import { fnv32a, safeEncode } from '../../common/hash.js';
import { deepEqual, stableStringify } from '../core/defaults.js';
import { lookup } from '../core/indexes.js';
import { key, splitKey, type Tx } from '../core/state.js';
import { rfc3339 } from '../core/time.js';
import type { Condition, Deployment, PodTemplateSpec, ReplicaSet } from '../types.js';
import type { Controller, ObjectChange } from './controller.js';

export function podTemplateHash(template: PodTemplateSpec): string {
  return safeEncode(String(fnv32a(stableStringify(template))));
}

function reconcileDeployment(tx: Tx, k: string): void {
  const [ns, name] = splitKey(k);
  const d = tx.get('Deployment', ns, name);
  if (!d) return;
  const hash = podTemplateHash(d.spec.template);
  // Its ReplicaSets are the ones whose controller reference is this Deployment (ClaimReplicaSets).
  const owned = d.metadata.uid
    ? lookup('ReplicaSet', tx.s.objects.ReplicaSet[ns], 'owner', d.metadata.uid)
    : [];
  const revisionOf = (rs: ReplicaSet) =>
    Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  const maxRev = owned.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
  const replicas = d.spec.replicas ?? 1;
  let current = owned.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
  const annotations = (rev: number) => ({
    'deployment.kubernetes.io/desired-replicas': String(replicas),
    'deployment.kubernetes.io/max-replicas': String(replicas + Math.ceil(replicas * 0.25)),
    'deployment.kubernetes.io/revision': String(rev),
  });
  if (!current) {
    const labels = { ...(d.spec.template.metadata?.labels ?? {}), 'pod-template-hash': hash };
    const rs: ReplicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${name}-${hash}`,
        namespace: ns,
        uid: tx.rng.uid(),
        creationTimestamp: rfc3339(tx.s.clock),
        generation: 1,
        labels,
        annotations: annotations(maxRev + 1),
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            name,
            uid: d.metadata.uid ?? '',
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      spec: {
        replicas,
        selector: {
          ...d.spec.selector,
          matchLabels: { ...(d.spec.selector.matchLabels ?? {}), 'pod-template-hash': hash },
        },
        template: { ...d.spec.template, metadata: { ...(d.spec.template.metadata ?? {}), labels } },
      },
      status: { replicas: 0 },
    };
    current = tx.put('ReplicaSet', ns, rs);
  } else {
    const wantRev = revisionOf(current) === maxRev ? maxRev : maxRev + 1;
    const ann = { ...(current.metadata.annotations ?? {}), ...annotations(wantRev) };
    if ((current.spec.replicas ?? 1) !== replicas || !deepEqual(ann, current.metadata.annotations))
      current = tx.put('ReplicaSet', ns, {
        ...current,
        metadata: {
          ...current.metadata,
          annotations: ann,
          generation: (current.metadata.generation ?? 1) + 1,
        },
        spec: { ...current.spec, replicas },
      });
  }
  const old = owned.filter((rs) => rs.metadata.name !== current?.metadata.name);
  for (const rs of old)
    if ((rs.spec.replicas ?? 0) !== 0)
      tx.put('ReplicaSet', ns, {
        ...rs,
        metadata: { ...rs.metadata, generation: (rs.metadata.generation ?? 1) + 1 },
        spec: { ...rs.spec, replicas: 0 },
      });
  // revisionHistoryLimit: drop the oldest scaled-down ReplicaSets.
  const limit = d.spec.revisionHistoryLimit ?? 10;
  const history = old
    .filter((rs) => (rs.status?.replicas ?? 0) === 0)
    .sort((a, b) => revisionOf(a) - revisionOf(b));
  for (const rs of history.slice(0, Math.max(0, history.length - limit)))
    tx.remove('ReplicaSet', ns, rs.metadata.name);
  updateStatus(tx, d, current, owned);
}

function updateStatus(tx: Tx, d: Deployment, current: ReplicaSet, owned: ReplicaSet[]): void {
  const ns = d.metadata.namespace ?? 'default';
  const all = owned.map((rs) => tx.get('ReplicaSet', ns, rs.metadata.name) ?? rs);
  const sum = (f: (rs: ReplicaSet) => number | undefined) => all.reduce((a, rs) => a + (f(rs) ?? 0), 0);
  const cur = tx.get('ReplicaSet', ns, current.metadata.name) ?? current;
  const replicas = sum((rs) => rs.status?.replicas);
  const ready = sum((rs) => rs.status?.readyReplicas);
  const available = sum((rs) => rs.status?.availableReplicas);
  const desired = d.spec.replicas ?? 1;
  const prev = d.status?.conditions ?? [];
  const cond = (type: string, status: 'True' | 'False', reason: string, message: string): Condition => {
    const old = prev.find((c) => c.type === type);
    const same = old && old.status === status && old.reason === reason;
    const now = rfc3339(tx.s.clock);
    return {
      type,
      status,
      lastUpdateTime: same ? (old.lastUpdateTime ?? now) : now,
      lastTransitionTime: old && old.status === status ? (old.lastTransitionTime ?? now) : now,
      reason,
      message,
    };
  };
  const avail = available >= desired - Math.floor(desired * 0.25);
  const status: Deployment['status'] = {
    observedGeneration: d.metadata.generation ?? 1,
    replicas,
    updatedReplicas: cur.status?.replicas ?? 0,
    readyReplicas: ready,
    availableReplicas: available,
    conditions: [
      avail
        ? cond('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.')
        : cond(
            'Available',
            'False',
            'MinimumReplicasUnavailable',
            'Deployment does not have minimum availability.',
          ),
      cond(
        'Progressing',
        'True',
        'NewReplicaSetAvailable',
        `ReplicaSet "${current.metadata.name}" has successfully progressed.`,
      ),
    ],
  };
  if (replicas - available > 0) status.unavailableReplicas = replicas - available;
  for (const k of ['readyReplicas', 'availableReplicas'] as const) if (!status[k]) delete status[k];
  if (!deepEqual(status, d.status)) tx.put('Deployment', ns, { ...d, status });
}

/** A ReplicaSet's status moved (its pods' counts): the Deployment that owns it recomputes its own. */
function ownerDeployment(_tx: Tx, { ns, cur }: ObjectChange<'ReplicaSet'>): string[] {
  const owner = cur?.metadata.ownerReferences?.find((o) => o.kind === 'Deployment');
  return owner ? [key(ns, owner.name)] : [];
}

export const deploymentController: Controller = {
  name: 'deployment',
  watches: [
    { kind: 'Deployment' },
    {
      kind: 'ReplicaSet',
      on: ['updated'],
      when: (c) => !deepEqual(c.old?.status, c.cur?.status),
      enqueue: ownerDeployment,
    },
  ],
  reconcile: reconcileDeployment,
};
