/**
 * Cluster handle: holds the current immutable state, the event log and the listeners (outside the
 * state). Every logged call runs in a transaction: advance the clock, do the work, run the controllers,
 * commit — or keep only the clock when the API refused the write.
 */
import type {
  ApiResult,
  Cluster,
  ClusterOptions,
  ClusterSnapshot,
  ExecOptions,
  ExecResult,
  ListOptions,
  Listener,
  ObjectRef,
  Op,
  OpName,
  PatchType,
  PodRef,
  ProbeRequest,
  ProbeResult,
  RunPodOptions,
  RunPodResult,
  WriteOptions,
} from './api.js';
import { bootstrap } from './bootstrap.js';
import { converge } from './controllers/registry.js';
import {
  applyObject,
  createObject,
  deleteObject,
  nsOf,
  patchObject,
  updateObject,
} from './core/apiserver.js';
import { matchesMap } from './core/labels.js';
import { allOf, getObj, inNamespace, Tx, type ClusterState } from './core/state.js';
import { upgradeState } from './core/state-format.js';
import { rfc3339 } from './core/time.js';
import { notFound, refuse } from './errors.js';
import { execFrom, execInPod, readLogs, runPod } from './workloads.js';
import { evictFromDownNodes, killContainer, restartKubeProxy, setNodeReady } from './node-ops.js';
import { resolveFrom } from './net/dns.js';
import { probeRequest } from './net/probe.js';
import { kubeProxyView } from './net/proxy.js';
import { CLUSTER_SCOPED, type K8sObject, type Kind, type KindMap } from './types.js';
import { viewModel } from './view-model.js';

type Outcome<T> = { value: T; commit: boolean };

class ClusterImpl implements Cluster {
  private listeners = new Set<Listener>();

  constructor(
    private state: ClusterState,
    private ops: Op[],
  ) {}

  get options() {
    return this.state.opts;
  }

  now(): number {
    return this.state.clock;
  }

  private run<T>(op: OpName, args: unknown[], fn: (tx: Tx) => Outcome<T>): T {
    const tx = new Tx(this.state);
    if (op === 'advance') tx.s.clock += Math.max(0, Number(args[0]) || 0);
    else if (op === 'setTime') tx.s.clock = Math.max(tx.s.clock, Number(args[0]) || 0);
    else tx.s.clock += this.state.opts.clockStepMs;
    const { value, commit } = fn(tx);
    if (commit) {
      evictFromDownNodes(tx);
      converge(tx);
    }
    this.state = commit ? tx.commit() : { ...this.state, clock: tx.s.clock };
    const entry: Op = { op, args, at: this.state.clock };
    this.ops.push(entry);
    const event = { op: entry, changes: commit ? tx.changes : [], resourceVersion: this.state.rv };
    for (const l of [...this.listeners]) {
      try {
        l(event);
      } catch {
        // A listener's failure must not corrupt the engine.
      }
    }
    return value;
  }

  private write(op: OpName, args: unknown[], fn: (tx: Tx) => ApiResult): ApiResult {
    return this.run(op, args, (tx) => {
      const r = fn(tx);
      return { value: r, commit: r.ok && r.changed };
    });
  }

  // ---- reads
  get<K extends Kind>(kind: K, name: string, namespace?: string): KindMap[K] | undefined {
    return getObj(this.state, kind, nsOf(kind, namespace), name);
  }

  list<K extends Kind>(kind: K, opts: ListOptions = {}): KindMap[K][] {
    const all = CLUSTER_SCOPED.has(kind)
      ? inNamespace(this.state, kind, '')
      : opts.namespace === null
        ? allOf(this.state, kind)
        : inNamespace(this.state, kind, opts.namespace ?? 'default');
    const sel = opts.selector;
    if (!sel) return [...all];
    const pred = typeof sel === 'function' ? sel : (l: Record<string, string>) => matchesMap(sel, l);
    return all.filter((o) => pred(o.metadata.labels ?? {}));
  }

  read<K extends Kind>(ref: ObjectRef & { kind: K }): ApiResult<KindMap[K]> {
    const o = this.get(ref.kind, ref.name, ref.namespace);
    return o
      ? { ok: true, object: o, action: 'unchanged', changed: false }
      : refuse(notFound(ref.kind, ref.name));
  }

  logs(pod: PodRef, opts: { container?: string; previous?: boolean } = {}) {
    return readLogs(this.state, pod, opts);
  }

  resolve(name: string, fromNamespace: string, type: 'A' | 'SRV' = 'A') {
    return resolveFrom(this.state, name, fromNamespace, type);
  }

