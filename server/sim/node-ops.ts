/**
 * Node-level operations behind the API's back, for the module's "phantom outage" story.
 *
 * Model (documented choice): `killContainer` is `crictl rmp -f` on one node. The pod's sandbox and its IP
 * disappear. The kubelet notices and recreates the sandbox, so the API stays truthful: the pod is still
 * Running/Ready under the same name, with a new IP and RESTARTS +1, and the Endpoints/EndpointSlices move
 * to the new IP. But the node's kube-proxy lost track of the change (its rules are frozen as they were
 * before the kill), so on that node — for pods running there and for NodePort/LB traffic entering
 * there — a share of connections still goes to the dead IP and times out. Other nodes are fine.
 * Restarting kube-proxy (deleting its pod; the DaemonSet starts a new one) makes it resync from the API,
 * which flushes the stale rules. `kubeProxy(node)` shows the rules (like `iptables-save` on the node).
 */
import type { NodeOpResult, PodRef } from './api.js';
import { allocatePodIP } from './core/nodes.js';
import { allOf, getObj, key, type Tx, valuesIn } from './core/state.js';
import { cascade } from './core/apiserver.js';
import { startPod } from './controllers/kubelet.js';
import { enqueue } from './controllers/registry.js';
import { DAEMONS_KEY, daemonController } from './controllers/system.js';
import { rfc3339 } from './core/time.js';
import { allRules } from './net/proxy.js';
import { err } from '../common/result.js';
import { simError, type NodeOpErrorCode } from './sim-error.js';

const failed = (code: NodeOpErrorCode, message: string): NodeOpResult => err(simError(code, message));

export function killContainer(tx: Tx, node: string, ref: PodRef): NodeOpResult {
  const ns = ref.namespace ?? 'default';
  const pod = getObj(tx.s, 'Pod', ns, ref.name);
  if (!tx.s.nodes[node]) return failed('node/not-found', `node "${node}" not found`);
  if (!pod || pod.spec.nodeName !== node)
    return failed('node/pod-not-here', `no pod ${ns}/${ref.name} runs on ${node}`);
  const oldIP = pod.status?.podIP;
  if (!oldIP || pod.spec.hostNetwork)
    return failed('node/no-sandbox', `pod ${ns}/${ref.name} has no sandbox IP of its own`);
  const rt = tx.nodeRuntime(node);
  if (!rt.staleRules) rt.staleRules = allRules(tx.s);
  rt.deadIPs = { ...rt.deadIPs, [oldIP]: key(ns, ref.name) };
  const { [oldIP]: _gone, ...ips } = rt.ips;
  rt.ips = ips;
  const ip = allocatePodIP(tx, node, key(ns, ref.name));
  if (!ip) return failed('node/no-free-ip', `no free IP on ${node}`);
  tx.put('Pod', ns, { ...pod, status: { ...pod.status, phase: 'Running', podIP: ip, podIPs: [{ ip }] } });
  startPod(tx, ns, ref.name, true);
  return {
    ok: true,
    message: `removed the sandbox of ${ns}/${ref.name} (${oldIP}) on ${node}; the kubelet recreated it with IP ${ip}, but kube-proxy on ${node} still routes to ${oldIP}`,
  };
}

export function restartKubeProxy(tx: Tx, node: string): NodeOpResult {
  if (!tx.s.nodes[node]) return failed('node/not-found', `node "${node}" not found`);
  const pod = valuesIn(tx.s, 'Pod', 'kube-system').find(
    (p) => p.metadata.labels?.['k8s-app'] === 'kube-proxy' && p.spec.nodeName === node,
  );
  if (pod) cascade(tx, pod, 'kube-system');
  enqueue(tx, daemonController, DAEMONS_KEY); // start the new one before anything else runs
  return {
    ok: true,
    message: pod ? `pod "${pod.metadata.name}" deleted` : `kube-proxy started on ${node}`,
  };
}

const UNREACHABLE = 'node.kubernetes.io/unreachable';

/**
 * The node stops (or resumes) answering: the node lifecycle controller marks it `Unknown`, taints it
 * unreachable and marks its pods not ready (so they leave the Services' ready endpoints); after the
 * pods' default 300 s toleration they are evicted and their controllers recreate them elsewhere.
 */
export function setNodeReady(tx: Tx, node: string, ready: boolean): NodeOpResult {
  const n = getObj(tx.s, 'Node', '', node);
  if (!n || !tx.s.nodes[node]) return failed('node/not-found', `nodes "${node}" not found`);
  const now = rfc3339(tx.s.clock);
  const conditions = n.status.conditions.map((c) =>
    c.type !== 'Ready'
      ? c
      : ready
        ? {
            ...c,
            status: 'True' as const,
            reason: 'KubeletReady',
            message: 'kubelet is posting ready status',
            lastHeartbeatTime: now,
            lastTransitionTime: now,
          }
        : {
            ...c,
            status: 'Unknown' as const,
            reason: 'NodeStatusUnknown',
            message: 'Kubelet stopped posting node status.',
            lastTransitionTime: now,
          },
  );
  const taints = (n.spec.taints ?? []).filter((t) => t.key !== UNREACHABLE);
  if (!ready)
    taints.push({ key: UNREACHABLE, effect: 'NoSchedule' }, { key: UNREACHABLE, effect: 'NoExecute' });
  const spec = { ...n.spec };
  if (taints.length) spec.taints = taints;
  else delete spec.taints;
  tx.put('Node', '', { ...n, spec, status: { ...n.status, conditions } });
  const rt = tx.nodeRuntime(node);
  if (ready) delete rt.downSince;
  else rt.downSince = tx.s.clock;
  for (const p of allOf(tx.s, 'Pod')) {
    if (p.spec.nodeName !== node || !p.status?.podIP) continue;
    const ns = p.metadata.namespace ?? 'default';
    if (ready) startPod(tx, ns, p.metadata.name);
    else
      tx.put('Pod', ns, {
        ...p,
        status: {
          ...p.status,
          conditions: (p.status.conditions ?? []).map((c) =>
            c.type === 'Ready' ? { ...c, status: 'False' as const, lastTransitionTime: now } : c,
          ),
          containerStatuses: (p.status.containerStatuses ?? []).map((c) => ({ ...c, ready: false })),
        },
      });
  }
  return { ok: true, message: `node/${node} ${ready ? 'Ready' : 'NotReady'}` };
}

/** Taint-based eviction: pods on a node down for 300 s or more are deleted (DaemonSet pods stay). */
export function evictFromDownNodes(tx: Tx): void {
  for (const [node, rt] of Object.entries(tx.s.nodes)) {
    if (rt.downSince === undefined || tx.s.clock - rt.downSince < 300_000) continue;
    for (const p of allOf(tx.s, 'Pod'))
      if (
        p.spec.nodeName === node &&
        !p.spec.hostNetwork &&
        p.metadata.ownerReferences?.some((o) => o.kind === 'ReplicaSet')
      )
        cascade(tx, p, p.metadata.namespace ?? 'default');
  }
}
