/**
 * Snapshot formats. Rooms and practice runs keep cluster snapshots in the database, so a snapshot saved
 * by an earlier version must still restore: format 1 kept each namespace as one flat name → object map.
 */
import type { K8sObject, Kind } from '../types.js';
import { toBuckets, type Buckets } from './buckets.js';
import { emptyStore, KINDS, type ClusterState, type PodRuntime, type Store } from './state.js';

/** A state read from JSON, in the current format (older snapshots are rebucketed). */
export function upgradeState(raw: unknown): ClusterState {
  const s = raw as Omit<ClusterState, 'v'> & { v: number };
  if (s.v === 2) return s as ClusterState;
  if (s.v !== 1) throw new Error(`unknown cluster snapshot format ${String(s.v)}`);
  const flat = s as unknown as {
    objects: Record<Kind, Record<string, Record<string, K8sObject>>>;
    runtime: Record<string, Record<string, PodRuntime>>;
  };
  const objects = emptyStore() as unknown as Record<Kind, Record<string, Buckets<K8sObject>>>;
  for (const kind of KINDS)
    for (const ns in flat.objects[kind]) objects[kind][ns] = toBuckets(flat.objects[kind][ns] ?? {});
  const runtime: ClusterState['runtime'] = {};
  for (const ns in flat.runtime) runtime[ns] = toBuckets(flat.runtime[ns] ?? {});
  return { ...s, v: 2, objects: objects as unknown as Store, runtime };
}
