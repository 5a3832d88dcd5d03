/**
 * The cluster's own workloads: a kube-proxy pod on every node (a DaemonSet in kubeadm/kind clusters) and
 * the control-plane static pods on the control-plane node (mirror pods come back when deleted). A new
 * kube-proxy pod starts with a full resync, which is what flushes stale rules on its node.
 */
import { inNamespace, type Tx, valuesIn } from '../core/state.js';
import { rfc3339 } from '../core/time.js';
import { defaultPodSpec } from '../core/defaults.js';
import type { Node, Pod } from '../types.js';
import type { Controller } from './controller.js';

export const K8S_VERSION = 'v1.32.0';
const KUBE_PROXY_HASH = '7d5b8c4f9c';

function staticPods(node: Node): Pod[] {
  const n = node.metadata.name;
  const ip = node.status.addresses.find((a) => a.type === 'InternalIP')?.address ?? '';
  const mk = (component: string, image: string): Pod => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${component}-${n}`,
      namespace: 'kube-system',
      labels: { component, tier: 'control-plane' },
      annotations: { 'kubernetes.io/config.source': 'file' },
      ownerReferences: [
        { apiVersion: 'v1', kind: 'Node', name: n, uid: node.metadata.uid ?? '', controller: true },
      ],
    },
    spec: defaultPodSpec({
      containers: [{ name: component, image, command: [component] }],
      hostNetwork: true,
      nodeName: n,
      priorityClassName: 'system-node-critical',
      tolerations: [{ operator: 'Exists', effect: 'NoExecute' }],
    }),
    status: { phase: 'Pending', qosClass: 'Burstable' },
  });
  void ip;
  return [
    mk('etcd', 'registry.k8s.io/etcd:3.5.16-0'),
    mk('kube-apiserver', `registry.k8s.io/kube-apiserver:${K8S_VERSION}`),
    mk('kube-controller-manager', `registry.k8s.io/kube-controller-manager:${K8S_VERSION}`),
    mk('kube-scheduler', `registry.k8s.io/kube-scheduler:${K8S_VERSION}`),
  ];
}

function kubeProxyPod(tx: Tx, node: Node): Pod {
  let name = `kube-proxy-${tx.rng.suffix()}`;
  while (tx.get('Pod', 'kube-system', name)) name = `kube-proxy-${tx.rng.suffix()}`;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      generateName: 'kube-proxy-',
      namespace: 'kube-system',
      labels: {
        'controller-revision-hash': KUBE_PROXY_HASH,
        'k8s-app': 'kube-proxy',
        'pod-template-generation': '1',
      },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'DaemonSet',
          name: 'kube-proxy',
          uid: tx.s.opts.seed + '-kube-proxy',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: defaultPodSpec({
      containers: [
        {
          name: 'kube-proxy',
          image: `registry.k8s.io/kube-proxy:${K8S_VERSION}`,
          command: [
            '/usr/local/bin/kube-proxy',
            '--config=/var/lib/kube-proxy/config.conf',
            '--hostname-override=$(NODE_NAME)',
          ],
        },
      ],
      hostNetwork: true,
      nodeName: node.metadata.name,
      priorityClassName: 'system-node-critical',
      serviceAccountName: 'kube-proxy',
      tolerations: [{ operator: 'Exists' }],
    }),
    status: { phase: 'Pending', qosClass: 'BestEffort' },
  };
}

function stamp(tx: Tx, pod: Pod): Pod {
  return { ...pod, metadata: { ...pod.metadata, uid: tx.rng.uid(), creationTimestamp: rfc3339(tx.s.clock) } };
}

/** The daemons are reconciled all at once (every node), under this one work key. */
export const DAEMONS_KEY = 'kube-system/daemons';

function reconcileDaemons(tx: Tx): void {
  const nodes = inNamespace(tx.s, 'Node', '');
  const sys = valuesIn(tx.s, 'Pod', 'kube-system');
  for (const node of nodes) {
    const n = node.metadata.name;
    const proxies = sys.filter(
      (p) => p.metadata.labels?.['k8s-app'] === 'kube-proxy' && p.spec.nodeName === n,
    );
    if (proxies.length === 0) {
      tx.put('Pod', 'kube-system', stamp(tx, kubeProxyPod(tx, node)));
      if (tx.s.nodes[n]?.staleRules) tx.nodeRuntime(n).staleRules = null;
    }
    if (node.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined)
      for (const sp of staticPods(node))
        if (!tx.get('Pod', 'kube-system', sp.metadata.name)) tx.put('Pod', 'kube-system', stamp(tx, sp));
  }
}

/**
 * Watches nodes (a new node needs its kube-proxy) and pods coming or going in kube-system (a deleted
 * kube-proxy or static pod comes back).
 */
export const daemonController: Controller = {
  name: 'daemons',
  watches: [
    { kind: 'Node', enqueue: () => [DAEMONS_KEY] },
    {
      kind: 'Pod',
      on: ['added', 'deleted'],
      when: (c) => c.ns === 'kube-system',
      enqueue: () => [DAEMONS_KEY],
    },
  ],
  reconcile: (tx) => reconcileDaemons(tx),
};
