/**
 * The whole cluster as one JSON-safe value. It is treated as immutable: a write builds a new state that
 * shares every untouched map with the old one (copy-on-write), so snapshot and fork are O(1) and old
 * snapshots stay valid. Each namespace's objects of a kind are split into buckets by a hash of the name,
 * so a write copies one bucket of a dozen or so objects, not a namespace of 2,000 pods.
 */
import type { Change, ClusterOptions, ProbeResult } from '../api.js';
import type { K8sObject, Kind, KindMap } from '../types.js';
import { bucketOf, bucketValues, copyRecord, type Buckets } from './buckets.js';
import { copyIndex, indexedKinds, updateIndex } from './indexes.js';
import { Rng } from '../../common/rng.js';

export { bucketOf, bucketValues, type Buckets } from './buckets.js';

export type Store = { [K in Kind]: Record<string, Buckets<KindMap[K]>> };

/** What the node's container runtime knows about a pod, beyond what the API shows. */
export interface PodRuntime {
  /** Log text per container (current instance). */
  logs: Record<string, string>;
  /** Log text of the previous instance (`logs --previous`). */
  previous?: Record<string, string>;
  /** The sandbox was removed behind the API's back: the IP no longer answers. */
  dead?: boolean;
  /** Sockets the running containers listen on. */
  listeners?: RuntimeListener[];
}

export interface RuntimeListener {
  container: string;
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
  app: string;
  text?: string;
}

export interface NodeRuntime {
  index: number;
  ip: string;
  /** Pod CIDR third octet: 10.244.<cidr>.0/24. */
  cidr: number;
  /** Pods bound to the node (for the scheduler's balance score). */
  pods: number;
  /** Next host part to try (host-local IPAM hands out addresses round-robin). */
  nextIP: number;
  /** Pod IPs in use on this node → `ns/name` (hostNetwork pods share the node IP and are not listed). */
  ips: Record<string, string>;
  /** IPs that died behind the API's back, with the pod they belonged to. */
  deadIPs: Record<string, string>;
  /** Clock time the node stopped answering (setNodeReady false); pods are evicted 300 s later. */
  downSince?: number;
  /** kube-proxy stopped following the API: its rules are this frozen copy (see node-ops.ts). */
  staleRules: StaleRule[] | null;
}

export interface StaleRule {
  key: string; // ns/name:port-name
  clusterIP: string;
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
  nodePort?: number;
  externalIPs: string[];
  endpoints: { ip: string; port: number; pod?: string }[];
}

export interface ClusterState {
  /** Format: 2 = bucketed namespaces (format 1, flat maps, is upgraded by `upgradeState`). */
  v: 2;
  opts: Required<ClusterOptions>;
  rng: number;
  clock: number;
  rv: number;
  objects: Store;
  /** ClusterIP → `ns/name`. */
  serviceIPs: Record<string, string>;
  /** nodePort number → `ns/name` (one bitmap for all protocols, like the port allocator). */
  nodePorts: Record<string, string>;
  /** load balancer IP → `ns/name`. */
  lbIPs: Record<string, string>;
  nodes: Record<string, NodeRuntime>;
  /** ns → pod runtimes, bucketed like the pods. */
  runtime: Record<string, Buckets<PodRuntime>>;
}

export const KINDS: readonly Kind[] = [
  'Namespace',
  'Node',
  'Pod',
  'Deployment',
  'ReplicaSet',
  'Service',
  'Endpoints',
  'EndpointSlice',
];

export function emptyStore(): Store {
  return {
    Namespace: {},
    Node: {},
    Pod: {},
    Deployment: {},
    ReplicaSet: {},
    Service: {},
    Endpoints: {},
    EndpointSlice: {},
  };
}

export const key = (ns: string, name: string): string => `${ns}/${name}`;

