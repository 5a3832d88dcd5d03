/**
 * kube-arena's simulated Kubernetes cluster (v1.32 behaviour), pure TypeScript without I/O.
 *
 *   const c = createCluster({ seed: 42, nodes: 2, loadBalancer: true });
 *   c.create(deploymentManifest)           // ApiResult: { ok, object, action } or { ok: false, status }
 *   c.list('Pod', { namespace: null, selector: { app: 'web' } })
 *   c.runPod({ name: 'test', image: 'busybox', args: ['wget', '-qO-', 'web'], rm: true, attach: true })
 *   c.probe({ from: { pod: { name: 'client' } }, host: 'web', port: 80 })   // outcome + hop-by-hop trace
 *   const team = c.fork()                  // cheap copy; c.snapshot()/restore() are JSON-safe
 *
 * - Objects are real API shapes (types.ts). Reads return immutable objects: copy before editing.
 * - Every write runs validation (validation/*), allocation (ClusterIP, NodePort, LB IP) and then the
 *   controllers in the real order until the cluster has converged: deployment → replicaset → scheduler →
 *   kubelet (pod IPs from the node's 10.244.N.0/24, containers started, readiness) → endpoints and
 *   endpointslice controllers → kube-proxy (per node rules; see node-ops.ts for stale rules).
 * - Errors are `metav1.Status` values with the API server's messages; `formatKubectlError` gives the text
 *   kubectl prints for them. Failures that never reach the API server (node operations, a probe from a
 *   missing source, a line bash cannot split, a bad `-l`) are `SimError`s: a code and the printed text.
 * - Deterministic: names, UIDs, IPs and load-balancing choices come from a seeded PRNG kept in the state,
 *   time from a clock that advances `clockStepMs` per write (no wall clock). Every call that can change the
 *   state is appended to `log()`; `replay(options, log)` rebuilds an identical cluster.
 * - `subscribe` notifies after each write with the changed objects (listeners live outside the state).
 * - Images: nginx, busybox, curlimages/curl, hashicorp/http-echo, redis, coredns-like UDP DNS servers;
 *   anything else listens on its declared container ports. See images/*.ts for what each command prints.
 */
export type * from './types.js';
export type * from './api.js';
export type * from './sim-error.js';
export { CLUSTER_SCOPED, API_VERSION, RESOURCE } from './types.js';
export { createCluster, replay } from './cluster.js';
export { formatKubectlError } from './errors.js';
/** The terminal's commands, flags and resource names, for shell completion (see kubectl/vocabulary.ts). */
export { kubectlVocabulary } from './kubectl/vocabulary.js';
