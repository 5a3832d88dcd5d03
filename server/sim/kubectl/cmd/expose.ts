/**
 * `kubectl expose`: a Service built from an existing object the way kubectl does it: selector from
 * the pod's labels / the Service's selector / the Deployment's matchLabels, ports from container
 * ports unless --port, and targetPort = port unless --target-port (the classic trap).
 */
import {
  PROTOCOLS,
  type K8sObject,
  type Kind,
  type Labels,
  type Service,
  type ServicePort,
} from '../../types.js';
import { SERVICE_TYPES } from '../../validation/service.js';
import { CmdError, type Command, type Ctx } from '../context.js';
import { F } from '../flags.js';
import { readManifests, RESOURCE_USAGE } from '../manifests.js';
import { parseResourceArgs } from '../resource-args.js';
import { submit } from './create.js';

const EXPOSABLE: ReadonlySet<Kind> = new Set(['Pod', 'Service', 'Deployment', 'ReplicaSet']);
const GROUP_KIND: Partial<Record<Kind, string>> = {
  Node: 'Node',
  Namespace: 'Namespace',
  Endpoints: 'Endpoints',
  EndpointSlice: 'EndpointSlice.discovery.k8s.io',
};

function selectorOf(obj: K8sObject): Labels {
  switch (obj.kind) {
    case 'Pod': {
      const l = obj.metadata.labels ?? {};
      if (Object.keys(l).length === 0) throw new Error('the pod has no labels and cannot be exposed');
      return { ...l };
    }
    case 'Service':
      if (!obj.spec.selector) throw new Error('the service has no pod selector set');
      return { ...obj.spec.selector };
    case 'Deployment':
    case 'ReplicaSet': {
      const sel = obj.spec.selector;
      const what = obj.kind === 'Deployment' ? 'deployment' : 'replicaset';
      if (sel.matchExpressions && sel.matchExpressions.length > 0) {
        const exprs = sel.matchExpressions
          .map((e) => `{Key:${e.key} Operator:${e.operator} Values:[${(e.values ?? []).join(' ')}]}`)
          .join(' ');
        throw new Error(`couldn't convert expressions - "[${exprs}]" to map-based selector format`);
      }
      if (!sel.matchLabels || Object.keys(sel.matchLabels).length === 0)
        throw new Error(`invalid ${what}: no selectors, therefore cannot be exposed`);
      return { ...sel.matchLabels };
    }
    default:
      throw new Error(`cannot expose a ${obj.kind}`);
  }
}

