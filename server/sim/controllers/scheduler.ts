/**
 * kube-scheduler, reduced to the filters and scores that decide placement here: Ready and schedulable
 * nodes, taints/tolerations, nodeSelector; spread pods of one owner, then balance pod counts; ties are
 * broken at random (seeded), as the real scheduler does among equal scores.
 */
import { getObj, inNamespace, type Tx } from '../core/state.js';
import { podsOwnedBy } from '../core/indexes.js';
import { rfc3339 } from '../core/time.js';
import type { Node, Pod, Taint, Toleration } from '../types.js';
import { controllerOf, isActive } from './replicaset.js';

const tolerates = (tols: Toleration[] | undefined, t: Taint) =>
  (tols ?? []).some(
    (o) =>
      (o.operator === 'Exists' && (!o.key || o.key === t.key)) ||
      (o.key === t.key && (o.value ?? '') === (t.value ?? '') && (!o.effect || o.effect === t.effect)),
  );

export const nodeReady = (n: Node) =>
  n.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True');

export function schedule(tx: Tx, pod: Pod): void {
  const ns = pod.metadata.namespace ?? 'default';
  const nodes = inNamespace(tx.s, 'Node', '');
  let taintBlocked = 0;
  let notReady = 0;
  const fits: Node[] = [];
  for (const n of nodes) {
    if (!nodeReady(n) || n.spec.unschedulable) {
      notReady++;
      continue;
    }
    const bad = (n.spec.taints ?? []).find(
      (t) => t.effect !== 'PreferNoSchedule' && !tolerates(pod.spec.tolerations, t),
    );
    if (bad) {
      taintBlocked++;
      continue;
    }
    if (
      pod.spec.nodeSelector &&
      !Object.entries(pod.spec.nodeSelector).every(([k, v]) => n.metadata.labels?.[k] === v)
    )
      continue;
    fits.push(n);
  }
  if (fits.length === 0) {
    const parts: string[] = [];
    if (taintBlocked)
      parts.push(`${taintBlocked} node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }`);
    if (notReady) parts.push(`${notReady} node(s) were unschedulable`);
    const rest = nodes.length - taintBlocked - notReady;
    if (rest) parts.push(`${rest} node(s) didn't match Pod's node affinity/selector`);
    const message = `0/${nodes.length} nodes are available: ${parts.join(', ')}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.`;
    const cond = {
      type: 'PodScheduled',
      status: 'False' as const,
      reason: 'Unschedulable',
      message,
      lastProbeTime: null,
      lastTransitionTime: rfc3339(tx.s.clock),
    };
    if (pod.status?.conditions?.[0]?.message !== message)
      tx.put('Pod', ns, { ...pod, status: { phase: 'Pending', qosClass: 'BestEffort', conditions: [cond] } });
    return;
  }
  // Spread one owner's pods first, then balance pod counts (counts kept per node by the kubelet).
  const owner = controllerOf(pod)?.uid;
  const same = new Map<string, number>();
  if (owner)
    for (const p of podsOwnedBy(tx.s.objects.Pod[ns], owner))
      if (p.spec.nodeName && isActive(p)) same.set(p.spec.nodeName, (same.get(p.spec.nodeName) ?? 0) + 1);
  const score = (n: Node) =>
    (same.get(n.metadata.name) ?? 0) * 10000 + (tx.s.nodes[n.metadata.name]?.pods ?? 0);
  const best = Math.min(...fits.map(score));
  const top = fits.filter((n) => score(n) === best);
  const chosen = top[tx.rng.int(top.length)] as Node;
  tx.put('Pod', ns, {
    ...pod,
    spec: { ...pod.spec, nodeName: chosen.metadata.name },
    status: {
      ...(pod.status ?? { phase: 'Pending' }),
      phase: 'Pending',
      conditions: [
        {
          type: 'PodScheduled',
          status: 'True',
          lastProbeTime: null,
          lastTransitionTime: rfc3339(tx.s.clock),
        },
      ],
    },
  });
}

export function nodeOf(tx: Tx, pod: Pod): Node | undefined {
  return pod.spec.nodeName ? getObj(tx.s, 'Node', '', pod.spec.nodeName) : undefined;
}