/** Code-point order (what Go's sort.Strings does), cheaper than localeCompare. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function splitKey(k: string): [string, string] {
  const i = k.indexOf('/');
  return [k.slice(0, i), k.slice(i + 1)];
}

export function getObj<K extends Kind>(
  s: ClusterState,
  kind: K,
  ns: string,
  name: string,
): KindMap[K] | undefined {
  return s.objects[kind][ns]?.[bucketOf(name)]?.[name] as KindMap[K] | undefined;
}

export function podRuntimeOf(s: ClusterState, ns: string, name: string): PodRuntime | undefined {
  return s.runtime[ns]?.[bucketOf(name)]?.[name];
}

/**
 * Data derived from one namespace's objects of a kind (the sorted list, a selector index), cached until
 * the next write to that namespace. Identity alone would not do: once a transaction has its own copy
 * of a namespace record, later writes in the same transaction change that record in place.
 */
const derived = new WeakMap<object, Map<string, unknown>>();

export function derivedIn<K extends Kind, T>(
  s: ClusterState,
  kind: K,
  ns: string,
  name: string,
  build: () => T,
): T {
  const b = s.objects[kind][ns];
  if (!b) return build();
  let cache = derived.get(b);
  if (!cache) derived.set(b, (cache = new Map()));
  if (!cache.has(name)) cache.set(name, build());
  return cache.get(name) as T;
}

/** Objects of one kind in one namespace, sorted by name (cached per version of the namespace). */
export function inNamespace<K extends Kind>(s: ClusterState, kind: K, ns: string): KindMap[K][] {
  return derivedIn(s, kind, ns, 'sorted', () =>
    valuesIn(s, kind, ns).sort((x, y) => cmp(x.metadata.name, y.metadata.name)),
  );
}

/** Objects of one kind in one namespace in storage order (deterministic, unsorted): for controllers. */
export function valuesIn<K extends Kind>(s: ClusterState, kind: K, ns: string): KindMap[K][] {
  return bucketValues(s.objects[kind][ns]) as KindMap[K][];
}

/** All objects of a kind, by namespace then name (the API server's etcd key order). */
export function allOf<K extends Kind>(s: ClusterState, kind: K): KindMap[K][] {
  const out: KindMap[K][] = [];
  for (const ns of Object.keys(s.objects[kind]).sort()) out.push(...inNamespace(s, kind, ns));
  return out;
}

/** A stored write, for the controllers: the object before (undefined: added) and after (undefined: deleted). */
export interface WriteEvent {
  kind: Kind;
  ns: string;
  name: string;
  old: K8sObject | undefined;
  cur: K8sObject | undefined;
}

/**
 * A write in progress: `s` is a private shallow copy; maps are copied the first time they are written.
 * Every stored write is recorded in `events`, which the controller registry routes to the controllers
 * (controllers/registry.ts).
 */
export class Tx {
  s: ClusterState;
  private owned = new Set<object>();
  changes: Change[] = [];
  /** Writes not yet routed to the controllers' watches (the registry takes them). */
  events: WriteEvent[] = [];
  rng: Rng;
  /** Network traces of commands containers ran at start, by pod key (for runPod). */
  startTraces = new Map<string, ProbeResult[]>();

  constructor(base: ClusterState) {
    this.s = { ...base };
    this.owned.add(this.s);
    this.rng = new Rng(base.rng);
  }

  /** The state to keep: writes the random cursor back. */
  commit(): ClusterState {
    this.s.rng = this.rng.state;
    return this.s;
  }

  /** Make the struct `parent[k]` a private copy (once per transaction) and return it. */
  own<T extends object>(parent: Record<string, unknown>, k: string, fresh: () => T): T {
    return this.claim(parent, k, fresh, (cur) => (Array.isArray(cur) ? [...cur] : { ...cur }) as T);
  }

  /** Same for a record keyed by names (buckets, tables): copied as a hash table (see `copyRecord`). */
  ownMap<T extends object>(parent: Record<string, unknown>, k: string): T {
    return this.claim(
      parent,
      k,
      () => Object.create(null) as T,
      (cur) => copyRecord(cur) as T,
    );
  }

  private claim<T extends object>(
    parent: Record<string, unknown>,
    k: string,
    fresh: () => T,
    copy: (cur: T) => T,
  ): T {
    const cur = parent[k] as T | undefined;
    if (cur && this.owned.has(cur)) return cur;
    const next = cur ? copy(cur) : fresh();
    this.owned.add(next);
    parent[k] = next;
    return next;
  }

