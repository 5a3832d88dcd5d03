/** Resolving `TYPE NAME` / `TYPE/NAME` / `-l` / `--all` / `-f` arguments to existing objects. */
import { formatKubectlError } from '../errors.js';
import type { K8sObject } from '../types.js';
import { CmdError, type Ctx } from './context.js';
import { listObjects, selectorFor } from './cmd/get.js';
import { readManifests, RESOURCE_USAGE } from './manifests.js';
import { parseResourceArgs } from './resource-args.js';

/**
 * Objects named by the arguments. Missing objects print kubectl's NotFound line and mark the
 * command failed; the rest are returned so the command carries on, like kubectl.
 */
export function resolveTargets(ctx: Ctx, args: string[], cmd: string): K8sObject[] {
  if (ctx.flags.has('filename')) {
    const out: K8sObject[] = [];
    for (const { obj } of readManifests(ctx)) {
      const r = ctx.cluster.read({
        kind: obj.kind,
        name: obj.metadata.name,
        namespace: obj.metadata.namespace ?? ctx.namespace,
      });
      if (r.ok) out.push(r.object);
      else {
        ctx.err(`${formatKubectlError(r.status)}\n`);
        ctx.fail();
      }
    }
    return out;
  }
  if (args.length === 0) throw new CmdError(RESOURCE_USAGE);
  const out: K8sObject[] = [];
  const bulk = ctx.flags.has('selector') || (ctx.flags.has('all') && ctx.flags.bool('all'));
  for (const g of parseResourceArgs(args, cmd)) {
    if (!g.kind) {
      for (const n of g.names) ctx.err(`Error from server (NotFound): ${g.word} "${n}" not found\n`);
      if (g.names.length > 0) ctx.fail();
      continue;
    }
    if (g.names.length === 0) {
      if (!bulk) throw new CmdError('error: resource(s) were provided, but no name was specified');
      out.push(...listObjects(ctx, g.kind, ctx.flags.bool('all-namespaces'), selectorFor(ctx, g.kind)));
      continue;
    }
    for (const name of g.names) {
      const r = ctx.cluster.read({ kind: g.kind, name, namespace: ctx.namespace });
      if (r.ok) out.push(r.object);
      else {
        ctx.err(`${formatKubectlError(r.status)}\n`);
        ctx.fail();
      }
    }
  }
  return out;
}

export const refOf = (o: K8sObject) => ({
  kind: o.kind,
  name: o.metadata.name,
  ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}),
});
