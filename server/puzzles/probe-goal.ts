/**
 * Probe goals: send real simulated traffic and compare the outcome. Probes consume the engine's
 * randomness and may need a temporary client pod, so they always run on a scratch fork: checking goals
 * never changes the team's cluster.
 */
import type { Cluster, Pod, ProbeRequest, ProbeResult, ProbeSource } from '../sim/index.js';
import type { ProbeGoal } from './goal-schema.js';

export interface Verdict {
  met: boolean;
  detail: string;
}

const CLIENT_POD = 'arena-goal-client';
const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;
export const inNodePortRange = (p: number | undefined): boolean =>
  p !== undefined && p >= NODE_PORT_MIN && p <= NODE_PORT_MAX;

/** `scratch` is a fork made for this check; this function may change it freely. */
export function checkProbe(scratch: Cluster, goal: ProbeGoal): Verdict {
  if (goal.afterDeletingPods) {
    const { namespace, selector } = goal.afterDeletingPods;
    for (const p of scratch.list('Pod', { namespace, selector }))
      scratch.delete({ kind: 'Pod', namespace, name: p.metadata.name });
  }
  const source = sourceOf(scratch, goal);
  if ('error' in source) return { met: false, detail: source.error };
  const target = targetOf(scratch, goal, source.pod);
  if ('error' in target) return { met: false, detail: target.error };

  const attempts = goal.attempts ?? 1;
  const failures: ProbeResult[] = [];
  let last: ProbeResult | undefined;
  for (let i = 0; i < attempts; i++) {
    last = scratch.probe({ ...target.request, from: source.from });
    if (!meets(last, goal)) failures.push(last);
  }
  const where = describeTarget(target.request);
  if (failures.length === 0)
    return {
      met: true,
      detail: attempts > 1 ? `${where}: ${attempts} of ${attempts} succeeded` : `${where}: ${summary(last)}`,
    };
  const first = failures[0] as ProbeResult;
  const count = attempts > 1 ? `${failures.length} of ${attempts} attempts failed; ` : '';
  return { met: false, detail: `${where}: ${count}${summary(first)}` };
}

function meets(r: ProbeResult, goal: ProbeGoal): boolean {
  if (r.outcome !== goal.expect.outcome) return false;
  const want = goal.expect.bodyContains;
  return want === undefined || (r.response?.body ?? '').includes(want);
}

function summary(r: ProbeResult | undefined): string {
  if (r === undefined) return 'no request sent';
  const failed = r.hops.find((h) => !h.ok);
  if (r.outcome === 'ok') {
    const body = (r.response?.body ?? '').replace(/\s+/g, ' ').trim();
    const at = r.endpoint ? ` from ${r.endpoint.pod} (${r.endpoint.ip}:${r.endpoint.port})` : '';
    return `answered${at}${body ? `: "${body.length > 60 ? `${body.slice(0, 57)}...` : body}"` : ''}`;
  }
  return `${r.outcome}${failed ? ` (${failed.detail})` : ''}`;
}

function describeTarget(req: Omit<ProbeRequest, 'from'>): string {
  const proto = req.protocol && req.protocol !== 'TCP' ? `/${req.protocol}` : '';
  return `${req.host}:${req.port}${proto}${req.path && req.path !== '/' ? req.path : ''}`;
}

function sourceOf(scratch: Cluster, goal: ProbeGoal): { from: ProbeSource; pod?: Pod } | { error: string } {
  const f = goal.from;
  if (f.outside) return { from: { outside: true } };
  if (f.node !== undefined) {
    if (!scratch.get('Node', f.node)) return { error: `node ${f.node} does not exist` };
    return { from: { node: f.node } };
  }
  if (f.selector) {
    const pod = scratch
      .list('Pod', { namespace: f.namespace, selector: f.selector })
      .filter((p) => p.metadata.deletionTimestamp === undefined && isReady(p))
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))[0];
    if (!pod) return { error: `no ready pod with ${labelText(f.selector)} in namespace ${f.namespace}` };
    return { from: { pod: { name: pod.metadata.name, namespace: f.namespace } }, pod };
  }
  let name = CLIENT_POD;
  for (let i = 2; scratch.get('Pod', name, f.namespace); i++) name = `${CLIENT_POD}-${i}`;
  const run = scratch.runPod({
    name,
    namespace: f.namespace,
    image: f.image ?? 'busybox',
    args: ['sleep', '3600'],
    restart: 'Never',
  });
  if (!run.ok)
    return { error: `could not start a client pod in ${f.namespace}: ${run.error?.message ?? run.stderr}` };
  return { from: { pod: { name, namespace: f.namespace } } };
}

function targetOf(
  scratch: Cluster,
  goal: ProbeGoal,
  pod: Pod | undefined,
): { request: Omit<ProbeRequest, 'from'> } | { error: string } {
  const base = goal.protocol ? { protocol: goal.protocol } : {};
  const path = goal.path ? { path: goal.path } : {};
  if (goal.url !== undefined) return { request: { ...parseAddress(goal.url, 80), ...base } };
  if (goal.host !== undefined)
    return { request: { host: goal.host, port: goal.port ?? 80, ...base, ...path } };
  if (goal.envUrl !== undefined) {
    const env = pod?.spec.containers[0]?.env?.find((e) => e.name === goal.envUrl);
    if (env?.value === undefined || env.value === '')
      return { error: `${pod?.metadata.name ?? 'the pod'} has no ${goal.envUrl} setting` };
    return { request: { ...parseAddress(env.value, goal.port ?? 80), ...base } };
  }
  const ref = goal.service;
  if (ref === undefined) return { error: 'the goal names no target' };
  const svc = scratch.get('Service', ref.name, ref.namespace);
  const port = svc?.spec.ports?.[0];
  if (!svc || !port) return { error: `service ${ref.namespace}/${ref.name} does not exist` };
  const protocol = goal.protocol ?? port.protocol ?? 'TCP';
  if (ref.via === 'cluster-ip') {
    const ip = svc.spec.clusterIP;
    if (!ip || ip === 'None') return { error: `service ${ref.name} has no ClusterIP` };
    return { request: { host: ip, port: port.port, protocol, ...path } };
  }
  if (!inNodePortRange(port.nodePort)) return { error: `service ${ref.name} has no node port` };
  const node = scratch
    .list('Node')
    .filter((n) => !(n.spec.taints ?? []).some((t) => t.effect === 'NoSchedule'))
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))[0];
  const ip = node?.status.addresses.find((a) => a.type === 'InternalIP')?.address;
  if (!ip) return { error: 'no worker node has an IP' };
  return { request: { host: ip, port: port.nodePort as number, protocol, ...path } };
}

/** `http://host[:port][/path]`, `host:port` or `host`. */
export function parseAddress(
  text: string,
  defaultPort: number,
): { host: string; port: number; path?: string } {
  const m = /^(?:[a-z]+:\/\/)?([^/:\s]+)(?::(\d+))?(\/\S*)?$/i.exec(text.trim());
  if (!m) return { host: text.trim(), port: defaultPort };
  const out = { host: m[1] as string, port: m[2] ? Number(m[2]) : defaultPort };
  return m[3] ? { ...out, path: m[3] } : out;
}

function isReady(p: Pod): boolean {
  return p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

export function labelText(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}
