/** Resource names, short names and the `<kind>/<name>` spelling kubectl prints. */
import type { Kind } from '../types.js';

/** The names of a resource type: plural, singular, short names, and its API group if it has one. */
export interface ResourceNames {
  plural: string;
  singular: string;
  shortNames: readonly string[];
  /** `deployments.apps` and `deployment.apps` are accepted too. */
  group?: string;
}

/** Every word kubectl accepts for the type, the plural first. */
export function spellingsOf(r: ResourceNames): string[] {
  const qualified = r.group ? [`${r.plural}.${r.group}`, `${r.singular}.${r.group}`] : [];
  return [...new Set([r.plural, r.singular, ...r.shortNames, ...qualified])];
}

/** The resource types the simulated cluster serves. */
export const RESOURCE_TYPES: readonly (ResourceNames & { kind: Kind })[] = [
  { kind: 'Pod', plural: 'pods', singular: 'pod', shortNames: ['po'] },
  { kind: 'Service', plural: 'services', singular: 'service', shortNames: ['svc'] },
  { kind: 'Endpoints', plural: 'endpoints', singular: 'endpoints', shortNames: ['ep'] },
  {
    kind: 'EndpointSlice',
    plural: 'endpointslices',
    singular: 'endpointslice',
    shortNames: [],
    group: 'discovery.k8s.io',
  },
  {
    kind: 'Deployment',
    plural: 'deployments',
    singular: 'deployment',
    shortNames: ['deploy'],
    group: 'apps',
  },
  { kind: 'ReplicaSet', plural: 'replicasets', singular: 'replicaset', shortNames: ['rs'], group: 'apps' },
  { kind: 'Node', plural: 'nodes', singular: 'node', shortNames: ['no'] },
  { kind: 'Namespace', plural: 'namespaces', singular: 'namespace', shortNames: ['ns'] },
];

/**
 * Real resource types the simulated cluster has none of: `get` answers "No resources found" instead
 * of "doesn't have a resource type", as an empty real cluster would.
 */
export const EMPTY_RESOURCE_TYPES: readonly ResourceNames[] = [
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
].map((names) => {
  const [plural, singular, ...shortNames] = names.split(' ') as [string, string, ...string[]];
  return { plural, singular, shortNames };
});

const ALIASES: Record<string, Kind> = {};
for (const r of RESOURCE_TYPES) for (const n of spellingsOf(r)) ALIASES[n] = r.kind;
const EMPTY_TYPES: Record<string, string> = {};
for (const r of EMPTY_RESOURCE_TYPES) for (const n of spellingsOf(r)) EMPTY_TYPES[n] = r.plural;

export type ResourceType = { kind: Kind } | { all: true } | { empty: string };

/** Words that stand for several resource types (only `all` here: pods, services, deployments, replicasets). */
export const CATEGORIES: readonly string[] = ['all'];

export function resolveType(word: string): ResourceType | undefined {
  const w = word.toLowerCase();
  if (CATEGORIES.includes(w)) return { all: true };
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
