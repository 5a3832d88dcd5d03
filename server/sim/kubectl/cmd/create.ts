/** `kubectl create -f`, `create deployment|service|namespace` (objects built like kubectl's generators). */
import type { ApiResult } from '../../api.js';
import { formatKubectlError } from '../../errors.js';
import type { Deployment, K8sObject, Namespace, Service, ServicePort } from '../../types.js';
import type { FlagSpec } from '../args.js';
import { CmdError, usageError, type Command, type Ctx } from '../context.js';
import { F } from '../flags.js';
import { toJson, toYaml } from '../print/encode.js';
import { qualifiedName } from '../resources.js';
import { validatePortName } from '../validate.js';
import { applyFiles } from './apply.js';
import { checkOutputFormat } from './get.js';

const WRITE_FLAGS: FlagSpec[] = [F.output, F.dryRun, F.validate, F.fieldManager, F.save];

/** Print the result of a create: `-o yaml|json|name`, or `<kind>/<name> created`. */
export function printCreated(ctx: Ctx, obj: K8sObject, verb = 'created'): void {
  const output = ctx.flags.str('output');
  checkOutputFormat(output);
  const dry = ctx.flags.str('dry-run', 'none');
  const suffix =
    dry === 'server' ? ' (server dry run)' : dry === 'none' || dry === 'false' ? '' : ' (dry run)';
  if (output === 'yaml') ctx.out(toYaml(obj));
  else if (output === 'json') ctx.out(toJson(obj));
  else if (output === 'name') ctx.out(`${qualifiedName(obj.kind, obj.metadata.name)}\n`);
  else ctx.out(`${qualifiedName(obj.kind, obj.metadata.name)} ${verb}${suffix}\n`);
}

/**
 * Send a generated object unless `--dry-run=client`; `wrap` reproduces kubectl's own prefix for
 * some subcommands (`failed to create deployment: ...`).
 */
export function submit(ctx: Ctx, obj: K8sObject, wrap?: string, verb = 'created'): void {
  const dry = ctx.flags.str('dry-run', 'none');
  if (!['none', 'false', 'client', 'server', 'unchanged', 'true'].includes(dry))
    throw new CmdError(`error: Invalid dry-run value (${dry}). Must be "none", "server", or "client".`);
  if (dry !== 'none' && dry !== 'server' && dry !== 'false') {
    // What kubectl prints for an object it built itself: null timestamps, and no defaults yet.
    const clientObj = structuredClone(obj) as unknown as Record<string, Record<string, unknown>>;
    (clientObj.metadata as Record<string, unknown>).creationTimestamp = null;
    const tmpl = (clientObj.spec?.template as { metadata?: Record<string, unknown> } | undefined)?.metadata;
    if (tmpl) tmpl.creationTimestamp = null;
    printCreated(ctx, clientObj as unknown as K8sObject, verb);
    return;
  }
  const r: ApiResult = ctx.cluster.create(obj, {
    namespace: ctx.namespace,
    ...(dry === 'server' ? { dryRun: true } : {}),
  });
  if (!r.ok) {
    if (wrap) throw new CmdError(`error: ${wrap}: ${r.status.message}`);
    throw new CmdError(formatKubectlError(r.status));
  }
  printCreated(ctx, r.object, verb);
}

function oneName(ctx: Ctx): string {
  if (ctx.args.length !== 1)
    throw usageError(ctx.cmdPath, `exactly one NAME is required, got ${ctx.args.length}`);
  return ctx.args[0] as string;
}

/** Container name from an image: last path segment without tag or digest. */
export function containerNameFromImage(image: string): string {
  const last = image.split('/').pop() ?? image;
  return last.split('@')[0]!.split(':')[0]!.replace(/[._]/g, '-').toLowerCase();
}

const createDeployment: Command = {
  path: ['create', 'deployment'],
  flags: [
    ...WRITE_FLAGS,
    { name: 'image', kind: 'strings' },
    { name: 'replicas', short: 'r', kind: 'int' },
    { name: 'port', kind: 'int' },
  ],
  run(ctx) {
    if (!ctx.flags.has('image')) throw new CmdError('error: required flag(s) "image" not set');
    const name = oneName(ctx);
    const images = ctx.flags.list('image');
    const labels = { app: name };
    const port = ctx.flags.int('port', -1);
    const containers = images.map((image) => ({
      image,
      name: containerNameFromImage(image),
      ...(port >= 0 ? { ports: [{ containerPort: port }] } : {}),
      resources: {},
    }));
    const d: Deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, labels, ...(ctx.nsExplicit ? { namespace: ctx.namespace } : {}) },
      spec: {
        replicas: ctx.flags.int('replicas', 1),
        selector: { matchLabels: { ...labels } },
        strategy: {},
        template: { metadata: { labels: { ...labels } }, spec: { containers } },
      },
      status: {},
    };
    submit(ctx, d, 'failed to create deployment');
  },
};

