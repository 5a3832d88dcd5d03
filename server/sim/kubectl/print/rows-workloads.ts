/** `kubectl get` rows for pods, deployments and replica sets (printers.go printPod, printDeployment, ...). */
import type { Deployment, Pod, ReplicaSet } from '../../types.js';
import { age } from './duration.js';
import { labelSelectorString, type KindPrinter } from './rows-common.js';

export interface PodStatusSummary {
  reason: string;
  ready: number;
  restarts: number;
  lastRestart?: string;
  /** The time-independent cells of the pod's row. */
  name: string;
  readyText: string;
  created?: string;
  ip: string;
  node: string;
}

// Engine objects are immutable snapshots, so a summary stays valid as long as the object does; big
// `get pods -A` tables would otherwise spend most of their time walking container statuses.
const statusCache = new WeakMap<Pod, PodStatusSummary>();

export function podStatusReason(pod: Pod): PodStatusSummary {
  let cached = statusCache.get(pod);
  if (!cached) {
    cached = computePodStatus(pod);
    statusCache.set(pod, cached);
  }
  return cached;
}

function computePodStatus(pod: Pod): PodStatusSummary {
  const st = pod.status;
  let reason = st?.reason || st?.phase || 'Pending';
  let ready = 0;
  let restarts = 0;
  let hasRunning = false;
  let lastRestart: string | undefined;
  const cs = st?.containerStatuses ?? [];
  for (let i = cs.length - 1; i >= 0; i--) {
    const c = cs[i];
    if (!c) continue;
    restarts += c.restartCount;
    const fin = c.lastState?.terminated?.finishedAt;
    if (fin && (!lastRestart || fin > lastRestart)) lastRestart = fin;
    if (c.state.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state.terminated?.reason) reason = c.state.terminated.reason;
    else if (c.state.terminated) reason = `ExitCode:${c.state.terminated.exitCode}`;
    else if (c.ready && c.state.running) {
      hasRunning = true;
      ready++;
    }
  }
  if (reason === 'Completed' && hasRunning) {
    const podReady = st?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
    reason = podReady ? 'Running' : 'NotReady';
  }
  if (pod.metadata.deletionTimestamp && st?.phase !== 'Succeeded' && st?.phase !== 'Failed')
    reason = 'Terminating';
  return {
    reason,
    ready,
    restarts,
    ...(lastRestart ? { lastRestart } : {}),
    name: pod.metadata.name,
    readyText: `${ready}/${pod.spec.containers.length}`,
    ...(pod.metadata.creationTimestamp ? { created: pod.metadata.creationTimestamp } : {}),
    ip: st?.podIP || '<none>',
    node: pod.spec.nodeName || '<none>',
  };
}

export const pods: KindPrinter = {
  headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
  wide: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
  row(o, now, wide) {
    const pod = o as Pod;
    const s = podStatusReason(pod);
    const restarts = s.lastRestart ? `${s.restarts} (${age(s.lastRestart, now)} ago)` : String(s.restarts);
    const row = [s.name, s.readyText, s.reason, restarts, age(s.created, now)];
    if (wide) row.push(s.ip, s.node, '<none>', '<none>');
    return row;
  },
};

export const deployments: KindPrinter = {
  headers: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
  wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row(o, now, wide) {
    const d = o as Deployment;
    const st = d.status ?? {};
    const row = [
      d.metadata.name,
      `${st.readyReplicas ?? 0}/${d.spec.replicas ?? 1}`,
      String(st.updatedReplicas ?? 0),
      String(st.availableReplicas ?? 0),
      age(d.metadata.creationTimestamp, now),
    ];
    if (wide) row.push(...templateCells(d.spec));
    return row;
  },
};

export const replicasets: KindPrinter = {
  headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
  wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row(o, now, wide) {
    const r = o as ReplicaSet;
    const row = [
      r.metadata.name,
      String(r.spec.replicas ?? 1),
      String(r.status?.replicas ?? 0),
      String(r.status?.readyReplicas ?? 0),
      age(r.metadata.creationTimestamp, now),
    ];
    if (wide) row.push(...templateCells(r.spec));
    return row;
  },
};

/** The wide cells of a pod controller: its template's containers and images, and its selector. */
function templateCells(spec: Deployment['spec'] | ReplicaSet['spec']): string[] {
  const cs = spec.template.spec.containers;
  return [
    cs.map((c) => c.name).join(','),
    cs.map((c) => c.image).join(','),
    labelSelectorString(spec.selector),
  ];
}
