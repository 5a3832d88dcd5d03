/** `kubectl exec`, `kubectl logs` and `kubectl run` against the simulated containers. */
import type {
  ApiFailure,
  ApiStatus,
  ExecOptions,
  ExecResult,
  PodRef,
  RunPodOptions,
  RunPodResult,
} from './api.js';
import { cascade, createObject } from './core/apiserver.js';
import { getObj, podRuntimeOf, type ClusterState, type Tx } from './core/state.js';
import { converge } from './controllers/registry.js';
import { badRequest, notFound, refuse } from './errors.js';
import { toolsOf } from './images/catalog.js';
import { runArgv } from './net/shell.js';
import type { Container, Pod } from './types.js';

function pickContainer(pod: Pod, name: string | undefined): Container | ApiStatus {
  if (name) {
    const c = pod.spec.containers.find((x) => x.name === name);
    return c ?? badRequest(`container ${name} is not valid for pod ${pod.metadata.name}`);
  }
  return pod.spec.containers[0] as Container;
}

export function execInPod(tx: Tx, ref: PodRef, argv: string[], opts: ExecOptions): ExecResult {
  const ns = ref.namespace ?? 'default';
  const pod = getObj(tx.s, 'Pod', ns, ref.name);
  const fail = (error: ApiStatus): ExecResult => ({ stdout: '', stderr: '', exitCode: 1, error, traces: [] });
  if (!pod) return fail(notFound('Pod', ref.name));
  const c = pickContainer(pod, opts.container);
  if ('kind' in c && c.kind === 'Status') return fail(c);
  const container = c as Container;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed')
    return fail(badRequest(`cannot exec into a container in a completed pod; current phase is ${phase}`));
  const st = pod.status?.containerStatuses?.find((s) => s.name === container.name);
  if (!st?.state.running)
    return fail(badRequest(`unable to upgrade connection: container not found ("${container.name}")`));
  const r = runArgv(
    {
      tx,
      pod,
      container,
      tools: toolsOf(container.image),
      atStart: false,
      ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}),
    },
    argv,
  );
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, traces: r.traces };
}

/**
 * A command run outside any pod: on a laptop outside the cluster (curl, nc, ping) or on a node's host
 * network (curl, ping). Names resolve only inside pods (nodes and laptops do not use the cluster DNS).
 */
export function execFrom(tx: Tx, source: { outside: true } | { node: string }, argv: string[]): ExecResult {
  const outside = 'outside' in source;
  const name = outside ? 'laptop' : source.node;
  if (!outside && !tx.s.nodes[source.node])
    return { stdout: '', stderr: '', exitCode: 1, error: notFound('Node', source.node), traces: [] };
  const ip = outside ? '172.18.0.1' : (tx.s.nodes[source.node]?.ip ?? '');
  const pseudo: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default' },
    spec: { containers: [{ name, image: 'host' }] },
    status: { phase: 'Running', podIP: ip },
  };
  const tools = new Set(
    outside ? ['curl', 'nc', 'ping', 'echo'] : ['curl', 'ping', 'echo', 'cat', 'hostname', 'sh', 'bash'],
  );
  const r = runArgv(
    { tx, pod: pseudo, container: pseudo.spec.containers[0] as Container, tools, atStart: false, source },
    argv,
  );
  const stderr =
    r.exitCode === 126
      ? r.stderr.replace(
          /^OCI runtime exec failed: .*"(.+)": executable file not found.*$/m,
          '$1: command not found',
        )
      : r.stderr;
  return { stdout: r.stdout, stderr, exitCode: r.exitCode === 126 ? 127 : r.exitCode, traces: r.traces };
}

export function readLogs(
  s: ClusterState,
  ref: PodRef,
  opts: { container?: string; previous?: boolean },
): { ok: true; text: string } | ApiFailure {
  const ns = ref.namespace ?? 'default';
  const pod = getObj(s, 'Pod', ns, ref.name);
  if (!pod) return refuse(notFound('Pod', ref.name));
  const names = pod.spec.containers.map((c) => c.name);
  if (!opts.container && names.length > 1)
    return refuse(
      badRequest(
        `a container name must be specified for pod ${ref.name}, choose one of: [${names.join(' ')}]`,
      ),
    );
  const name = opts.container ?? names[0] ?? '';
  if (!names.includes(name)) return refuse(badRequest(`container ${name} is not valid for pod ${ref.name}`));
  const st = pod.status?.containerStatuses?.find((c) => c.name === name);
  if (!st)
    return {
      ok: false,
      status: badRequest(`container "${name}" in pod "${ref.name}" is waiting to start: ContainerCreating`),
    };
  const rt = podRuntimeOf(s, ns, ref.name);
  if (opts.previous) {
    const prev = rt?.previous?.[name];
    if (prev === undefined)
      return {
        ok: false,
        status: badRequest(`previous terminated container "${name}" in pod "${ref.name}" not found`),
      };
    return { ok: true, text: prev };
  }
  return { ok: true, text: rt?.logs[name] ?? '' };
}

/** kubectl run: create the pod, let it run its command, collect what it printed, delete it with `rm`. */
export function runPod(tx: Tx, o: RunPodOptions): RunPodResult {
  const ns = o.namespace ?? 'default';
  const container: Container = { name: o.name, image: o.image };
  if (o.command) container.command = o.command;
  if (o.args && o.args.length) container.args = o.args;
  if (o.port) container.ports = [{ containerPort: o.port }];
  if (o.env) container.env = Object.entries(o.env).map(([name, value]) => ({ name, value }));
  if (o.attach) {
    container.stdin = true;
    container.tty = true;
  }
  const pod: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: o.name, namespace: ns, labels: o.labels ?? { run: o.name } },
    spec: { containers: [container], restartPolicy: o.restart ?? 'Always' },
  };
  const created = createObject(tx, pod, { namespace: ns });
  const empty = { stdout: '', stderr: '', exitCode: 0, deleted: false, traces: [] };
  if (!created.ok) return { ...empty, ok: false, error: created.status, exitCode: 1 };
  converge(tx);
  const after = getObj(tx.s, 'Pod', ns, o.name);
  const st = after?.status?.containerStatuses?.[0];
  const term = st?.state.terminated ?? st?.lastState.terminated;
  const out = podRuntimeOf(tx.s, ns, o.name)?.logs[o.name] ?? '';
  const res: RunPodResult = {
    ...empty,
    ok: true,
    stdout: o.attach ? out : '',
    exitCode: st?.state.running ? 0 : (term?.exitCode ?? 0),
    traces: tx.startTraces.get(`${ns}/${o.name}`) ?? [],
  };
  if (after) res.pod = after;
  if (o.rm && after) {
    cascade(tx, after, ns);
    res.deleted = true;
  }
  return res;
}
