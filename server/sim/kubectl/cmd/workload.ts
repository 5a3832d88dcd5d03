/** `kubectl run`, `exec`, `logs`: the commands that make containers do something. */
import { formatKubectlError } from '../../errors.js';
import type { Pod } from '../../types.js';
import { CmdError, usageError, type Command, type Ctx } from '../context.js';
import { F } from '../flags.js';
import { submit } from './create.js';

const RESTARTS = ['Always', 'OnFailure', 'Never'] as const;
type Restart = (typeof RESTARTS)[number];

function parseLabels(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const piece of s.split(',')) {
    const [k, v, ...rest] = piece.split('=');
    if (!k || v === undefined || rest.length > 0) throw new CmdError(`error: invalid label spec: ${piece}`);
    out[k] = v;
  }
  return out;
}

const run: Command = {
  path: ['run'],
  flags: [
    { name: 'image', kind: 'string' },
    F.stdin,
    F.tty,
    F.quiet,
    F.dryRun,
    F.output,
    { name: 'rm', kind: 'bool' },
    { name: 'restart', kind: 'string', values: RESTARTS },
    F.labels,
    { name: 'port', kind: 'string' },
    { name: 'command', kind: 'bool' },
    { name: 'env', kind: 'strings' },
    { name: 'attach', kind: 'bool' },
    { name: 'image-pull-policy', kind: 'string' },
    { name: 'expose', kind: 'bool' },
    F.fieldManager,
  ],
  run(ctx) {
    const f = ctx.flags;
    if (!f.has('image')) throw new CmdError('error: required flag(s) "image" not set');
    const name = ctx.args[0];
    if (!name) throw usageError('run', 'NAME is required for run');
    const attach = f.bool('stdin') || f.bool('attach');
    if (f.bool('rm') && !attach) throw usageError('run', '--rm should only be used for attached containers');
    if (f.bool('tty') && !f.bool('stdin'))
      throw usageError('run', '-i/--stdin is required for containers with -t/--tty=true');
    const restartFlag = f.str('restart');
    if (restartFlag && !RESTARTS.includes(restartFlag as Restart))
      throw usageError('run', `invalid restart policy: ${restartFlag}`);
    const restart: Restart = (restartFlag as Restart) || (f.bool('stdin') ? 'OnFailure' : 'Always');
    const portStr = f.str('port');
    if (portStr && !/^-?\d+$/.test(portStr))
      throw new CmdError(`error: strconv.Atoi: parsing "${portStr}": invalid syntax`);
    const labels = f.has('labels') ? parseLabels(f.str('labels')) : { run: name };
    const cmdWords = [...ctx.args.slice(1), ...(ctx.dashArgs ?? [])];
    const env = Object.fromEntries(
      f.list('env').map((e) => [e.split('=')[0] ?? e, e.slice(e.indexOf('=') + 1)]),
    );
    const image = f.str('image');
    const dry = f.str('dry-run', 'none');
    if (dry !== 'none' && dry !== 'false') {
      const pod: Pod = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { labels, name },
        spec: {
          containers: [
            {
              ...(cmdWords.length > 0
                ? f.bool('command')
                  ? { command: cmdWords }
                  : { args: cmdWords }
                : {}),
              image,
              name,
              ...(portStr ? { ports: [{ containerPort: Number(portStr) }] } : {}),
              resources: {},
              ...(attach ? { stdin: true, stdinOnce: true } : {}),
              ...(f.bool('tty') ? { tty: true } : {}),
            },
          ],
          dnsPolicy: 'ClusterFirst',
          restartPolicy: restart,
        },
        status: {} as Pod['status'],
      };
      submit(ctx, pod);
      return;
    }
    if (f.bool('expose')) {
      if (!portStr) throw new CmdError('error: --port must be set when exposing a service');
      // kubectl run --expose creates the Service first, selecting the pod's labels.
      const svc = ctx.cluster.create(
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name, namespace: ctx.namespace },
          spec: {
            ports: [{ port: Number(portStr), protocol: 'TCP', targetPort: Number(portStr) }],
            selector: labels,
          },
        },
        { namespace: ctx.namespace },
      );
      if (!svc.ok) throw new CmdError(formatKubectlError(svc.status));
      ctx.out(`service/${name} created\n`);
    }
    const r = ctx.cluster.runPod({
      name,
      namespace: ctx.namespace,
      image,
      ...(cmdWords.length > 0 ? (f.bool('command') ? { command: cmdWords } : { args: cmdWords }) : {}),
      labels,
      restart,
      rm: f.bool('rm'),
      attach,
      ...(portStr ? { port: Number(portStr) } : {}),
      ...(Object.keys(env).length > 0 ? { env } : {}),
    });
    if (!r.ok) {
      throw new CmdError(
        r.error ? formatKubectlError(r.error) : `error: ${r.stderr || 'pod could not be started'}`,
      );
    }
    ctx.trace(r.traces);
    if (!attach) {
      ctx.out(`pod/${name} created\n`);
      return;
    }
    ctx.out(r.stdout);
    ctx.err(r.stderr);
    if (r.deleted) ctx.out(`pod "${name}" deleted\n`);
    if (r.exitCode !== 0) {
      ctx.err(`pod ${ctx.namespace}/${name} terminated (Error)\n`);
      ctx.fail(r.exitCode);
    }
  },
};

