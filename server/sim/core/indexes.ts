/**
 * Indexes over one namespace's objects of a kind, like the indexers of upstream informers: pods by
 * controller UID and by label pair, ReplicaSets by controller UID, EndpointSlices by Service name. They
 * let the controllers look at the twenty objects that concern them instead of scanning the 2,000 pods
 * or 1,000 ReplicaSets of a namespace on every write.
 *
 * An index is not part of the state (snapshots stay plain JSON): it hangs off a namespace's immutable
 * bucket record in a WeakMap, is built on first use, and `Tx` keeps it in step with its writes. When a
 * transaction copies the namespace, the index is copied the same way: its maps are copied, each name set
 * only when it is first changed.
 */
import type { K8sObject, Kind, KindMap, Labels } from '../types.js';
import { bucketOf, bucketValues, type Buckets } from './buckets.js';

/** Index key for objects without a controller (orphans, bare pods). */
export const NO_OWNER = '';

export function ownerKey(o: K8sObject): string {
  return o.metadata.ownerReferences?.find((r) => r.controller)?.uid ?? NO_OWNER;
}

const labelKey = (k: string, v: string) => `${k}=${v}`;

/** Index name → the keys an object is filed under. */
type Spec = Record<string, (o: K8sObject) => string[]>;

const SPECS: Partial<Record<Kind, Spec>> = {
  Pod: {
    owner: (o) => [ownerKey(o)],
    label: (o) => Object.entries(o.metadata.labels ?? {}).map(([k, v]) => labelKey(k, v)),
  },
  ReplicaSet: { owner: (o) => [ownerKey(o)] },
  EndpointSlice: { service: (o) => [o.metadata.labels?.['kubernetes.io/service-name'] ?? ''] },
};

export const indexedKinds = new Set(Object.keys(SPECS) as Kind[]);

interface Index {
  /** index name → key → object names */
  maps: Map<string, Map<string, Set<string>>>;
  /** Name sets this index may change in place; the others are shared with the index it was copied from. */
  mine: WeakSet<Set<string>>;
}

const indexes = new WeakMap<object, Index>();

function names(idx: Index, index: string, k: string): Set<string> {
  const m = idx.maps.get(index) as Map<string, Set<string>>;
  const cur = m.get(k);
  if (cur && idx.mine.has(cur)) return cur;
  const next = new Set(cur);
  idx.mine.add(next);
  m.set(k, next);
  return next;
}

function file(idx: Index, spec: Spec, o: K8sObject, add: boolean): void {
  const name = o.metadata.name;
  for (const index in spec)
    for (const k of (spec[index] as (o: K8sObject) => string[])(o)) {
      const set = names(idx, index, k);
      if (add) set.add(name);
      else {
        set.delete(name);
        if (set.size === 0) idx.maps.get(index)?.delete(k);
      }
    }
}

function indexOf(kind: Kind, b: Buckets<K8sObject>): Index {
  let idx = indexes.get(b);
  if (!idx) {
    const spec = SPECS[kind] as Spec;
    idx = { maps: new Map(Object.keys(spec).map((n) => [n, new Map()])), mine: new WeakSet() };
    for (const o of bucketValues(b)) file(idx, spec, o, true);
    indexes.set(b, idx);
  }
  return idx;
}

/** `next` is a fresh copy of the namespace record `before`: give it a copy of the index, if it had one. */
export function copyIndex(before: object, next: object): void {
  const idx = indexes.get(before);
  if (!idx || indexes.has(next)) return;
  const maps = new Map([...idx.maps].map(([n, m]) => [n, new Map(m)]));
  indexes.set(next, { maps, mine: new WeakSet() });
}

/** Record that an object of the namespace record `b` changed from `old` to `next` (either may be absent). */
export function updateIndex(kind: Kind, b: object, old: K8sObject | undefined, next: K8sObject | undefined) {
  const spec = SPECS[kind];
  const idx = spec && indexes.get(b); // most kinds have no index: skip the WeakMap on their writes
  if (!idx) return;
  if (old) file(idx, spec, old, false);
  if (next) file(idx, spec, next, true);
}

function byName<T extends K8sObject>(b: Buckets<T>, set: Set<string> | undefined): T[] {
  if (!set) return [];
  return [...set].sort().map((n) => b[bucketOf(n)]?.[n] as T);
}

/** The objects filed under `key` in the named index, sorted by name (never dependent on write history). */
export function lookup<K extends Kind>(
  kind: K,
  b: Buckets<KindMap[K]> | undefined,
  index: string,
  key: string,
): KindMap[K][] {
  if (!b) return [];
  return byName(
    b,
    indexOf(kind, b as Buckets<K8sObject>)
      .maps.get(index)
      ?.get(key),
  );
}

export const podsOwnedBy = (b: Buckets<KindMap['Pod']> | undefined, uid: string) =>
  lookup('Pod', b, 'owner', uid);

/**
 * Candidates for a Service-style selector (every pair must match): the pods in the smallest set of
 * its pairs, sorted by name. The caller still checks the whole selector; an empty selector selects all.
 */
export function podsWithLabels(b: Buckets<KindMap['Pod']> | undefined, selector: Labels): KindMap['Pod'][] {
  if (!b) return [];
  const byLabel = indexOf('Pod', b as Buckets<K8sObject>).maps.get('label');
  let best: Set<string> | undefined;
  let any = false;
  for (const k in selector) {
    any = true;
    const set = byLabel?.get(labelKey(k, selector[k] as string));
    if (!set) return [];
    if (!best || set.size < best.size) best = set;
  }
  if (!any) return bucketValues(b).sort((x, y) => (x.metadata.name < y.metadata.name ? -1 : 1));
  return byName(b, best);
}
