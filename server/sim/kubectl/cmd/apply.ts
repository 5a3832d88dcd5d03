/** `kubectl apply -f`, `kubectl create -f`, `kubectl delete`. */
import type { ApiStatus } from '../../api.js';
import { formatKubectlError } from '../../errors.js';
import type { K8sObject, Kind } from '../../types.js';
import { CmdError, usageError, type Command, type Ctx } from '../context.js';
import { F } from '../flags.js';
import { manifestNamespace, readManifests, RESOURCE_USAGE } from '../manifests.js';
import { parseResourceArgs } from '../resource-args.js';
import { isNamespaced, KIND_PREFIX, qualifiedName } from '../resources.js';
import { listObjects, noResources, selectorFor } from './get.js';

/** kubectl's text for a failed request made on behalf of a file (`error when creating "web.yaml"`). */
export function fileError(status: ApiStatus, verb: string, source: string): string {
  if (status.reason === 'Invalid') return formatKubectlError(status);
  return `Error from server (${status.reason}): error when ${verb} "${source}": ${status.message}`;
}

function dryRunSuffix(ctx: Ctx): string {
  const d = ctx.flags.str('dry-run', 'none');
  if (d === 'none' || d === 'false') return '';
  if (d === 'server') return ' (server dry run)';
  if (d === 'client' || d === 'unchanged' || d === 'true') return ' (dry run)';
  throw new CmdError(`error: Invalid dry-run value (${d}). Must be "none", "server", or "client".`);
}

export function applyFiles(ctx: Ctx, mode: 'apply' | 'create'): void {
  if (!ctx.flags.has('filename')) throw new CmdError('error: must specify one of -f and -k');
  if (ctx.args.length > 0 && mode === 'create')
    throw usageError('create', `Unexpected args: [${ctx.args.join(' ')}]`);
  const suffix = dryRunSuffix(ctx);
  for (const { obj, source } of readManifests(ctx)) {
    const namespace = manifestNamespace(ctx, obj);
    const opts = { namespace, ...(suffix ? { dryRun: true } : {}) };
    const r = mode === 'apply' ? ctx.cluster.apply(obj, opts) : ctx.cluster.create(obj, opts);
    if (r.ok) ctx.out(`${qualifiedName(obj.kind, obj.metadata.name)} ${r.action}${suffix}\n`);
    else {
      ctx.err(`${fileError(r.status, mode === 'apply' ? 'creating' : 'creating', source)}\n`);
      ctx.fail();
    }
  }
}

export const applyCommand: Command = {
  path: ['apply'],
  flags: [
    F.filename,
    F.output,
    F.dryRun,
    F.validate,
    F.recursive,
    F.force,
    F.fieldManager,
    { name: 'server-side', kind: 'bool' },
  ],
  run: (ctx) => applyFiles(ctx, 'apply'),
};

/** `singular.group "name" deleted`, as kubectl v1.32 prints. */
function deletedLine(kind: Kind, name: string, suffix: string): string {
  return `${KIND_PREFIX[kind]} "${name}" deleted${suffix}\n`;
}

function deleteOne(
  ctx: Ctx,
  kind: Kind,
  name: string,
  namespace: string,
  suffix: string,
  source?: string,
): void {
  const r = ctx.cluster.delete({ kind, name, namespace }, suffix ? { dryRun: true } : {});
  const force = ctx.flags.bool('force') && ctx.flags.int('grace-period', -1) === 0;
  if (r.ok && force) ctx.out(`${KIND_PREFIX[kind]} "${name}" force deleted${suffix}\n`);
  else if (r.ok) ctx.out(deletedLine(kind, name, suffix));
  else if (r.status.reason === 'NotFound' && ctx.flags.bool('ignore-not-found')) return;
  else {
    ctx.err(`${source ? fileError(r.status, 'deleting', source) : formatKubectlError(r.status)}\n`);
    ctx.fail();
  }
}

function runDelete(ctx: Ctx): void {
  const suffix = dryRunSuffix(ctx);
  if (ctx.flags.bool('force') && ctx.flags.int('grace-period', -1) === 0)
    ctx.err(
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
    );
  const hasSel = ctx.flags.has('selector');
  const all = ctx.flags.bool('all');
  if (all && hasSel) throw new CmdError(`error: setting 'all' parameter but found a non empty selector. `);
  if (ctx.flags.has('filename')) {
    if (ctx.args.length > 0)
      throw new CmdError(
        'error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well',
      );
    for (const { obj, source } of readManifests(ctx))
      deleteOne(ctx, obj.kind, obj.metadata.name, manifestNamespace(ctx, obj), suffix, source);
    return;
  }
  if (ctx.args.length === 0) throw new CmdError(RESOURCE_USAGE);
  const allNs = ctx.flags.bool('all-namespaces');
  const groups = parseResourceArgs(ctx.args, 'delete');
  let deletedAny = false;
  let namespaced = false;
  for (const g of groups) {
    if (!g.kind) {
      if (g.names.length > 0) {
        for (const n of g.names) ctx.err(`Error from server (NotFound): ${g.word} "${n}" not found\n`);
        ctx.fail();
      }
      continue;
    }
    const kind = g.kind;
    namespaced ||= isNamespaced(kind);
    if (g.names.length > 0) {
      if (hasSel || all) throw new CmdError('error: name cannot be provided when a selector is specified');
      for (const name of g.names) deleteOne(ctx, kind, name, ctx.namespace, suffix);
      continue;
    }
    if (!hasSel && !all) throw new CmdError('error: resource(s) were provided, but no name was specified');
    const objs: K8sObject[] = listObjects(ctx, kind, allNs, selectorFor(ctx, kind));
    for (const o of objs) {
      deletedAny = true;
      deleteOne(ctx, kind, o.metadata.name, o.metadata.namespace ?? ctx.namespace, suffix);
    }
  }
  if (!deletedAny && (hasSel || all) && groups.every((g) => g.names.length === 0))
    ctx.err(noResources(ctx, allNs, namespaced));
}

export const deleteCommand: Command = {
  path: ['delete'],
  operands: ['resources'],
  flags: [
    F.filename,
    F.selector,
    F.all,
    F.allNamespaces,
    F.dryRun,
    F.force,
    F.gracePeriod,
    F.now,
    F.wait,
    F.timeout,
    F.output,
    F.recursive,
    { name: 'ignore-not-found', kind: 'bool' },
    { name: 'cascade', kind: 'opt' },
  ],
  run: runDelete,
};