function parseTcp(spec: string): { port: number; targetPort: number | string } {
  const [p, t] = spec.split(':') as [string, string | undefined];
  if (!/^\d+$/.test(p)) throw new CmdError(`error: strconv.ParseUint: parsing "${p}": invalid syntax`);
  const port = Number(p);
  if (port > 65535) throw new CmdError(`error: strconv.ParseUint: parsing "${p}": value out of range`);
  if (t === undefined) return { port, targetPort: port };
  if (/^-?\d+$/.test(t)) {
    const n = Number(t);
    if (n < 1 || n > 65535) throw new CmdError('error: must be between 1 and 65535, inclusive');
    return { port, targetPort: n };
  }
  const err = validatePortName(t);
  if (err.length > 0) throw new CmdError(`error: ${err.join(',')}`);
  return { port, targetPort: t };
}

function serviceCommand(sub: string, type: Service['spec']['type'] & string, extra: FlagSpec[]): Command {
  return {
    path: ['create', 'service', sub],
    flags: [...WRITE_FLAGS, { name: 'tcp', kind: 'strings' }, ...extra],
    run(ctx) {
      const name = oneName(ctx);
      const tcp = ctx.flags.list('tcp');
      if (type !== 'ExternalName' && tcp.length === 0)
        throw new CmdError('error: at least one tcp port specifier must be provided');
      const nodePort = ctx.flags.int('node-port', 0);
      const ports: ServicePort[] = tcp.map((s) => {
        const { port, targetPort } = parseTcp(s);
        return {
          name: s.replace(/:/g, '-'),
          port,
          protocol: 'TCP',
          targetPort,
          ...(nodePort ? { nodePort } : {}),
        };
      });
      const clusterIP = ctx.flags.str('clusterip');
      const svc: Service = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name, labels: { app: name }, ...(ctx.nsExplicit ? { namespace: ctx.namespace } : {}) },
        spec: {
          ...(ports.length > 0 ? { ports } : {}),
          selector: { app: name },
          type,
          ...(clusterIP ? { clusterIP } : {}),
          ...(type === 'ExternalName' ? { externalName: ctx.flags.str('external-name') } : {}),
        },
        status: { loadBalancer: {} },
      };
      submit(ctx, svc, `failed to create ${type} service`);
    },
  };
}

const createNamespace: Command = {
  path: ['create', 'namespace'],
  flags: WRITE_FLAGS,
  run(ctx) {
    const name = oneName(ctx);
    const ns: Namespace = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name },
      spec: {},
      status: {} as Namespace['status'],
    };
    submit(ctx, ns);
  },
};

const SERVICE_HELP = `Create a service using a specified subcommand.

Aliases:
service, svc

Available Commands:
  clusterip      Create a ClusterIP service
  externalname   Create an ExternalName service
  loadbalancer   Create a LoadBalancer service
  nodeport       Create a NodePort service

Usage:
  kubectl create service [flags] [options]
`;

const createService: Command = {
  path: ['create', 'service'],
  flags: [],
  run(ctx) {
    if (ctx.args.length === 0) {
      ctx.out(SERVICE_HELP);
      return;
    }
    throw usageError('create service', `unknown command "${ctx.args.join(' ')}"`);
  },
};

const createParent: Command = {
  path: ['create'],
  flags: [F.filename, ...WRITE_FLAGS, F.recursive, F.selector],
  run(ctx) {
    if (!ctx.flags.has('filename') && ctx.args.length > 0)
      throw usageError('create', `Unexpected args: [${ctx.args.join(' ')}]`);
    applyFiles(ctx, 'create');
  },
};

const services = [
  serviceCommand('clusterip', 'ClusterIP', [{ name: 'clusterip', kind: 'string' }]),
  serviceCommand('nodeport', 'NodePort', [{ name: 'node-port', kind: 'int' }]),
  serviceCommand('loadbalancer', 'LoadBalancer', []),
  serviceCommand('externalname', 'ExternalName', [{ name: 'external-name', kind: 'string' }]),
];

/** Every create command, with kubectl's aliases (`create deploy`, `create svc`, `create ns`). */
export const createCommands: Command[] = [
  createParent,
  createDeployment,
  { ...createDeployment, path: ['create', 'deploy'] },
  createNamespace,
  { ...createNamespace, path: ['create', 'ns'] },
  createService,
  { ...createService, path: ['create', 'svc'] },
  ...services,
  ...services.map((s) => ({ ...s, path: ['create', 'svc', s.path[2] as string] })),
];
