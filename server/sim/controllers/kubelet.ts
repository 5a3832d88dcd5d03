/**
 * The kubelet of each node: gives a scheduled pod its IP (host-local IPAM on the node's pod CIDR, or the
 * node IP with hostNetwork), starts its containers as their images do (images/catalog.ts, net/shell.ts),
 * and reports container states, readiness (readiness probes check that something listens on the probed
 * port) and the pod phase.
 */
import { allocatePodIP } from '../core/nodes.js';
import { key, type RuntimeListener, type Tx } from '../core/state.js';
import { rfc3339 } from '../core/time.js';
import { argvOf, mainProcess, toolsOf } from '../images/catalog.js';
import { runArgv } from '../net/shell.js';
import type { Condition, Container, ContainerStatus, Pod, PodStatus } from '../types.js';
import { nodeOf, nodeReady } from './scheduler.js';

/** Give a bound pod its IP (the container controller starts it once the cluster has settled). */
export function admitPod(tx: Tx, pod: Pod): void {
  if (!pod.spec.nodeName || pod.status?.podIP || pod.status?.phase !== 'Pending') return;
  const node = nodeOf(tx, pod);
  const rt = tx.s.nodes[pod.spec.nodeName];
  if (!node || !rt || !nodeReady(node)) return;
  const ns = pod.metadata.namespace ?? 'default';
  const ip = pod.spec.hostNetwork ? rt.ip : allocatePodIP(tx, pod.spec.nodeName, key(ns, pod.metadata.name));
  if (!ip) return;
  tx.nodeRuntime(pod.spec.nodeName).pods += 1;
  tx.put('Pod', ns, {
    ...pod,
    status: {
      ...(pod.status ?? { phase: 'Pending' }),
      hostIP: rt.ip,
      hostIPs: [{ ip: rt.ip }],
      podIP: ip,
      podIPs: [{ ip }],
      startTime: rfc3339(tx.s.clock),
    },
  });
}

export function normalizeImage(image: string): string {
  let ref = image;
  const firstSlash = ref.indexOf('/');
  const first = firstSlash < 0 ? '' : ref.slice(0, firstSlash);
  if (!first || (!first.includes('.') && !first.includes(':') && first !== 'localhost'))
    ref = `docker.io/${firstSlash < 0 ? 'library/' : ''}${ref}`;
  const lastSlash = ref.lastIndexOf('/');
  if (!ref.slice(lastSlash).includes(':') && !ref.includes('@')) ref += ':latest';
  return ref;
}

function probePasses(c: Container, listeners: RuntimeListener[]): boolean {
  const p = c.readinessProbe;
  if (!p) return true;
  const port = p.httpGet?.port ?? p.tcpSocket?.port;
  if (port === undefined) return true;
  const num = typeof port === 'number' ? port : c.ports?.find((x) => x.name === port)?.containerPort;
  return (
    num !== undefined &&
    listeners.some((l) => l.container === c.name && l.port === num && l.protocol === 'TCP')
  );
}

