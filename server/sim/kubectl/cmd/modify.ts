/** scale, label, annotate, set selector. */
import { formatKubectlError } from '../../errors.js';
import type { Service } from '../../types.js';
import { CmdError, type Command, type Ctx } from '../context.js';
import { F } from '../flags.js';
import { qualifiedName } from '../resources.js';
import { validateLabelKey, validateLabelValue } from '../selector.js';
import { refOf, resolveTargets } from '../targets.js';

export function report(
  ctx: Ctx,
  r: ReturnType<Ctx['cluster']['patch']>,
  okText: (changed: boolean) => string,
): void {
  if (r.ok) ctx.out(`${okText(r.changed)}\n`);
  else {
    ctx.err(`${formatKubectlError(r.status)}\n`);
    ctx.fail();
  }
}

const scale: Command = {
  path: ['scale'],
  operands: ['resources'],
  flags: [
    F.filename,
    F.selector,
    F.all,
    { name: 'replicas', kind: 'int' },
    { name: 'current-replicas', kind: 'int' },
    F.dryRun,
    F.output,
    F.timeout,
  ],
  run(ctx) {
    if (!ctx.flags.has('replicas')) throw new CmdError('error: required flag(s) "replicas" not set');
    const n = ctx.flags.int('replicas', -1);
    if (n < 0)
      throw new CmdError(
        'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
      );
    for (const o of resolveTargets(ctx, ctx.args, 'scale')) {
      if (o.kind !== 'Deployment' && o.kind !== 'ReplicaSet') {
        ctx.err(`error: no scaler has been implemented for {"" "${o.kind}"}\n`);
        ctx.fail();
        continue;
      }
      report(ctx, ctx.cluster.scale(refOf(o), n), () => `${qualifiedName(o.kind, o.metadata.name)} scaled`);
    }
  },
};

/** Split `kubectl label TYPE NAME k=v k2-` into resource words and changes. */
function splitChanges(
  ctx: Ctx,
  what: 'label' | 'annotation',
): { resources: string[]; set: Record<string, string>; remove: string[] } {
  const resources: string[] = [];
  const set: Record<string, string> = {};
  const remove: string[] = [];
  let seenChange = false;
  for (const a of ctx.args) {
    const isChange = a.includes('=') || (a.endsWith('-') && a.length > 1);
    if (!isChange) {
      if (seenChange)
        throw new CmdError(`error: all resources must be specified before ${what} changes: ${a}`);
      resources.push(a);
      continue;
    }
    seenChange = true;
    if (a.includes('=')) {
      const eq = a.indexOf('=');
      const k = a.slice(0, eq);
      const v = a.slice(eq + 1);
      if (what === 'label') {
        if (validateLabelKey(k) || v.includes('=')) throw new CmdError(`error: invalid label spec: ${a}`);
        const verr = validateLabelValue(v);
        if (verr) throw new CmdError(`error: invalid label value: "${a}": ${verr}`);
      }
      set[k] = v;
    } else remove.push(a.slice(0, -1));
  }
  if (!seenChange) throw new CmdError(`error: at least one ${what} update is required`);
  return { resources, set, remove };
}

function labelLike(field: 'labels' | 'annotations'): Command {
  const what = field === 'labels' ? 'label' : 'annotation';
  const verb = field === 'labels' ? 'labeled' : 'annotated';
  return {
    path: [field === 'labels' ? 'label' : 'annotate'],
    operands: ['resources'],
    flags: [
      F.filename,
      F.selector,
      F.all,
      F.allNamespaces,
      F.overwrite,
      F.dryRun,
      F.output,
      F.resourceVersion,
      { name: 'list', kind: 'bool' },
    ],
    run(ctx) {
      const { resources, set, remove } = splitChanges(ctx, what);
      for (const o of resolveTargets(ctx, resources, ctx.cmdPath)) {
        const current = o.metadata[field] ?? {};
        if (!ctx.flags.bool('overwrite')) {
          const clash = Object.entries(set).find(([k, v]) => k in current && current[k] !== v);
          if (clash)
            throw new CmdError(
              `error: '${clash[0]}' already has a value (${current[clash[0]]}), and --overwrite is false`,
            );
        }
        const change: Record<string, string | null> = { ...set };
        for (const k of remove) {
          if (k in current) change[k] = null;
          else ctx.err(`${what} "${k}" not found.\n`);
        }
        const r = ctx.cluster.patch(refOf(o), { metadata: { [field]: change } }, 'merge');
        report(
          ctx,
          r,
          (changed) => `${qualifiedName(o.kind, o.metadata.name)} ${changed ? verb : `not ${verb}`}`,
        );
      }
    },
  };
}

const setSelector: Command = {
  path: ['set', 'selector'],
  operands: ['resources'],
  flags: [F.filename, F.all, F.dryRun, F.output, F.resourceVersion],
  run(ctx) {
    const args = [...ctx.args];
    const expr = ctx.flags.has('filename')
      ? args.pop()
      : args.length >= 2 || args.some((a) => a.includes('/'))
        ? args.pop()
        : undefined;
    if (expr === undefined || (!expr.includes('=') && expr !== ''))
      throw new CmdError('error: one selector is required');
    const selector: Record<string, string> = {};
    for (const piece of expr.split(',').filter((p) => p !== '')) {
      const [k, v, ...more] = piece.split('=');
      if (!k || v === undefined || more.length > 0) throw new CmdError(`error: invalid selector: ${expr}`);
      selector[k] = v;
    }
    for (const o of resolveTargets(ctx, args, 'set selector')) {
      if (o.kind !== 'Service') {
        ctx.err(
          `error: the ${o.kind} "${o.metadata.name}" has an immutable selector in this simulator; only services can be changed\n`,
        );
        ctx.fail();
        continue;
      }
      const next: Service = structuredClone(o);
      next.spec.selector = selector;
      const r = ctx.cluster.replace(next);
      report(ctx, r, () => `${qualifiedName(o.kind, o.metadata.name)} selector updated`);
    }
  },
};

export const modifyCommands: Command[] = [scale, labelLike('labels'), labelLike('annotations'), setSelector];
