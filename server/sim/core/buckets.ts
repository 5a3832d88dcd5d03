/**
 * Bucketed records, the storage shape of the cluster state: a namespace's objects are split into
 * buckets by a hash of the name, so a copy-on-write of one object copies one bucket of a dozen or so
 * objects, not a namespace of 2,000 pods. The bucket function is part of the snapshot format.
 */
import { fnv32a } from '../../common/hash.js';

/** One namespace's objects (or pod runtimes): bucket → name → value. */
export type Buckets<T> = Record<string, Record<string, T>>;

/** Buckets per namespace: 2,000 pods make buckets of ~16, cheap to copy even when a rollout touches most. */
const BUCKETS = 128;

/** FNV-1a of the name, folded to a bucket number (part of the snapshot format: never change it). */
export function bucketOf(name: string): string {
  return String(fnv32a(name) % BUCKETS);
}

/** Every value of a namespace's buckets, in storage order (bucket, then insertion). */
export function bucketValues<T>(b: Buckets<T> | undefined): T[] {
  const out: T[] = [];
  if (b) for (const k in b) for (const n in b[k]) out.push((b[k] as Record<string, T>)[n] as T);
  return out;
}

/**
 * A shallow copy of a record keyed by names (a bucket, a table of IPs). The copy has no prototype, which
 * makes V8 store it as a hash table from the start: records keyed by ever-new pod names would otherwise
 * build a chain of hidden classes on every copy and turn into a dictionary anyway (`{ ...o }` of a
 * dictionary takes a slow generic path). Measured: 3-4x faster per copy under pod churn.
 */
export function copyRecord(o: object): object {
  const src = o as Record<string, unknown>;
  const out = Object.create(null) as Record<string, unknown>;
  const keys = Object.keys(src);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    out[k] = src[k];
  }
  return out;
}

/** Rebucket a flat name → value map (snapshots of format 1). */
export function toBuckets<T>(flat: Record<string, T>): Buckets<T> {
  const out: Buckets<T> = {};
  for (const n in flat) (out[bucketOf(n)] ??= {})[n] = flat[n] as T;
  return out;
}
