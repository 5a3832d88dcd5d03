/**
 * `npm run -s sim -- [--seed N] [--scenario FILE] [--nodes N] [--no-lb]`
 *
 * Reads kubectl command lines from stdin and prints `$ <command>` and its output for each, so
 * transcripts can be diffed; with a TTY it prompts interactively. `-f FILE` arguments are read
 * from disk relative to the working directory. See script.ts for heredocs, `sleep` and comments.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createCluster } from '../index.js';
import { tokenize } from '../kubectl/index.js';
import { formatStep, heredocTerminator, runStep, type ScriptStep, type Session } from './script.js';

function parseArgs(argv: string[]): { seed: number; scenario?: string; nodes?: number; lb: boolean } {
  const out: { seed: number; scenario?: string; nodes?: number; lb: boolean } = { seed: 1, lb: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] = a.includes('=')
      ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
      : [a, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--seed') out.seed = Number(value());
    else if (flag === '--scenario') out.scenario = value();
    else if (flag === '--nodes') out.nodes = Number(value());
    else if (flag === '--no-lb') out.lb = false;
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write('usage: npm run -s sim -- [--seed N] [--scenario FILE] [--nodes N] [--no-lb]\n');
      process.exit(0);
    } else {
      process.stderr.write(`unknown option ${a}\n`);
      process.exit(2);
    }
  }
  return out;
}

/** Files named by `-f`/`--filename` on a line, read from disk (the client sends their contents). */
function filesFor(line: string): Record<string, string> {
  const tok = tokenize(line);
  if (!tok.ok) return {};
  const files: Record<string, string> = {};
  const w = tok.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] as string;
    let paths: string | undefined;
    if (word === '-f' || word === '--filename' || word === '--patch-file') paths = w[i + 1];
    else if (word.startsWith('--filename=')) paths = word.slice('--filename='.length);
    else if (word.startsWith('--patch-file=')) paths = word.slice('--patch-file='.length);
    else if (word.startsWith('-f') && word.length > 2) paths = word.slice(2).replace(/^=/, '');
    for (const p of paths?.split(',') ?? [])
      if (p !== '-' && existsSync(p)) files[p] = readFileSync(p, 'utf8');
  }
  return files;
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const cluster = createCluster({
    seed: opts.seed,
    ...(opts.nodes !== undefined ? { nodes: opts.nodes } : {}),
    loadBalancer: opts.lb,
  });
  if (opts.scenario) {
    const text = readFileSync(opts.scenario, 'utf8');
    const r = runStep(
      cluster,
      { line: `kubectl apply -f ${JSON.stringify(opts.scenario)}` },
      { [opts.scenario]: text },
    );
    if (r && r.exitCode !== 0) {
      process.stderr.write(r.stderr);
      process.exit(1);
    }
  }
  const interactive = process.stdin.isTTY;
  const rl = createInterface({
    input: process.stdin,
    ...(interactive ? { output: process.stdout, prompt: '$ ' } : {}),
  });
  let pending: { step: ScriptStep; body: string[]; end: string } | undefined;
  const session: Session = { namespace: 'default' };
  const exec = (step: ScriptStep) => {
    const r = runStep(cluster, step, filesFor(step.line), session);
    process.stdout.write(interactive ? (r ? (r.output ?? r.stdout + r.stderr) : '') : formatStep(step, r));
  };
  rl.on('line', (line) => {
    if (pending) {
      if (line.trim() === pending.end) {
        exec({
          line: pending.step.line,
          heredoc: { body: pending.body.join('\n') + '\n', end: pending.end },
        });
        pending = undefined;
      } else pending.body.push(line);
    } else {
      const end = heredocTerminator(line);
      if (end) pending = { step: { line }, body: [], end };
      else exec({ line });
    }
    if (interactive && !pending) rl.prompt();
  });
  if (interactive) rl.prompt();
}

main();
