/** A small hand-made cluster picture for the web's pure tests: the module's `tier=web` selector mistake. */
import type { ClusterViewModel, ViewPod } from '../../../server/protocol/index.js';

const pod = (
  name: string,
  node: string,
  ip: string,
  labels: Record<string, string>,
  extra: Partial<ViewPod> = {},
): ViewPod => ({
  namespace: 'default',
  name,
  node,
  ip,
  phase: 'Running',
  status: 'Running',
  ready: true,
  labels,
  owner: 'ReplicaSet/frontend-5d8c7b9f4',
  dead: false,
  ...extra,
});

export function brokenCluster(): ClusterViewModel {
  const fe = { app: 'frontend', env: 'prod' };
  return {
    time: 0,
    nodes: [
      {
        name: 'kind-control-plane',
        ip: '172.18.0.2',
        ready: true,
        podCIDR: '10.244.0.0/24',
        kubeProxyStale: false,
        pods: [
          pod(
            'coredns-abc',
            'kind-control-plane',
            '10.244.0.2',
            { 'k8s-app': 'kube-dns' },
            {
              namespace: 'kube-system',
              owner: 'ReplicaSet/coredns-7db6d8ff4d',
            },
          ),
        ],
      },
      {
        name: 'kind-worker',
        ip: '172.18.0.3',
        ready: true,
        podCIDR: '10.244.1.0/24',
        kubeProxyStale: false,
        pods: [
          pod('frontend-5d8c7b9f4-aaaaa', 'kind-worker', '10.244.1.2', fe),
          pod('frontend-5d8c7b9f4-bbbbb', 'kind-worker', '10.244.1.3', fe, {
            ready: false,
            status: 'CrashLoopBackOff',
          }),
          pod('db-0', 'kind-worker', '10.244.1.4', { app: 'db' }, { owner: undefined }),
        ],
      },
      {
        name: 'kind-worker2',
        ip: '172.18.0.4',
        ready: true,
        podCIDR: '10.244.2.0/24',
        kubeProxyStale: true,
        pods: [pod('frontend-5d8c7b9f4-ccccc', 'kind-worker2', '10.244.2.2', { ...fe, tier: 'web' })],
      },
    ],
    services: [
      {
        namespace: 'default',
        name: 'frontend',
        type: 'ClusterIP',
        clusterIP: '10.96.0.10',
        ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }],
        selector: { app: 'frontend', tier: 'web' },
        endpoints: [{ ip: '10.244.2.2', port: 80, pod: 'frontend-5d8c7b9f4-ccccc', ready: true }],
      },
      {
        namespace: 'default',
        name: 'db',
        type: 'NodePort',
        clusterIP: '10.96.0.11',
        ports: [{ name: 'pg', port: 5432, targetPort: 'postgres', nodePort: 30432, protocol: 'TCP' }],
        selector: { app: 'database' },
        endpoints: [],
      },
      {
        namespace: 'kube-system',
        name: 'kube-dns',
        type: 'ClusterIP',
        clusterIP: '10.96.0.10',
        ports: [{ name: 'dns', port: 53, targetPort: 53, protocol: 'UDP' }],
        selector: { 'k8s-app': 'kube-dns' },
        endpoints: [{ ip: '10.244.0.2', port: 53, pod: 'coredns-abc', ready: true }],
      },
    ],
    matches: [
      ...['aaaaa', 'bbbbb'].map((s) => ({
        service: 'default/frontend',
        pod: `default/frontend-5d8c7b9f4-${s}`,
        matches: false,
        missing: ['tier'],
        different: [],
      })),
      {
        service: 'default/frontend',
        pod: 'default/frontend-5d8c7b9f4-ccccc',
        matches: true,
        missing: [],
        different: [],
      },
      {
        service: 'default/frontend',
        pod: 'default/db-0',
        matches: false,
        missing: ['tier'],
        different: [{ key: 'app', want: 'frontend', got: 'db' }],
      },
      ...['aaaaa', 'bbbbb', 'ccccc'].map((s) => ({
        service: 'default/db',
        pod: `default/frontend-5d8c7b9f4-${s}`,
        matches: false,
        missing: [],
        different: [{ key: 'app', want: 'database', got: 'frontend' }],
      })),
      {
        service: 'default/db',
        pod: 'default/db-0',
        matches: false,
        missing: [],
        different: [{ key: 'app', want: 'database', got: 'db' }],
      },
      {
        service: 'kube-system/kube-dns',
        pod: 'kube-system/coredns-abc',
        matches: true,
        missing: [],
        different: [],
      },
    ],
  };
}
