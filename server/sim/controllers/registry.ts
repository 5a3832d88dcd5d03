/**
 * The controller registry: the controllers in the order they run, the routing of a transaction's writes
 * to their watches, and the loop that runs their queues until nothing changes (the contract is in
 * controller.ts).
 *
 * Why this order. A round is daemons → deployment → replicaset → pods (scheduler/kubelet) →
 * endpoints/endpointslices, the order effects propagate in a real cluster (a Deployment makes a
 * ReplicaSet, which makes pods, which get a node and an IP, which become endpoints), so one write
 * usually settles in a round or two. The daemons (kube-proxy per node, control-plane static pods) open
 * each round, i.e. run after the endpoints of the round before: a new node gets its kube-proxy before
 * anything else draws from the seeded RNG, which is what every seeded name and UID in the saved
 * snapshots and golden outputs was produced with. Containers start (`whenSettled`) only once all the
 * others are quiet, so a busybox `wget` at start sees the Services and endpoints of the current write.
 * Reordering any of this keeps the end state's shape but changes resourceVersions and random names.
 *
 * When changes reach the watches. A write is routed before the next batch of any queue runs, so a
 * controller's write is seen by the controllers after it in the same round (and by itself in its next
 * batch). Pod changes are the exception: they are coalesced per pod (the oldest old object since the
 * last delivery is kept, as client-go's DeltaFIFO does) and delivered at the pods stage, in pod-name
 * order, to every watch on pods. So a ReplicaSet hears about the pods it just created after they were
 * bound, in the next round, and a pod written several times in a round is one change.
 */
import { cmp, key, splitKey, type Tx } from '../core/state.js';
import type { K8sObject, Kind } from '../types.js';
import type { AnyWatch, ChangeType, Controller, ObjectChange, Watch } from './controller.js';
import { daemonController } from './system.js';
import { deploymentController } from './deployment.js';
import { replicaSetController } from './replicaset.js';
import { podController, containerController } from './pods.js';
import { endpointsController } from './endpoints.js';

/** The kube-controller-manager and kubelet of the simulated cluster, in the order they run. */
export const CONTROLLERS: readonly Controller[] = [
  daemonController,
  deploymentController,
  replicaSetController,
  podController,
  endpointsController,
  containerController,
];

/** A watch's filter-and-enqueue step for one change (of the watch's kind). */
type Handler = (tx: Tx, change: ObjectChange, work: Set<string>) => void;

function handlerOf(watch: AnyWatch): Handler {
  // Only changes of the watch's kind reach it, so its callbacks get the kind they expect.
  const { on, when, enqueue }: Watch = watch;
  return (tx, change, work) => {
    if (on && !on.includes(change.type)) return;
    if (when && !when(change)) return;
    if (!enqueue) work.add(change.key);
    else for (const k of enqueue(tx, change)) work.add(k);
  };
}

/** One transaction's queues (kept across `converge` calls: a write can run them more than once). */
interface Queues {
  work: Set<string>[];
  /** Object key → the object before its first change since the last delivery (the coalesced kind). */
  deltas: Map<string, K8sObject | undefined>;
}

export class Registry {
  /** Per kind, each watch's filter-and-enqueue step, with the index of the controller it feeds. */
  private watchesOf = new Map<Kind, { i: number; handle: Handler }[]>();
  private queuesOf = new WeakMap<Tx, Queues>();
  private deliveredBy: number;

  /**
   * `controllers` in the order they run; changes of `coalesced.kind` are coalesced per object and
   * delivered at the stage of `coalesced.by` (see the file comment).
   */
  constructor(
    readonly controllers: readonly Controller[],
    private coalesced: { kind: Kind; by: Controller },
  ) {
    this.deliveredBy = controllers.indexOf(coalesced.by);
    controllers.forEach((c, i) => {
      for (const watch of c.watches) {
        const list = this.watchesOf.get(watch.kind) ?? [];
        list.push({ i, handle: handlerOf(watch) });
        this.watchesOf.set(watch.kind, list);
      }
    });
  }

