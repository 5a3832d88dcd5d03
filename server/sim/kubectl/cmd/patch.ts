/** patch, edit (refused: no editor), rollout restart|status, and the `set`/`rollout` parents. */
import { parse as parseYaml } from 'yaml';
import type { PatchType } from '../../api.js';
import { CmdError, usageError, type Command, type Ctx } from '../context.js';
import { F } from '../flags.js';
import { qualifiedName, RESOURCE_PLURAL } from '../resources.js';
import { refOf, resolveTargets } from '../targets.js';
import { report } from './modify.js';

const patch: Command = {
  path: ['patch'],
  operands: ['resources'],
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
  operands: ['resources'],
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
  operands: ['resources'],
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
  operands: ['resources'],
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

export const patchCommands: Command[] = [
  parent('set'),
  patch,
  edit,
  parent('rollout'),
  rolloutRestart,
  rolloutStatus,
];
