/**
 * A fresh cluster as kubeadm/kind leaves it: namespaces, nodes (a tainted control plane + workers,
 * 10.244.N.0/24 each), the `kubernetes` Service (10.96.0.1) with its apiserver endpoint, CoreDNS behind
 * `kube-dns` (10.96.0.10), kube-proxy on every node, and the control-plane static pods.
 */
import type { ClusterOptions } from './api.js';
import { createObject } from './core/apiserver.js';
import { mixedSeedState } from '../common/rng.js';
import { emptyStore, Tx, type ClusterState } from './core/state.js';
import { DEFAULT_START } from './core/time.js';
import { nodeIP } from './core/nodes.js';
import { converge } from './controllers/registry.js';
import { K8S_VERSION } from './controllers/system.js';
import type { Deployment, K8sObject, Node, Service } from './types.js';

export function normalizeOptions(o: ClusterOptions): Required<ClusterOptions> {
  return {
    seed: o.seed,
    nodes: o.nodes ?? 2,
    controlPlane: o.controlPlane ?? true,
    loadBalancer: o.loadBalancer ?? true,
    now: o.now ?? DEFAULT_START,
    clockStepMs: o.clockStepMs ?? 1000,
    clusterName: o.clusterName ?? 'kind',
  };
}

function workerNames(o: Required<ClusterOptions>): string[] {
  if (Array.isArray(o.nodes)) return o.nodes;
  return Array.from({ length: o.nodes }, (_, i) => `${o.clusterName}-worker${i === 0 ? '' : i + 1}`);
}

function node(name: string, index: number, controlPlane: boolean): Node {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
  };
  if (controlPlane) labels['node-role.kubernetes.io/control-plane'] = '';
  const t = '2025-01-01T00:00:00Z';
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels,
      annotations: {
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: `10.244.${index}.0/24`,
      podCIDRs: [`10.244.${index}.0/24`],
      ...(controlPlane
        ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' as const }] }
        : {}),
    },
    status: {
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
          lastHeartbeatTime: t,
          lastTransitionTime: t,
        },
        {
          type: 'DiskPressure',
          status: 'False',
          reason: 'KubeletHasNoDiskPressure',
          message: 'kubelet has no disk pressure',
          lastHeartbeatTime: t,
          lastTransitionTime: t,
        },
        {
          type: 'PIDPressure',
          status: 'False',
          reason: 'KubeletHasSufficientPID',
          message: 'kubelet has sufficient PID available',
          lastHeartbeatTime: t,
          lastTransitionTime: t,
        },
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
          lastHeartbeatTime: t,
          lastTransitionTime: t,
        },
      ],
      addresses: [
        { type: 'InternalIP', address: nodeIP(index) },
        { type: 'Hostname', address: name },
      ],
      capacity: { cpu: '8', 'ephemeral-storage': '102626232Ki', memory: '32863364Ki', pods: '110' },
      allocatable: { cpu: '8', 'ephemeral-storage': '102626232Ki', memory: '32863364Ki', pods: '110' },
      nodeInfo: {
        kubeletVersion: K8S_VERSION,
        kubeProxyVersion: K8S_VERSION,
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        kernelVersion: '6.8.0-1015-gcp',
        containerRuntimeVersion: 'containerd://1.7.24',
        operatingSystem: 'linux',
        architecture: 'amd64',
      },
    },
  };
}

const must = (tx: Tx, obj: K8sObject) => {
  const r = createObject(tx, obj);
  if (!r.ok) throw new Error(`bootstrap: ${r.status.message}`);
};

export function bootstrap(options: ClusterOptions): ClusterState {
  const opts = normalizeOptions(options);
  const base: ClusterState = {
    v: 2,
    opts,
    rng: mixedSeedState(opts.seed),
    clock: opts.now,
    rv: 1000,
    objects: emptyStore(),
    serviceIPs: {},
    nodePorts: {},
    lbIPs: {},
    nodes: {},
    runtime: {},
  };
  const tx = new Tx(base);
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system'])
    must(tx, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  const names = [...(opts.controlPlane ? [`${opts.clusterName}-control-plane`] : []), ...workerNames(opts)];
  names.forEach((n, i) => must(tx, node(n, i, opts.controlPlane && i === 0)));
  const apiIP = opts.controlPlane ? nodeIP(0) : '172.18.0.254';
  const kubernetes: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kubernetes',
      namespace: 'default',
      labels: { component: 'apiserver', provider: 'kubernetes' },
    },
    spec: {
      clusterIP: '10.96.0.1',
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
    },
  };
  must(tx, kubernetes);
  must(tx, {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: {
      name: 'kubernetes',
      namespace: 'default',
      labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' },
    },
    subsets: [{ addresses: [{ ip: apiIP }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
  });
  const dnsLabels = { 'k8s-app': 'kube-dns' };
  const coredns: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'coredns', namespace: 'kube-system', labels: dnsLabels },
    spec: {
      replicas: 2,
      selector: { matchLabels: dnsLabels },
      template: {
        metadata: { labels: dnsLabels },
        spec: {
          containers: [
            {
              name: 'coredns',
              image: 'registry.k8s.io/coredns/coredns:v1.11.3',
              args: ['-conf', '/etc/coredns/Corefile'],
              ports: [
                { name: 'dns', containerPort: 53, protocol: 'UDP' },
                { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
              ],
              readinessProbe: { httpGet: { path: '/ready', port: 8181, scheme: 'HTTP' } },
            },
          ],
          dnsPolicy: 'Default',
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'coredns',
          tolerations: [
            { key: 'CriticalAddonsOnly', operator: 'Exists' },
            { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
          ],
        },
      },
    },
  };
  must(tx, coredns);
  must(tx, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kube-dns',
      namespace: 'kube-system',
      labels: {
        'k8s-app': 'kube-dns',
        'kubernetes.io/cluster-service': 'true',
        'kubernetes.io/name': 'CoreDNS',
      },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
    },
    spec: {
      clusterIP: '10.96.0.10',
      selector: dnsLabels,
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
    },
  } satisfies Service);
  converge(tx);
  return tx.commit();
}
