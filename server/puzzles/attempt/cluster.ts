/**
 * The bridge between an attempt's state (sim snapshots, kept in a room's game state or a practice run)
 * and live simulated clusters. Snapshots are immutable
 * and the engine shares structure, so a live cluster is memoised per snapshot (by identity, like the view
 * cache) and every write happens on a fork: the snapshot in an older state never changes under anyone.
 * After a state is restored from JSON the memo is cold and the cluster is rebuilt once from the snapshot.
 */
import { checkGoals, type GoalResult } from '../goals.js';
import type { Goal } from '../schema.js';
import { createCluster, type Cluster, type ClusterSnapshot, type ClusterViewModel } from '../../sim/index.js';
import type { ProbeResult } from '../../sim/api.js';
import { runKubectl } from '../../sim/kubectl/index.js';

const live = new WeakMap<object, Cluster>();
const views = new WeakMap<object, ClusterViewModel>();

function base(snapshot: ClusterSnapshot): Cluster {
  const key = snapshot.state as object;
  let cluster = live.get(key);
  if (!cluster) {
    cluster = createCluster({ seed: 0 });
    cluster.restore(snapshot);
    live.set(key, cluster);
  }
  return cluster;
}

/** A writable cluster for a snapshot (a fork: writes never reach the snapshot). */
export function clusterFrom(snapshot: ClusterSnapshot): Cluster {
  return base(snapshot).fork();
}

/** The snapshot of a cluster, remembered so the next command does not rebuild it. */
export function snapshotOf(cluster: Cluster): ClusterSnapshot {
  const snapshot = cluster.snapshot();
  live.set(snapshot.state as object, cluster.fork());
  return snapshot;
}

/** Output kept per command in the state and the views (a `get -o yaml` of everything can be large). */
export const OUTPUT_LIMIT = 16 * 1024;

export interface CommandRun {
  snapshot: ClusterSnapshot;
  output: string;
  truncated: boolean;
  exitCode: number;
  /** The line's network requests (last `TRACE_LIMIT`, response bodies dropped); absent when none. */
  traces?: ProbeResult[];
  /** The terminal's namespace after the line (changed by `config set-context --current --namespace`). */
  namespace: string;
}

/** Probe traces kept per command: the picture animates the newest, a few are plenty. */
export const TRACE_LIMIT = 3;

/**
 * Runs one terminal line through the sim's kubectl. Before it, the attempt's simulated clock is moved to
 * `clusterTime` (its start plus the time played), so AGE columns and anything time-based follow the play.
 */
export function runLine(
  snapshot: ClusterSnapshot,
  line: string,
  files: Record<string, string>,
  clusterTime: number,
  namespace = 'default',
): CommandRun {
  const cluster = clusterFrom(snapshot);
  if (clusterTime > cluster.now()) cluster.setTime(clusterTime);
  const r = runKubectl(cluster, line, { files, namespace });
  const full = r.output ?? r.stdout + r.stderr;
  const truncated = full.length > OUTPUT_LIMIT;
  const output = truncated ? `${full.slice(0, OUTPUT_LIMIT)}\n… (output cut at 16 KiB)\n` : full;
  // The body is already in the output; the hops are what the picture needs.
  const traces = r.traces?.slice(-TRACE_LIMIT).map(({ response: _body, ...t }) => t);
  return {
    snapshot: snapshotOf(cluster),
    output,
    truncated,
    exitCode: r.exitCode,
    ...(traces ? { traces } : {}),
    namespace: r.namespace ?? namespace,
  };
}

export function goalsOf(snapshot: ClusterSnapshot, goals: readonly Goal[]): GoalResult[] {
  return checkGoals(base(snapshot), goals);
}

export function simNow(snapshot: ClusterSnapshot): number {
  return base(snapshot).now();
}

/** The cluster picture for the web client; computed once per snapshot. */
export function viewModelOf(snapshot: ClusterSnapshot): ClusterViewModel {
  const key = snapshot.state as object;
  let view = views.get(key);
  if (!view) views.set(key, (view = base(snapshot).viewModel()));
  return view;
}
