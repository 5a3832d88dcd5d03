/**
 * The controller contract, after client-go's informers and work queues (and kwok's controllers, which use
 * them): a controller declares the kinds it watches, which changes it cares about and the work keys each
 * change enqueues; it reconciles one key at a time from the current state. It never calls another
 * controller: whatever it writes reaches the others through their watches. The registry (registry.ts)
 * routes the transaction's writes to the watches and runs the queues until the cluster is quiet.
 */
import type { Tx } from '../core/state.js';
import type { Kind, KindMap } from '../types.js';

export type ChangeType = 'added' | 'updated' | 'deleted';

/** One object's change as a watch sees it: the object before (`old`) and after (`cur`). */
export interface ObjectChange<K extends Kind = Kind> {
  type: ChangeType;
  ns: string;
  name: string;
  /** `ns/name`, the usual work key. */
  key: string;
  old: KindMap[K] | undefined;
  cur: KindMap[K] | undefined;
}

export interface Watch<K extends Kind = Kind> {
  kind: K;
  /** The change types that concern the controller (all when omitted). */
  on?: readonly ChangeType[];
  /** A further filter on the change (old/new object), like an informer's FilterFunc. */
  when?(change: ObjectChange<K>): boolean;
  /** The work keys the change enqueues; the changed object's own key when omitted. */
  enqueue?(tx: Tx, change: ObjectChange<K>): Iterable<string>;
}

/** A watch on any kind, its callbacks typed for that kind (what a controller declares). */
export type AnyWatch = { [K in Kind]: Watch<K> }[Kind];

export interface Controller {
  name: string;
  watches: readonly AnyWatch[];
  /** Bring the object behind `key` to its desired state; called once per key per batch, keys sorted. */
  reconcile(tx: Tx, key: string): void;
  /**
   * Runs only when every other queue is empty, one batch at a time (the kubelet starting containers, so
   * a command run at start sees the Services and endpoints the write produced).
   */
  whenSettled?: boolean;
}
