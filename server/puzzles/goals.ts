/**
 * Checks a puzzle's goals against a cluster. Reads only: probes run on one scratch fork (or their own,
 * when they delete pods first), so the team's cluster, its event log and its randomness are untouched.
 */
import type { Cluster, EndpointAddress, EndpointSubset } from '../sim/index.js';
import { readField } from './field-path.js';
import type { Goal } from './goal-schema.js';
import type { PuzzleInstance } from './instance.js';
import { checkProbe, inNodePortRange, labelText } from './probe-goal.js';
import type { Verdict } from './probe-goal.js';

export interface GoalResult {
  id: string;
  description: string;
  met: boolean;
  /** What was found, in a sentence, e.g. `0 ready endpoints (want 3)`. */
  detail: string;
  guard: boolean;
}

export function checkGoals(cluster: Cluster, goals: PuzzleInstance | readonly Goal[]): GoalResult[] {
  const list = 'puzzle' in goals ? goals.puzzle.goals : goals;
  let scratch: Cluster | undefined;
  return list.map((goal) => {
    let v: Verdict;
    if (goal.kind === 'probe') {
      // A probe that deletes pods gets a fork of its own so it cannot disturb the probes after it.
      const fork = goal.afterDeletingPods ? cluster.fork() : (scratch ??= cluster.fork());
      v = checkProbe(fork, goal);
    } else v = checkState(cluster, goal);
    return { id: goal.id, description: goal.description, met: v.met, detail: v.detail, guard: goal.guard };
  });
}

export const allMet = (results: readonly GoalResult[]): boolean => results.every((r) => r.met);

function checkState(c: Cluster, goal: Exclude<Goal, { kind: 'probe' }>): Verdict {
  switch (goal.kind) {
    case 'endpoints':
      return checkEndpoints(c, goal);
    case 'service':
      return checkService(c, goal);
    case 'no-service-of-type':
      return checkNoServiceOfType(c, goal);
    case 'deployment':
      return checkDeployment(c, goal);
    case 'object-field':
      return checkObjectField(c, goal);
    case 'kube-proxy-synced':
      return checkKubeProxy(c, goal);
  }
}

type Of<K extends Goal['kind']> = Extract<Goal, { kind: K }>;

function checkEndpoints(c: Cluster, g: Of<'endpoints'>): Verdict {
  const ep = c.get('Endpoints', g.service, g.namespace);
  if (!ep) return { met: false, detail: `no endpoints object for service ${g.namespace}/${g.service}` };
  const subsets = ep.subsets ?? [];
  const ready = subsets.flatMap((s) => s.addresses ?? []);
  const readyIps = new Set(ready.map((a) => a.ip));
  const notReady = new Set(subsets.flatMap((s) => s.notReadyAddresses ?? []).map((a) => a.ip));
  const problems: string[] = [];
  if (g.readyCount !== undefined && readyIps.size !== g.readyCount)
    problems.push(`${readyIps.size} ready endpoints (want ${g.readyCount})`);
  if (g.notReadyCount !== undefined && notReady.size !== g.notReadyCount)
    problems.push(`${notReady.size} not-ready endpoints (want ${g.notReadyCount})`);
  if (g.distinctIps && subsets.some((s) => hasDuplicates(s.addresses ?? [])))
    problems.push('the same IP is listed twice');
  if (g.port !== undefined) {
    const ports = [
      ...new Set(
        subsets
          .filter((s) => (s.addresses ?? []).length > 0)
          .flatMap((s) => (s.ports ?? []).map((p) => p.port)),
      ),
    ];
    if (ports.length === 0) problems.push(`no endpoint ports (want ${g.port})`);
    else if (ports.some((p) => p !== g.port))
      problems.push(`endpoint port ${ports.join(', ')} (want ${g.port})`);
  }
  const found = readyIps.size === 0 ? 'no ready endpoints' : `ready: ${endpointText(subsets)}`;
  return problems.length === 0 ? { met: true, detail: found } : { met: false, detail: problems.join('; ') };
}

function hasDuplicates(addresses: readonly EndpointAddress[]): boolean {
  return new Set(addresses.map((a) => a.ip)).size !== addresses.length;
}

function endpointText(subsets: readonly EndpointSubset[]): string {
  return subsets
    .flatMap((s) => (s.addresses ?? []).flatMap((a) => (s.ports ?? []).map((p) => `${a.ip}:${p.port}`)))
    .join(', ');
}

