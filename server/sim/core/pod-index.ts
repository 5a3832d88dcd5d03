/**
 * Derived indexes over one namespace's pods: names by controller owner UID and by label pair. They are
 * what the upstream controllers get from their informer indexers, and they let the ReplicaSet,
 * scheduler and endpoints controllers look at the twenty pods that concern them instead of scanning
 * the 2,000 of a namespace on every pod write.
 *
 * An index is not part of the state (snapshots stay plain JSON): it hangs off a namespace's immutable
 * pod buckets in a WeakMap, is built on first use, and `Tx` keeps it in step with its writes. When a
 * transaction copies the namespace, the index is copied the same way: the two outer maps are copied,
 * each name set only when it is first changed.
 */
import type { Labels, Pod } from '../types.js';
import { bucketOf, bucketValues, type Buckets } from './buckets.js';

/** Bucket key for pods without a controller (orphans, bare pods). */
export const NO_OWNER = '';

interface PodIndex {
  byOwner: Map<string, Set<string>>;
  byLabel: Map<string, Set<string>>;
  /** Buckets this index may change in place; the others are still shared with the index it was copied from. */
  mine: WeakSet<Set<string>>;
}

type PodMap = Buckets<Pod>;

const indexes = new WeakMap<object, PodIndex>();

const labelKey = (k: string, v: string) => `${k}=${v}`;

export function ownerKey(p: Pod): string {
  return p.metadata.ownerReferences?.find((r) => r.controller)?.uid ?? NO_OWNER;
}

function bucket(idx: PodIndex, which: 'byOwner' | 'byLabel', k: string): Set<string> {
  const m = idx[which];
  const cur = m.get(k);
  if (cur && idx.mine.has(cur)) return cur;
  const next = new Set(cur);
  idx.mine.add(next);
  m.set(k, next);
  return next;
}

function add(idx: PodIndex, p: Pod): void {
  const name = p.metadata.name;
  bucket(idx, 'byOwner', ownerKey(p)).add(name);
  const labels = p.metadata.labels ?? {};
  for (const k in labels) bucket(idx, 'byLabel', labelKey(k, labels[k] as string)).add(name);
}

function drop(idx: PodIndex, p: Pod): void {
  const name = p.metadata.name;
  const forget = (which: 'byOwner' | 'byLabel', k: string) => {
    const b = bucket(idx, which, k);
    b.delete(name);
    if (b.size === 0) idx[which].delete(k);
  };
  forget('byOwner', ownerKey(p));
  const labels = p.metadata.labels ?? {};
  for (const k in labels) forget('byLabel', labelKey(k, labels[k] as string));
}

function indexOf(m: PodMap): PodIndex {
  let idx = indexes.get(m);
  if (!idx) {
    idx = { byOwner: new Map(), byLabel: new Map(), mine: new WeakSet() };
    for (const p of bucketValues(m)) add(idx, p);
    indexes.set(m, idx);
  }
  return idx;
}

/** `next` is a fresh copy of `before`: give it a copy of the index, if `before` had one. */
export function copyPodIndex(before: object, next: object): void {
  const idx = indexes.get(before);
  if (!idx || indexes.has(next)) return;
  indexes.set(next, { byOwner: new Map(idx.byOwner), byLabel: new Map(idx.byLabel), mine: new WeakSet() });
}

/** Record that `m[name]` changed from `old` to `next` (either may be undefined). */
export function updatePodIndex(m: object, old: Pod | undefined, next: Pod | undefined): void {
  const idx = indexes.get(m);
  if (!idx) return;
  if (old) drop(idx, old);
  if (next) add(idx, next);
}

/** Pods whose names are in the bucket, sorted by name so the order never depends on write history. */
function podsNamed(m: PodMap, names: Set<string> | undefined): Pod[] {
  if (!names) return [];
  return [...names].sort().map((n) => m[bucketOf(n)]?.[n] as Pod);
}

/** Pods of `ns` whose controller is the object with this UID (`NO_OWNER`: pods without a controller). */
export function podsOwnedBy(m: PodMap | undefined, uid: string): Pod[] {
  return m ? podsNamed(m, indexOf(m).byOwner.get(uid)) : [];
}

/**
 * Candidates for a Service-style selector (every pair must match): the pods in the smallest bucket of
 * its pairs, sorted by name. The caller still checks the whole selector; an empty selector selects all.
 */
export function podsWithLabels(m: PodMap | undefined, selector: Labels): Pod[] {
  if (!m) return [];
  const idx = indexOf(m);
  let best: Set<string> | undefined;
  let any = false;
  for (const k in selector) {
    any = true;
    const b = idx.byLabel.get(labelKey(k, selector[k] as string));
    if (!b) return [];
    if (!best || b.size < best.size) best = b;
  }
  if (!any) return bucketValues(m).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  return podsNamed(m, best);
}