  /** A private copy of the namespace's bucket table. */
  private nsBuckets(kind: Kind, ns: string): Buckets<K8sObject> {
    const store = this.own(this.s as unknown as Record<string, unknown>, 'objects', emptyStore);
    const byKind = this.ownMap(store as unknown as Record<string, unknown>, kind);
    const before = (byKind as Record<string, object | undefined>)[ns];
    const nsBuckets = this.ownMap<Buckets<K8sObject>>(byKind as Record<string, unknown>, ns);
    if (indexedKinds.has(kind) && before && before !== nsBuckets) copyIndex(before, nsBuckets);
    return nsBuckets;
  }

  /**
   * Remove `name` from the record at `parent[k]` (`parent` must be this transaction's). With
   * `removeEmpty`, a record left empty is removed too (buckets), so snapshots do not keep empty buckets.
   */
  dropKey(parent: Record<string, unknown>, k: string, name: string, removeEmpty = false): void {
    const cur = parent[k] as Record<string, unknown> | undefined;
    if (!cur || !Object.prototype.hasOwnProperty.call(cur, name)) return;
    const rec = this.ownMap<Record<string, unknown>>(parent, k);
    delete rec[name];
    if (removeEmpty) {
      for (const _ in rec) return;
      delete parent[k];
    }
  }

  /** Remove one entry of a top-level record of the state (see `dropKey`). */
  dropFromTable(name: 'serviceIPs' | 'nodePorts' | 'lbIPs', k: string): void {
    this.dropKey(this.s as unknown as Record<string, unknown>, name, k);
  }

  /** A private copy of a top-level record of the state (serviceIPs, nodePorts, nodes...). */
  table<T extends object>(name: keyof ClusterState): T {
    return this.ownMap<T>(this.s as unknown as Record<string, unknown>, name);
  }

  nodeRuntime(node: string): NodeRuntime {
    const nodes = this.table<Record<string, NodeRuntime>>('nodes');
    return this.own(nodes as Record<string, unknown>, node, () => {
      throw new Error(`unknown node ${node}`);
    });
  }

  private runtimeBuckets(ns: string): Buckets<PodRuntime> {
    const rt = this.table<ClusterState['runtime']>('runtime');
    return this.ownMap(rt as Record<string, unknown>, ns);
  }

  podRuntime(ns: string, name: string): PodRuntime {
    const bucket = this.ownMap(this.runtimeBuckets(ns), bucketOf(name));
    return this.own(bucket as Record<string, unknown>, name, () => ({ logs: {} }));
  }

  dropPodRuntime(ns: string, name: string): void {
    if (podRuntimeOf(this.s, ns, name)) this.dropKey(this.runtimeBuckets(ns), bucketOf(name), name, true);
  }

  get<K extends Kind>(kind: K, ns: string, name: string): KindMap[K] | undefined {
    return getObj(this.s, kind, ns, name);
  }

  nextRV(): string {
    this.s.rv += 1;
    return String(this.s.rv);
  }

  /** Store an object (stamping a new resourceVersion) and record the change for the controllers. */
  put<K extends Kind>(kind: K, ns: string, obj: KindMap[K]): KindMap[K] {
    const name = obj.metadata.name;
    const old = this.get(kind, ns, name);
    const stored = { ...obj, metadata: { ...obj.metadata, resourceVersion: this.nextRV() } } as KindMap[K];
    const nsBuckets = this.nsBuckets(kind, ns);
    this.ownMap<Record<string, K8sObject>>(nsBuckets, bucketOf(name))[name] = stored;
    updateIndex(kind, nsBuckets, old, stored);
    derived.delete(nsBuckets);
    this.changes.push({ type: old ? 'MODIFIED' : 'ADDED', kind, namespace: ns, name });
    this.events.push({ kind, ns, name, old, cur: stored });
    return stored;
  }

  remove(kind: Kind, ns: string, name: string): void {
    const old = this.get(kind, ns, name);
    if (!old) return;
    const nsBuckets = this.nsBuckets(kind, ns);
    this.dropKey(nsBuckets, bucketOf(name), name, true);
    updateIndex(kind, nsBuckets, old, undefined);
    derived.delete(nsBuckets);
    this.nextRV();
    this.changes.push({ type: 'DELETED', kind, namespace: ns, name });
    this.events.push({ kind, ns, name, old, cur: undefined });
  }
}