  /** Add work for a controller by hand: for operations behind the API (restarting kube-proxy on a node). */
  enqueue(tx: Tx, controller: Controller, k: string): void {
    this.queues(tx).work[this.controllers.indexOf(controller)]?.add(k);
  }

  /** Run the controllers until nothing changes (at most 200 rounds: a loop between controllers is a bug). */
  converge(tx: Tx): void {
    const q = this.queues(tx);
    for (let round = 0; round < 200; round++) {
      let did = false;
      for (let i = 0; i < this.controllers.length; i++)
        if (!this.controllers[i]?.whenSettled) did = this.drain(tx, q, i) || did;
      if (did) continue;
      let started = false;
      for (let i = 0; i < this.controllers.length; i++)
        if (this.controllers[i]?.whenSettled) started = this.runBatch(tx, q, i) || started;
      if (!started) return;
    }
    throw new Error('controllers did not converge');
  }

  private queues(tx: Tx): Queues {
    let q = this.queuesOf.get(tx);
    if (!q) {
      q = { work: this.controllers.map(() => new Set<string>()), deltas: new Map() };
      this.queuesOf.set(tx, q);
    }
    return q;
  }

  private deliver(
    tx: Tx,
    q: Queues,
    kind: Kind,
    ns: string,
    name: string,
    k: string,
    old: K8sObject | undefined,
    cur: K8sObject | undefined,
  ): void {
    const list = this.watchesOf.get(kind);
    if (!list) return;
    const type: ChangeType = !cur ? 'deleted' : !old ? 'added' : 'updated';
    const change: ObjectChange = { type, ns, name, key: k, old, cur };
    for (const { i, handle } of list) handle(tx, change, q.work[i] as Set<string>);
  }

  /** Route the writes recorded since the last call: to the watches, or into the deltas. */
  private route(tx: Tx, q: Queues): void {
    if (tx.events.length === 0) return;
    const events = tx.events;
    tx.events = [];
    for (const ev of events) {
      const k = key(ev.ns, ev.name);
      if (ev.kind !== this.coalesced.kind) this.deliver(tx, q, ev.kind, ev.ns, ev.name, k, ev.old, ev.cur);
      else if (!q.deltas.has(k)) q.deltas.set(k, ev.old);
    }
  }

  /** Deliver the coalesced changes (old = as first seen, cur = as now), in key order. */
  private deliverDeltas(tx: Tx, q: Queues): boolean {
    if (q.deltas.size === 0) return false;
    const kind = this.coalesced.kind;
    const batch = [...q.deltas].sort((a, b) => cmp(a[0], b[0]));
    q.deltas.clear();
    for (const [k, old] of batch) {
      const [ns, name] = splitKey(k);
      this.deliver(tx, q, kind, ns, name, k, old, tx.get(kind, ns, name));
    }
    return true;
  }

  /** Run one batch of a controller's queue (its keys in sorted order); false if it was empty. */
  private runBatch(tx: Tx, q: Queues, i: number): boolean {
    const work = q.work[i] as Set<string>;
    if (work.size === 0) return false;
    const batch = [...work].sort();
    work.clear();
    const c = this.controllers[i] as Controller;
    for (const k of batch) c.reconcile(tx, k);
    return true;
  }

  /** Run one controller until its queue stays empty; true if it did anything. */
  private drain(tx: Tx, q: Queues, i: number): boolean {
    let did = false;
    for (;;) {
      this.route(tx, q);
      if (i === this.deliveredBy && this.deliverDeltas(tx, q)) did = true;
      if (!this.runBatch(tx, q, i)) return did;
      did = true;
    }
  }
}

/** Pod changes reach the watches at the scheduler/kubelet stage (see the file comment). */
export const registry = new Registry(CONTROLLERS, { kind: 'Pod', by: podController });

/** Run the cluster's controllers after a write until nothing changes. */
export function converge(tx: Tx): void {
  registry.converge(tx);
}

/** Add work for one of the cluster's controllers by hand (see `Registry.enqueue`). */
export function enqueue(tx: Tx, controller: Controller, k: string): void {
  registry.enqueue(tx, controller, k);
}