/** Run every container of the pod once and publish the resulting status. */
export function startPod(tx: Tx, ns: string, name: string, restarted = false): void {
  const pod = tx.get('Pod', ns, name);
  if (!pod?.status?.podIP) return;
  const now = rfc3339(tx.s.clock);
  const rt = tx.podRuntime(ns, name);
  const prevStatuses = pod.status.containerStatuses ?? [];
  const listeners: RuntimeListener[] = [];
  const logs: Record<string, string> = {};
  const statuses: ContainerStatus[] = [];
  const policy = pod.spec.restartPolicy ?? 'Always';
  for (const c of pod.spec.containers) {
    const prev = prevStatuses.find((s) => s.name === c.name);
    const proc = mainProcess(pod, c, now);
    let running = true;
    let exitCode = 0;
    if (proc.kind === 'serve') {
      listeners.push(...proc.listeners.map((l) => ({ ...l, container: c.name })));
      logs[c.name] = proc.log;
    } else {
      const argv = argvOf(c);
      const r =
        argv[0] === '/http-echo-missing-text'
          ? {
              stdout: '',
              stderr: 'Missing -text option!\n',
              exitCode: 127,
              traces: [],
              running: false,
              listeners: [],
            }
          : runArgv({ tx, pod, container: c, tools: toolsOf(c.image), atStart: true }, proc.argv);
      logs[c.name] = r.stdout + r.stderr;
      tx.startTraces.set(key(ns, name), [...(tx.startTraces.get(key(ns, name)) ?? []), ...r.traces]);
      running = !!r.running;
      exitCode = r.exitCode;
      for (const l of r.listeners ?? []) listeners.push({ ...l, container: c.name });
    }
    const base = {
      name: c.name,
      image: normalizeImage(c.image),
      imageID: `${normalizeImage(c.image).replace(/:[^:/]+$/, '')}@sha256:${tx.rng.hex(64)}`,
      containerID: `containerd://${tx.rng.hex(64)}`,
      started: running,
    };
    const restarts = (prev?.restartCount ?? 0) + (restarted ? 1 : 0);
    const lastState = restarted
      ? {
          terminated: {
            exitCode: 137,
            reason: 'Error',
            startedAt: prev?.state.running?.startedAt ?? now,
            finishedAt: now,
          },
        }
      : (prev?.lastState ?? {});
    if (running)
      statuses.push({
        ...base,
        ready: false,
        restartCount: restarts,
        state: { running: { startedAt: now } },
        lastState,
      });
    else {
      const reason = exitCode === 0 ? 'Completed' : 'Error';
      const terminated = { exitCode, reason, startedAt: now, finishedAt: now };
      const restartsForever = policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
      if (restartsForever)
        statuses.push({
          ...base,
          started: false,
          ready: false,
          restartCount: restarts + 1,
          state: {
            waiting: {
              reason: 'CrashLoopBackOff',
              message: `back-off 10s restarting failed container=${c.name} pod=${name}_${ns}(${pod.metadata.uid})`,
            },
          },
          lastState: { terminated },
        });
      else
        statuses.push({
          ...base,
          started: false,
          ready: false,
          restartCount: restarts,
          state: { terminated },
          lastState: {},
        });
    }
  }
  for (const s of statuses)
    if (s.state.running)
      s.ready = probePasses(pod.spec.containers.find((c) => c.name === s.name) as Container, listeners);
  if (restarted) rt.previous = rt.logs;
  rt.logs = logs;
  rt.listeners = listeners;
  tx.put('Pod', ns, { ...pod, status: podStatus(pod, statuses, now) });
}

function podStatus(pod: Pod, statuses: ContainerStatus[], now: string): PodStatus {
  const allReady = statuses.every((s) => s.ready);
  const anyRunning = statuses.some((s) => s.state.running || s.state.waiting);
  const terminated = statuses.map((s) => s.state.terminated).filter((t) => t !== undefined);
  let phase: PodStatus['phase'] = 'Running';
  if (!anyRunning && terminated.length === statuses.length)
    phase = terminated.every((t) => t.exitCode === 0) ? 'Succeeded' : 'Failed';
  const prevConds = pod.status?.conditions ?? [];
  const cond = (type: string, ok: boolean, reason?: string): Condition => {
    const old = prevConds.find((c) => c.type === type);
    const status = ok ? 'True' : 'False';
    const c: Condition = {
      type,
      status,
      lastProbeTime: null,
      lastTransitionTime: old && old.status === status ? (old.lastTransitionTime ?? now) : now,
    };
    if (reason) c.reason = reason;
    return c;
  };
  const done = phase === 'Succeeded' || phase === 'Failed';
  const notReady = done ? 'PodCompleted' : 'ContainersNotReady';
  return {
    ...(pod.status ?? { phase }),
    phase,
    conditions: [
      cond('PodReadyToStartContainers', !done),
      cond('Initialized', true, done ? 'PodCompleted' : undefined),
      cond('Ready', allReady && !done, allReady && !done ? undefined : notReady),
      cond('ContainersReady', allReady && !done, allReady && !done ? undefined : notReady),
      cond('PodScheduled', true),
    ],
    containerStatuses: statuses,
    qosClass: 'BestEffort',
  };
}
