/** Resource names, short names and the `<kind>/<name>` spelling kubectl prints. */
import type { Kind } from '../types.js';

/** Every word naming a kind (plural first, as kubectl lists them); read by vocabulary.ts. */
export const ALIASES: Record<string, Kind> = {};
function alias(kind: Kind, ...names: string[]) {
  for (const n of names) ALIASES[n] = kind;
}
alias('Pod', 'pods', 'pod', 'po');
alias('Service', 'services', 'service', 'svc');
alias('Endpoints', 'endpoints', 'ep');
alias(
  'EndpointSlice',
  'endpointslices',
  'endpointslice',
  'endpointslices.discovery.k8s.io',
  'endpointslice.discovery.k8s.io',
);
alias('Deployment', 'deployments', 'deployment', 'deploy', 'deployments.apps', 'deployment.apps');
alias('ReplicaSet', 'replicasets', 'replicaset', 'rs', 'replicasets.apps', 'replicaset.apps');
alias('Node', 'nodes', 'node', 'no');
alias('Namespace', 'namespaces', 'namespace', 'ns');

/**
 * Real resource types the simulated cluster has none of: `get` answers "No resources found" instead
 * of "doesn't have a resource type", as an empty real cluster would.
 */
const EMPTY_TYPES: Record<string, string> = {};
for (const names of [
  'configmaps configmap cm',
  'secrets secret',
  'ingresses ingress ing',
  'statefulsets statefulset sts',
  'daemonsets daemonset ds',
  'jobs job',
  'cronjobs cronjob cj',
  'events event ev',
  'persistentvolumeclaims persistentvolumeclaim pvc',
  'networkpolicies networkpolicy netpol',
  'replicationcontrollers replicationcontroller rc',
  'horizontalpodautoscalers horizontalpodautoscaler hpa',
]) {
  const [plural, ...rest] = names.split(' ') as [string, ...string[]];
  for (const n of [plural, ...rest]) EMPTY_TYPES[n] = plural;
}

export type ResourceType = { kind: Kind } | { all: true } | { empty: string };

export function resolveType(word: string): ResourceType | undefined {
  const w = word.toLowerCase();
  if (w === 'all') return { all: true };
  const kind = ALIASES[w];
  if (kind) return { kind };
  const plural = EMPTY_TYPES[w];
  if (plural) return { empty: plural };
  return undefined;
}

/** Kinds in `kubectl get all`, in kubectl's output order. */
export const ALL_KINDS: readonly Kind[] = ['Pod', 'Service', 'Deployment', 'ReplicaSet'];

/** `pod/web-1`, `service/web`, `deployment.apps/web` (kubectl's -o name and success messages). */
export const KIND_PREFIX: Readonly<Record<Kind, string>> = {
  Pod: 'pod',
  Service: 'service',
  Endpoints: 'endpoints',
  EndpointSlice: 'endpointslice.discovery.k8s.io',
  Deployment: 'deployment.apps',
  ReplicaSet: 'replicaset.apps',
  Node: 'node',
  Namespace: 'namespace',
};

export const qualifiedName = (kind: Kind, name: string) => `${KIND_PREFIX[kind]}/${name}`;

/** Kinds whose objects live in a namespace. */
export const isNamespaced = (kind: Kind) => kind !== 'Node' && kind !== 'Namespace';

/** `Unable to find "/v1, Resource=pods"` style group-version-resource for selector errors. */
export const GVR: Readonly<Record<Kind, string>> = {
  Pod: '/v1, Resource=pods',
  Service: '/v1, Resource=services',
  Endpoints: '/v1, Resource=endpoints',
  EndpointSlice: 'discovery.k8s.io/v1, Resource=endpointslices',
  Deployment: 'apps/v1, Resource=deployments',
  ReplicaSet: 'apps/v1, Resource=replicasets',
  Node: '/v1, Resource=nodes',
  Namespace: '/v1, Resource=namespaces',
};

/** Resource names as kubectl prints them in `<resource> "<name>" ...` messages. */
export const RESOURCE_PLURAL: Readonly<Record<Kind, string>> = {
  Pod: 'pods',
  Service: 'services',
  Endpoints: 'endpoints',
  EndpointSlice: 'endpointslices.discovery.k8s.io',
  Deployment: 'deployments.apps',
  ReplicaSet: 'replicasets.apps',
  Node: 'nodes',
  Namespace: 'namespaces',
};
