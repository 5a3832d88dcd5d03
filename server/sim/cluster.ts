/** Cluster handle: wraps the immutable state, the event log and the listeners. */
import type { Cluster, ClusterOptions, Op } from './api.js';

export function createCluster(_options: ClusterOptions): Cluster {
  throw new Error('TODO: cluster engine in progress');
}

export function replay(options: ClusterOptions, log: readonly Op[]): Cluster {
  const c = createCluster(options);
  void log;
  return c;
}