/** Ports (and their protocols) the object declares, de-duplicated in order. */
function portsOf(obj: K8sObject): Array<{ port: number; protocol: string }> {
  const seen = new Set<string>();
  const out: Array<{ port: number; protocol: string }> = [];
  const add = (port: number, protocol: string | undefined) => {
    const key = `${port}/${protocol ?? 'TCP'}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ port, protocol: protocol ?? 'TCP' });
  };
  if (obj.kind === 'Service') for (const p of obj.spec.ports ?? []) add(p.port, p.protocol);
  const spec =
    obj.kind === 'Pod'
      ? obj.spec
      : obj.kind === 'Deployment' || obj.kind === 'ReplicaSet'
        ? obj.spec.template.spec
        : undefined;
  for (const c of spec?.containers ?? []) for (const p of c.ports ?? []) add(p.containerPort, p.protocol);
  return out;
}

function parseLabelFlag(s: string): Labels {
  const out: Labels = {};
  for (const piece of s.split(',')) {
    const kv = piece.split('=');
    if (kv.length !== 2) throw new CmdError(`error: unexpected label spec: ${piece}`);
    if (kv[0] === '') throw new CmdError('error: unexpected empty label key');
    out[kv[0] as string] = kv[1] as string;
  }
  return out;
}

function target(ctx: Ctx): K8sObject {
  if (ctx.flags.has('filename')) {
    const m = readManifests(ctx)[0];
    if (!m) throw new CmdError(RESOURCE_USAGE);
    return m.obj;
  }
  if (ctx.args.length === 0) throw new CmdError(RESOURCE_USAGE);
  const groups = parseResourceArgs(ctx.args, 'expose');
  const g = groups[0];
  if (!g || !g.kind) throw new CmdError(`error: cannot expose a ${g?.word ?? 'resource'}`);
  const name = g.names[0];
  if (!name) throw new CmdError('error: resource(s) were provided, but no name was specified');
  if (!EXPOSABLE.has(g.kind)) throw new CmdError(`error: cannot expose a ${GROUP_KIND[g.kind] ?? g.kind}`);
  const r = ctx.cluster.read({ kind: g.kind, name, namespace: ctx.namespace });
  if (!r.ok) throw new CmdError(`Error from server (NotFound): ${r.status.message}`);
  return r.object;
}

function run(ctx: Ctx): void {
  const obj = target(ctx);
  let selector: Labels;
  try {
    selector = ctx.flags.has('selector') ? parseLabelFlag(ctx.flags.str('selector')) : selectorOf(obj);
  } catch (e) {
    if (e instanceof CmdError) throw e;
    throw new CmdError(
      `error: couldn't retrieve selectors via --selector flag or introspection: ${(e as Error).message}`,
    );
  }
  const clusterIP = ctx.flags.str('cluster-ip');
  const known = portsOf(obj);
  const portFlag = ctx.flags.str('port');
  let ports: Array<{ port: number; protocol: string }>;
  if (portFlag) {
    ports = portFlag.split(',').map((p) => {
      if (!/^\d+$/.test(p)) throw new CmdError(`error: strconv.Atoi: parsing "${p}": invalid syntax`);
      const n = Number(p);
      return { port: n, protocol: known.find((k) => k.port === n)?.protocol ?? 'TCP' };
    });
  } else ports = known;
  if (ports.length === 0 && clusterIP !== 'None')
    throw new CmdError("error: couldn't find port via --port flag or introspection");
  const protoFlag = ctx.flags.str('protocol');
  const tp = ctx.flags.str('target-port');
  const multiProto = new Set(ports.map((p) => p.port)).size !== ports.length;
  const servicePorts: ServicePort[] = ports.map((p, i) => {
    const protocol = (protoFlag || p.protocol) as ServicePort['protocol'];
    const name =
      ports.length > 1
        ? multiProto
          ? `port-${i + 1}-${String(protocol).toLowerCase()}`
          : `port-${i + 1}`
        : undefined;
    const targetPort = tp ? (/^\d+$/.test(tp) ? Number(tp) : tp) : p.port;
    return { ...(name ? { name } : {}), port: p.port, protocol, targetPort };
  });
  const affinity = ctx.flags.str('session-affinity');
  if (affinity && affinity !== 'None' && affinity !== 'ClientIP')
    throw new CmdError(`error: unknown session affinity: ${affinity}`);
  const name = (ctx.flags.str('name') || obj.metadata.name).slice(0, 63);
  const labels = ctx.flags.has('labels')
    ? parseLabelFlag(ctx.flags.str('labels'))
    : { ...(obj.metadata.labels ?? {}) };
  const type = ctx.flags.str('type');
  const externalIP = ctx.flags.str('external-ip');
  const lbIP = ctx.flags.str('load-balancer-ip');
  const svc: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name,
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
      ...(ctx.nsExplicit ? { namespace: ctx.namespace } : {}),
    },
    spec: {
      ports: servicePorts,
      selector,
      ...(type ? { type: type as Service['spec']['type'] } : {}),
      ...(clusterIP ? { clusterIP } : {}),
      ...(externalIP ? { externalIPs: externalIP.split(',') } : {}),
      ...(lbIP ? { loadBalancerIP: lbIP } : {}),
      ...(affinity ? { sessionAffinity: affinity as 'None' | 'ClientIP' } : {}),
    },
    status: { loadBalancer: {} },
  };
  submit(ctx, svc, undefined, 'exposed');
}

export const exposeCommand: Command = {
  path: ['expose'],
  operands: ['resources'],
  flags: [
    F.filename,
    F.output,
    F.dryRun,
    { name: 'selector', kind: 'string' },
    { name: 'port', kind: 'string' },
    { name: 'target-port', kind: 'string' },
    { name: 'type', kind: 'string', values: SERVICE_TYPES },
    { name: 'name', kind: 'string' },
    { name: 'protocol', kind: 'string', values: PROTOCOLS },
    F.labels,
    { name: 'cluster-ip', kind: 'string' },
    { name: 'external-ip', kind: 'string' },
    { name: 'load-balancer-ip', kind: 'string' },
    { name: 'session-affinity', kind: 'string' },
    F.fieldManager,
    F.save,
  ],
  run,
};