  kubeProxy(node: string) {
    return kubeProxyView(this.state, node);
  }

  viewModel(opts: { namespace?: string } = {}) {
    return viewModel(this.state, opts.namespace);
  }

  // ---- writes
  create<T extends K8sObject>(obj: T, opts: WriteOptions = {}): ApiResult<T> {
    return this.write('create', [obj, opts], (tx) => createObject(tx, obj, opts)) as ApiResult<T>;
  }

  apply<T extends K8sObject>(obj: T, opts: WriteOptions = {}): ApiResult<T> {
    return this.write('apply', [obj, opts], (tx) => applyObject(tx, obj, opts)) as ApiResult<T>;
  }

  replace<T extends K8sObject>(obj: T, opts: WriteOptions = {}): ApiResult<T> {
    return this.write('replace', [obj, opts], (tx) => updateObject(tx, obj, opts)) as ApiResult<T>;
  }

  patch(ref: ObjectRef, patch: unknown, type: PatchType = 'strategic', opts: WriteOptions = {}): ApiResult {
    return this.write('patch', [ref, patch, type, opts], (tx) => patchObject(tx, ref, patch, type, opts));
  }

  delete(ref: ObjectRef, opts: WriteOptions = {}): ApiResult {
    return this.write('delete', [ref, opts], (tx) => deleteObject(tx, ref, opts));
  }

  scale(ref: ObjectRef, replicas: number): ApiResult {
    return this.patch(ref, { spec: { replicas } }, 'merge');
  }

  rolloutRestart(ref: ObjectRef): ApiResult {
    const at = rfc3339(this.state.clock + this.state.opts.clockStepMs);
    const patch = {
      spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } } },
    };
    return this.patch(ref, patch, 'strategic');
  }

  // ---- workloads and traffic
  exec(pod: PodRef, argv: string[], opts: ExecOptions = {}): ExecResult {
    return this.run('exec', [pod, argv, opts], (tx) => ({
      value: execInPod(tx, pod, argv, opts),
      commit: true,
    }));
  }

  execFrom(source: { outside: true } | { node: string }, argv: string[]): ExecResult {
    return this.run('execFrom', [source, argv], (tx) => ({
      value: execFrom(tx, source, argv),
      commit: true,
    }));
  }

  runPod(opts: RunPodOptions): RunPodResult {
    return this.run('runPod', [opts], (tx) => {
      const r = runPod(tx, opts);
      return { value: r, commit: r.ok };
    });
  }

  probe(req: ProbeRequest): ProbeResult {
    return this.run('probe', [req], (tx) => ({
      value: probeRequest(tx, req.from, req.host, req.port, req.protocol ?? 'TCP', { path: req.path ?? '/' }),
      commit: true,
    }));
  }

  killContainer(node: string, pod: PodRef) {
    return this.run('killContainer', [node, pod], (tx) => {
      const r = killContainer(tx, node, pod);
      return { value: r, commit: r.ok };
    });
  }

  restartKubeProxy(node: string) {
    return this.run('restartKubeProxy', [node], (tx) => {
      const r = restartKubeProxy(tx, node);
      return { value: r, commit: r.ok };
    });
  }

  setNodeReady(node: string, ready: boolean) {
    return this.run('setNodeReady', [node, ready], (tx) => {
      const r = setNodeReady(tx, node, ready);
      return { value: r, commit: r.ok };
    });
  }

  advance(ms: number): void {
    this.run('advance', [ms], () => ({ value: undefined, commit: true }));
  }

  setTime(now: number): void {
    this.run('setTime', [now], () => ({ value: undefined, commit: true }));
  }

  // ---- state
  snapshot(): ClusterSnapshot {
    return { state: this.state, log: [...this.ops] };
  }

  restore(snapshot: ClusterSnapshot): void {
    this.state = upgradeState(snapshot.state);
    this.ops = [...snapshot.log];
  }

  fork(): Cluster {
    return new ClusterImpl(this.state, [...this.ops]);
  }

  log(): readonly Op[] {
    return this.ops;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function createCluster(options: ClusterOptions): Cluster {
  return new ClusterImpl(bootstrap(options), []);
}

/** Rebuild a cluster by calling the logged operations again on a fresh cluster with the same options. */
export function replay(options: ClusterOptions, log: readonly Op[]): Cluster {
  const c = createCluster(options);
  const call = c as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const entry of log) {
    const fn = call[entry.op];
    if (typeof fn !== 'function') throw new Error(`replay: unknown operation ${entry.op}`);
    fn.apply(c, entry.args);
  }
  return c;
}