function checkService(c: Cluster, g: Of<'service'>): Verdict {
  const svc = c.get('Service', g.name, g.namespace);
  if (g.absent)
    return svc
      ? { met: false, detail: `service ${g.name} still exists` }
      : { met: true, detail: `no service ${g.name}` };
  if (!svc) return { met: false, detail: `service ${g.namespace}/${g.name} does not exist` };
  const type = svc.spec.type ?? 'ClusterIP';
  const ports = svc.spec.ports ?? [];
  const problems: string[] = [];
  if (g.type !== undefined && type !== g.type) problems.push(`type is ${type} (want ${g.type})`);
  const ip = svc.spec.clusterIP;
  const hasIp = ip !== undefined && ip !== '' && ip !== 'None';
  if (g.hasClusterIP !== undefined && hasIp !== g.hasClusterIP)
    problems.push(hasIp ? `has ClusterIP ${ip}` : 'has no ClusterIP');
  if (g.nodePortInRange && (ports.length === 0 || !ports.every((p) => inNodePortRange(p.nodePort))))
    problems.push(`node ports ${ports.map((p) => p.nodePort ?? 'none').join(', ')} (want 30000-32767)`);
  for (const want of g.ports ?? []) {
    const hit = ports.some(
      (p) =>
        (want.name === undefined || p.name === want.name) &&
        (want.port === undefined || p.port === want.port) &&
        (want.protocol === undefined || (p.protocol ?? 'TCP') === want.protocol) &&
        (want.targetPort === undefined || (p.targetPort ?? p.port) === want.targetPort),
    );
    if (!hit) problems.push(`no port like ${JSON.stringify(want)}`);
  }
  if (g.selector !== undefined && !sameLabels(svc.spec.selector ?? {}, g.selector))
    problems.push(
      `selector is ${labelText(svc.spec.selector ?? {}) || '<none>'} (want ${labelText(g.selector)})`,
    );
  const portText = ports
    .map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`)
    .join(',');
  return problems.length === 0
    ? { met: true, detail: `${type} ${hasIp ? ip : 'None'} ${portText}` }
    : { met: false, detail: problems.join('; ') };
}

function sameLabels(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

function checkNoServiceOfType(c: Cluster, g: Of<'no-service-of-type'>): Verdict {
  const types: readonly string[] = Array.isArray(g.type) ? g.type : [g.type];
  const offenders = c
    .list('Service', { namespace: g.namespace ?? null })
    .filter((s) => types.includes(s.spec.type ?? 'ClusterIP'))
    .filter((s) => {
      if (!g.selecting) return true;
      const sel = Object.entries(s.spec.selector ?? {});
      return sel.length > 0 && sel.every(([k, v]) => g.selecting?.[k] === v);
    })
    .map((s) => `${s.metadata.namespace}/${s.metadata.name} (${s.spec.type})`);
  return offenders.length === 0
    ? { met: true, detail: `no service of type ${types.join(' or ')}` }
    : { met: false, detail: `found ${offenders.join(', ')}` };
}

function checkDeployment(c: Cluster, g: Of<'deployment'>): Verdict {
  const d = c.get('Deployment', g.name, g.namespace);
  if (!d) return { met: false, detail: `deployment ${g.namespace}/${g.name} does not exist` };
  const ready = d.status?.readyReplicas ?? 0;
  const images = d.spec.template.spec.containers.map((x) => x.image);
  const problems: string[] = [];
  if (g.readyReplicas !== undefined && ready !== g.readyReplicas)
    problems.push(`${ready} ready replicas (want ${g.readyReplicas})`);
  if (g.image !== undefined && !images.every((i) => i.includes(g.image as string)))
    problems.push(`image ${images.join(', ')} (want ${g.image})`);
  return problems.length === 0
    ? { met: true, detail: `${ready} ready replicas of ${images.join(', ')}` }
    : { met: false, detail: problems.join('; ') };
}

function checkObjectField(c: Cluster, g: Of<'object-field'>): Verdict {
  const obj = c.get(g.object.kind, g.object.name, g.object.namespace);
  if (!obj) return { met: false, detail: `${g.object.kind} ${g.object.name} does not exist` };
  const value = readField(obj, g.path);
  const shown = value === undefined ? '<unset>' : JSON.stringify(value);
  const text = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const fails =
    (g.exists !== undefined && (value !== undefined) !== g.exists) ||
    (g.equals !== undefined && value !== g.equals) ||
    (g.notEquals !== undefined && value === g.notEquals) ||
    (g.matches !== undefined && (value === undefined || !new RegExp(g.matches).test(text))) ||
    (g.notMatches !== undefined && value !== undefined && new RegExp(g.notMatches).test(text));
  return { met: !fails, detail: `${g.path} is ${shown}` };
}

function checkKubeProxy(c: Cluster, g: Of<'kube-proxy-synced'>): Verdict {
  const nodes = g.nodes ?? c.list('Node').map((n) => n.metadata.name);
  const stale: string[] = [];
  for (const node of nodes) {
    const view = c.kubeProxy(node);
    if (!view) stale.push(`${node} (kube-proxy not running)`);
    else if (view.stale) stale.push(node);
  }
  return stale.length === 0
    ? { met: true, detail: `rules in sync on ${nodes.join(', ')}` }
    : { met: false, detail: `stale rules on ${stale.join(', ')}` };
}
