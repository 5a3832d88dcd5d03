/**
 * Known fields per kind, for kubectl's `fieldValidation=Strict` (the default since v1.27): a typo such
 * as `selctor:` is refused with the decoder's `strict decoding error: unknown field "spec.selctor"`
 * instead of being silently dropped. Subtrees the simulator does not model are accepted as a whole.
 */
import type { Kind } from '../types.js';

type Shape = 'any' | { [k: string]: Shape } | [Shape];

const A = 'any' as const;
const fields = (...names: string[]): Record<string, Shape> => Object.fromEntries(names.map((n) => [n, A]));

const meta: Shape = fields(
  'name',
  'generateName',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
  'selfLink',
);

const container: Shape = {
  ...fields(
    'name',
    'image',
    'command',
    'args',
    'workingDir',
    'env',
    'envFrom',
    'resources',
    'resizePolicy',
    'restartPolicy',
    'volumeMounts',
    'volumeDevices',
    'livenessProbe',
    'readinessProbe',
    'startupProbe',
    'lifecycle',
    'terminationMessagePath',
    'terminationMessagePolicy',
    'imagePullPolicy',
    'securityContext',
    'stdin',
    'stdinOnce',
    'tty',
  ),
  ports: [fields('name', 'hostPort', 'containerPort', 'protocol', 'hostIP')],
};

const podSpec: Shape = {
  ...fields(
    'volumes',
    'ephemeralContainers',
    'restartPolicy',
    'terminationGracePeriodSeconds',
    'activeDeadlineSeconds',
    'dnsPolicy',
    'nodeSelector',
    'serviceAccountName',
    'serviceAccount',
    'automountServiceAccountToken',
    'nodeName',
    'hostNetwork',
    'hostPID',
    'hostIPC',
    'shareProcessNamespace',
    'securityContext',
    'imagePullSecrets',
    'hostname',
    'subdomain',
    'affinity',
    'schedulerName',
    'tolerations',
    'hostAliases',
    'priorityClassName',
    'priority',
    'dnsConfig',
    'readinessGates',
    'runtimeClassName',
    'enableServiceLinks',
    'preemptionPolicy',
    'overhead',
    'topologySpreadConstraints',
    'setHostnameAsFQDN',
    'os',
    'hostUsers',
    'schedulingGates',
    'resourceClaims',
  ),
  containers: [container],
  initContainers: [container],
};

const template: Shape = { metadata: meta, spec: podSpec };
const selector: Shape = fields('matchLabels', 'matchExpressions');
const address: Shape = fields('ip', 'hostname', 'nodeName', 'targetRef');

const SHAPES: Record<Kind, Shape> = {
  Namespace: { ...fields('apiVersion', 'kind', 'spec', 'status'), metadata: meta },
  Node: { ...fields('apiVersion', 'kind', 'spec', 'status'), metadata: meta },
  Pod: { ...fields('apiVersion', 'kind', 'status'), metadata: meta, spec: podSpec },
  Deployment: {
    ...fields('apiVersion', 'kind', 'status'),
    metadata: meta,
    spec: {
      ...fields(
        'replicas',
        'strategy',
        'minReadySeconds',
        'revisionHistoryLimit',
        'paused',
        'progressDeadlineSeconds',
      ),
      selector,
      template,
    },
  },
  ReplicaSet: {
    ...fields('apiVersion', 'kind', 'status'),
    metadata: meta,
    spec: { ...fields('replicas', 'minReadySeconds'), selector, template },
  },
  Service: {
    ...fields('apiVersion', 'kind', 'status'),
    metadata: meta,
    spec: {
      ...fields(
        'type',
        'selector',
        'clusterIP',
        'clusterIPs',
        'ipFamilies',
        'ipFamilyPolicy',
        'externalIPs',
        'externalName',
        'sessionAffinity',
        'sessionAffinityConfig',
        'externalTrafficPolicy',
        'internalTrafficPolicy',
        'healthCheckNodePort',
        'loadBalancerIP',
        'loadBalancerSourceRanges',
        'loadBalancerClass',
        'allocateLoadBalancerNodePorts',
        'publishNotReadyAddresses',
        'trafficDistribution',
      ),
      ports: [fields('name', 'protocol', 'appProtocol', 'port', 'targetPort', 'nodePort')],
    },
  },
  Endpoints: {
    ...fields('apiVersion', 'kind'),
    metadata: meta,
    subsets: [
      {
        addresses: [address],
        notReadyAddresses: [address],
        ports: [fields('name', 'port', 'protocol', 'appProtocol')],
      },
    ],
  },
  EndpointSlice: { ...fields('apiVersion', 'kind', 'addressType', 'endpoints', 'ports'), metadata: meta },
};

function walk(v: unknown, shape: Shape, path: string, out: string[]): void {
  if (shape === A || v === null || typeof v !== 'object') return;
  if (Array.isArray(shape)) {
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, shape[0], `${path}[${i}]`, out));
    return;
  }
  if (Array.isArray(v)) return;
  for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
    const sub = shape[k];
    const p = path ? `${path}.${k}` : k;
    if (sub === undefined) out.push(p);
    else walk(child, sub, p, out);
  }
}

/** The unknown field paths of a manifest, in document order. */
export function unknownFields(kind: Kind, obj: unknown): string[] {
  const out: string[] = [];
  walk(obj, SHAPES[kind], '', out);
  return out;
}