/** A pod by name, or the first pod of `deploy/NAME` / `rs/NAME` like kubectl's attachablePodForObject. */
function podFor(ctx: Ctx, word: string): string {
  const slash = word.indexOf('/');
  if (slash < 0) return word;
  const type = word.slice(0, slash).toLowerCase();
  const name = word.slice(slash + 1);
  if (['pod', 'pods', 'po'].includes(type)) return name;
  const kind = ['deploy', 'deployment', 'deployments'].includes(type)
    ? 'Deployment'
    : ['rs', 'replicaset', 'replicasets'].includes(type)
      ? 'ReplicaSet'
      : ['svc', 'service', 'services'].includes(type)
        ? 'Service'
        : undefined;
  if (!kind) throw new CmdError(`error: cannot attach to ${word}: selector for ${type} not implemented`);
  const r = ctx.cluster.read({ kind, name, namespace: ctx.namespace });
  if (!r.ok) throw new CmdError(formatKubectlError(r.status));
  const obj = r.object;
  const sel = obj.kind === 'Service' ? (obj.spec.selector ?? {}) : (obj.spec.selector.matchLabels ?? {});
  const pods = ctx.cluster
    .list('Pod', { namespace: ctx.namespace, selector: sel })
    .filter((p) => !p.metadata.deletionTimestamp)
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  const pod = pods[0];
  if (!pod) throw new CmdError(`error: no pods found for ${word}`);
  return pod.metadata.name;
}

const exec: Command = {
  path: ['exec'],
  operands: ['pod'],
  flags: [F.container, F.stdin, F.tty, F.quiet, F.filename, { name: 'pod-running-timeout', kind: 'string' }],
  run(ctx) {
    const target = ctx.args[0];
    if (!target) throw new CmdError('error: pod, type/name or --filename must be specified');
    if (ctx.dashArgs === null) {
      if (ctx.args.length > 1)
        throw new CmdError(
          'error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead',
        );
      throw new CmdError('error: you must specify at least one command for the container');
    }
    const argv = [...ctx.args.slice(1), ...ctx.dashArgs];
    if (argv.length === 0)
      throw new CmdError('error: you must specify at least one command for the container');
    if (argv.length === 1 && ['sh', 'bash', '/bin/sh', '/bin/bash', 'ash'].includes(argv[0] as string))
      throw new CmdError(
        `error: interactive shells are not available in this terminal; run one command per line, e.g. kubectl exec ${target} -- wget -qO- web`,
      );
    const pod = podFor(ctx, target);
    const container = ctx.flags.str('container');
    const r = ctx.cluster.exec({ name: pod, namespace: ctx.namespace }, argv, {
      ...(container ? { container } : {}),
      ...(ctx.opts.stdin !== undefined && ctx.flags.bool('stdin') ? { stdin: ctx.opts.stdin } : {}),
    });
    ctx.trace(r.traces);
    if (r.error) throw new CmdError(formatKubectlError(r.error));
    ctx.out(r.stdout);
    ctx.err(r.stderr);
    if (r.exitCode !== 0) {
      ctx.err(`command terminated with exit code ${r.exitCode}\n`);
      ctx.fail(r.exitCode);
    }
  },
};

const LOGS_USAGE = `error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.
POD or TYPE/NAME is a required argument for the logs command
See 'kubectl logs -h' for help and examples`;

const logs: Command = {
  path: ['logs'],
  operands: ['pod'],
  flags: [
    F.container,
    F.selector,
    { name: 'follow', short: 'f', kind: 'bool' },
    { name: 'previous', short: 'p', kind: 'bool' },
    { name: 'tail', kind: 'int' },
    { name: 'timestamps', kind: 'bool' },
    { name: 'all-containers', kind: 'bool' },
    { name: 'since', kind: 'string' },
    { name: 'prefix', kind: 'bool' },
  ],
  run(ctx) {
    if (ctx.args.length === 0 || ctx.args.length > 2) throw new CmdError(LOGS_USAGE);
    const pod = podFor(ctx, ctx.args[0] as string);
    const container = ctx.flags.str('container') || ctx.args[1];
    const r = ctx.cluster.logs(
      { name: pod, namespace: ctx.namespace },
      { ...(container ? { container } : {}), ...(ctx.flags.bool('previous') ? { previous: true } : {}) },
    );
    if (!r.ok) throw new CmdError(formatKubectlError(r.status));
    let text = r.text;
    const tail = ctx.flags.int('tail', -1);
    if (tail >= 0) {
      const lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      text = lines
        .slice(Math.max(0, lines.length - tail))
        .map((l) => `${l}\n`)
        .join('');
    }
    ctx.out(text);
  },
};

export const workloadCommands: Command[] = [run, exec, logs];
