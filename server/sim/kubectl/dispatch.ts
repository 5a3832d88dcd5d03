/**
 * The front door: one command line in, `{ stdout, stderr, exitCode }` out. Finds the (sub)command
 * like cobra does, parses its flags, runs it, and turns every exception into an error message so a
 * command line can never crash the engine.
 */
import type { Cluster, ProbeResult } from '../api.js';
import { FlagError, Flags, parseFlags } from './args.js';
import { COMMANDS, KNOWN_COMMANDS, SUBCOMMAND_PARENTS } from './commands.js';
import { CmdError, type Ctx, type KubectlResult, type RunOptions } from './context.js';
import { GLOBAL_FLAGS } from './flags.js';
import { runNodeCommand } from './cmd/node.js';
import { runOutsideCurl } from './cmd/outside.js';
import { tokenize } from './tokenize.js';

/** kubectl and the alias the terminal also answers to. */
export const KUBECTL_NAMES: readonly string[] = ['kubectl', 'k'];

/** The programs the terminal runs besides kubectl; anything else is `command not found`. */
export const OTHER_PROGRAMS: ReadonlyMap<string, (cluster: Cluster, words: string[]) => KubectlResult> =
  new Map([
    ['node', runNodeCommand],
    ['curl', runOutsideCurl],
  ]);

/** Flags that take a value, so the command search can skip `-n foo` before the command name. */
const VALUE_FLAGS = new Set([
  '--cluster',
  '--user',
  '-n',
  '--namespace',
  '--context',
  '--kubeconfig',
  '-v',
  '-o',
  '--output',
  '-l',
  '--selector',
  '-f',
  '--filename',
]);

export function runKubectl(cluster: Cluster, line: string, opts: RunOptions = {}): KubectlResult {
  try {
    return runUnsafe(cluster, line, opts);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { stdout: '', stderr: `error: ${msg}\n`, exitCode: 1 };
  }
}

function runUnsafe(cluster: Cluster, line: string, opts: RunOptions): KubectlResult {
  const tok = tokenize(line);
  if (!tok.ok) return { stdout: '', stderr: `bash: ${tok.error.message}\n`, exitCode: 2 };
  const words = tok.words;
  if (words.length === 0) return { stdout: '', stderr: '', exitCode: 0 };
  const [prog, ...rest] = words as [string, ...string[]];
  const other = OTHER_PROGRAMS.get(prog);
  if (other) return other(cluster, rest);
  if (!KUBECTL_NAMES.includes(prog))
    return { stdout: '', stderr: `bash: ${prog}: command not found\n`, exitCode: 127 };

  // Locate the command words among the flags.
  const positions: number[] = [];
  for (let i = 0; i < rest.length && positions.length < 3; i++) {
    const w = rest[i] as string;
    if (w === '--') break;
    if (w.startsWith('-')) {
      if (VALUE_FLAGS.has(w)) i++;
      continue;
    }
    positions.push(i);
  }
  const first = positions[0] === undefined ? undefined : rest[positions[0]];
  if (first === undefined)
    return { stdout: '', stderr: 'error: kubectl needs a command, e.g. `kubectl get pods`\n', exitCode: 1 };
  let cmd = COMMANDS.find((c) => c.path.length === 1 && c.path[0] === first);
  let used = 1;
  if (SUBCOMMAND_PARENTS.has(first)) {
    const second = positions[1] === undefined ? undefined : rest[positions[1]];
    const sub = COMMANDS.find((c) => c.path.length === 2 && c.path[0] === first && c.path[1] === second);
    const third = positions[2] === undefined ? undefined : rest[positions[2]];
    const sub3 = COMMANDS.find(
      (c) => c.path.length === 3 && c.path[0] === first && c.path[1] === second && c.path[2] === third,
    );
    if (sub3) [cmd, used] = [sub3, 3];
    else if (sub) [cmd, used] = [sub, 2];
  }
  if (!cmd) return unknownCommand(first);
  const cmdPath = cmd.path.join(' ');
  const remaining = rest.filter((_, i) => !positions.slice(0, used).includes(i));

  let parsed;
  try {
    parsed = parseFlags(remaining, [...GLOBAL_FLAGS, ...cmd.flags]);
  } catch (e) {
    if (e instanceof FlagError)
      return {
        stdout: '',
        stderr: `Error: ${e.message}\nSee 'kubectl ${cmdPath} --help' for usage.\n`,
        exitCode: 1,
      };
    throw e;
  }
  const flags = new Flags(parsed);
  let stdout = '';
  let stderr = '';
  let output = '';
  let newNamespace: string | undefined;
  const traces: ProbeResult[] = [];
  let exitCode = 0;
  const ctx: Ctx = {
    cluster,
    flags,
    args: parsed.args,
    dashArgs: parsed.dashArgs,
    namespace: flags.str('namespace') || opts.namespace || 'default',
    nsExplicit: flags.has('namespace'),
    opts,
    cmdPath,
    out: (t) => {
      stdout += t;
      output += t;
    },
    err: (t) => {
      stderr += t;
      output += t;
    },
    fail: (code = 1) => (exitCode = code),
    setNamespace: (ns) => (newNamespace = ns),
    trace: (t) => traces.push(...t),
  };
  try {
    cmd.run(ctx);
  } catch (e) {
    if (!(e instanceof CmdError)) throw e;
    const text = e.text.endsWith('\n') ? e.text : `${e.text}\n`;
    stderr += text;
    output += text;
    exitCode = e.exitCode;
  }
  return {
    stdout,
    stderr,
    exitCode,
    output,
    ...(newNamespace !== undefined ? { namespace: newNamespace } : {}),
    ...(traces.length > 0 ? { traces } : {}),
  };
}

function unknownCommand(name: string): KubectlResult {
  if (KNOWN_COMMANDS.includes(name))
    return {
      stdout: '',
      stderr: `error: "kubectl ${name}" is not available in this simulated terminal\n`,
      exitCode: 1,
    };
  const suggestions = KNOWN_COMMANDS.filter(
    (c) => levenshtein(c, name.toLowerCase()) <= 2 || c.startsWith(name.toLowerCase()),
  );
  let stderr = `Error: unknown command "${name}" for "kubectl"\n`;
  if (suggestions.length > 0)
    stderr += `\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}\n`;
  return { stdout: '', stderr, exitCode: 1 };
}

function levenshtein(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0] as number;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j] as number;
      d[j] = Math.min((d[j] as number) + 1, (d[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length] as number;
}
