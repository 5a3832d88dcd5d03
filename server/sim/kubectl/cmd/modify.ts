/** scale, label, annotate, set selector, patch, edit, rollout restart|status. */
import { parse as parseYaml } from 'yaml';
import type { PatchType } from '../../api.js';
import { formatKubectlError } from '../../errors.js';
import type { Service } from '../../types.js';
import { CmdError, usageError, type Command, type Ctx } from '../context.js';
import { F } from '../flags.js';
import { qualifiedName, RESOURCE_PLURAL } from '../resources.js';
import { validateLabelKey, validateLabelValue } from '../selector.js';
import { refOf, resolveTargets } from '../targets.js';

function report(
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
    flags: [
      F.filename,
      F.selector,
      F.all,
      F.allNamespaces,
      F.overwrite,
      F.dryRun,
      F.output,
      { name: 'resource-version', kind: 'string' },
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
  flags: [F.filename, F.all, F.dryRun, F.output, { name: 'resource-version', kind: 'string' }],
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

const patch: Command = {
  path: ['patch'],
  flags: [
    F.filename,
    F.dryRun,
    F.output,
    { name: 'patch', short: 'p', kind: 'string' },
    { name: 'type', kind: 'string' },
    { name: 'patch-file', kind: 'string' },
    F.fieldManager,
  ],
  run(ctx) {
    let text = ctx.flags.str('patch');
    const file = ctx.flags.str('patch-file');
    if (!text && file) {
      const f = ctx.opts.files?.[file];
      if (f === undefined)
        throw new CmdError(`error: unable to read patch file: open ${file}: no such file or directory`);
      text = f;
    }
    if (!text)
      throw new CmdError('error: must specify --patch or --patch-file containing the contents of the patch');
    const type = (ctx.flags.str('type') || 'strategic') as PatchType;
    if (!['json', 'merge', 'strategic'].includes(type))
      throw new CmdError(`error: --type must be one of [json merge strategic], not "${type}"`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      try {
        body = parseYaml(text);
      } catch (e) {
        throw new CmdError(`error: unable to parse "${text}": yaml: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    if (type === 'json' && !Array.isArray(body))
      throw new CmdError(
        `error: unable to parse "${text}": json: cannot unmarshal object into Go value of type jsonpatch.Patch`,
      );
    const targets = resolveTargets(ctx, ctx.args, 'patch');
    for (const o of targets) {
      const r = ctx.cluster.patch(refOf(o), body, type);
      report(
        ctx,
        r,
        (changed) => `${qualifiedName(o.kind, o.metadata.name)} patched${changed ? '' : ' (no change)'}`,
      );
    }
  },
};

const edit: Command = {
  path: ['edit'],
  flags: [
    F.filename,
    F.output,
    { name: 'output-patch', kind: 'bool' },
    { name: 'windows-line-endings', kind: 'bool' },
  ],
  run() {
    throw new CmdError(
      `error: kubectl edit needs an interactive editor, which this terminal does not have.\nUse kubectl patch instead, e.g.:\n  kubectl patch svc web -p '{"spec":{"selector":{"app":"web"}}}'\n  kubectl patch svc web --type=json -p '[{"op":"replace","path":"/spec/ports/0/targetPort","value":8080}]'\nor change the manifest and run kubectl apply -f.`,
    );
  },
};

function rolloutTargets(ctx: Ctx) {
  if (ctx.args.length === 0 && !ctx.flags.has('filename'))
    throw new CmdError('error: required resource not specified');
  return resolveTargets(ctx, ctx.args, ctx.cmdPath);
}

const rolloutRestart: Command = {
  path: ['rollout', 'restart'],
  flags: [F.filename, F.selector, F.dryRun, F.output, F.fieldManager],
  run(ctx) {
    for (const o of rolloutTargets(ctx)) {
      if (o.kind !== 'Deployment') {
        ctx.err(`error: ${RESOURCE_PLURAL[o.kind]} "${o.metadata.name}" restarting is not supported\n`);
        ctx.fail();
        continue;
      }
      report(
        ctx,
        ctx.cluster.rolloutRestart(refOf(o)),
        () => `${qualifiedName(o.kind, o.metadata.name)} restarted`,
      );
    }
  },
};

const rolloutStatus: Command = {
  path: ['rollout', 'status'],
  flags: [F.filename, F.selector, F.watch, F.timeout, { name: 'revision', kind: 'int' }],
  run(ctx) {
    for (const o of rolloutTargets(ctx)) {
      if (o.kind !== 'Deployment')
        throw new CmdError(`error: no status viewer has been implemented for ${o.kind}`);
      const want = o.spec.replicas ?? 1;
      const st = o.status ?? {};
      if ((st.updatedReplicas ?? 0) === want && (st.availableReplicas ?? 0) === want)
        ctx.out(`deployment "${o.metadata.name}" successfully rolled out\n`);
      else
        ctx.out(
          `Waiting for deployment "${o.metadata.name}" rollout to finish: ${st.availableReplicas ?? 0} of ${want} updated replicas are available...\n`,
        );
    }
  },
};

function parent(name: string): Command {
  return {
    path: [name],
    flags: [],
    run(ctx) {
      if (ctx.args.length === 0) throw usageError(name, 'a subcommand is required');
      throw usageError(name, `unknown command "${ctx.args[0]}"`);
    },
  };
}

export const modifyCommands: Command[] = [
  scale,
  labelLike('labels'),
  labelLike('annotations'),
  parent('set'),
  setSelector,
  patch,
  edit,
  parent('rollout'),
  rolloutRestart,
  rolloutStatus,
];
