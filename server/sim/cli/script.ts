/**
 * Transcript scripts: command lines in, `$ <command>` + output out, so runs can be diffed and
 * stored as fixtures. Pure (no I/O): files are passed in by the caller.
 *
 * Besides kubectl and `node ...` lines, a script understands:
 *   - heredocs for `-f -`: `kubectl apply -f - <<EOF` ... `EOF`
 *   - `sleep N` (seconds; also `5m`, `2h`): advances the simulated clock
 *   - `# comment` lines and blank lines, echoed as they are
 */
import type { Cluster } from '../api.js';
import { runKubectl } from '../kubectl/index.js';
import type { KubectlResult } from '../kubectl/index.js';

export interface ScriptStep {
  line: string;
  /** Heredoc body (stdin) and its terminator, when the line ends with `<<EOF`. */
  heredoc?: { body: string; end: string };
}

const HEREDOC = /\s*<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1\s*$/;

/** The terminator of a heredoc started on this line (`<<EOF` gives `EOF`). */
export function heredocTerminator(line: string): string | undefined {
  return HEREDOC.exec(line)?.[2];
}

/** Split a script into steps, pulling heredoc bodies out of the line stream. */
export function parseScript(text: string): ScriptStep[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const steps: ScriptStep[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = HEREDOC.exec(line);
    if (!m) {
      steps.push({ line });
      continue;
    }
    const end = m[2] as string;
    const body: string[] = [];
    for (i++; i < lines.length && (lines[i] as string).trim() !== end; i++) body.push(lines[i] as string);
    steps.push({ line, heredoc: { body: body.join('\n') + '\n', end } });
  }
  return steps;
}

function parseDuration(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(s);
  if (!m) return undefined;
  const mult = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 's') as 'ms'];
  return Number(m[1]) * mult;
}

/** Terminal state that outlives one line (`kubectl config set-context --current --namespace=X`). */
export interface Session {
  namespace: string;
}

/** Run one step; returns undefined for lines that only echo (comments, blanks). */
export function runStep(
  cluster: Cluster,
  step: ScriptStep,
  files: Record<string, string> = {},
  session: Session = { namespace: 'default' },
): KubectlResult | undefined {
  const trimmed = step.line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  const sleep = /^sleep\s+(\S+)$/.exec(trimmed);
  if (sleep) {
    const ms = parseDuration(sleep[1] as string);
    if (ms === undefined)
      return { stdout: '', stderr: `sleep: invalid time interval '${sleep[1]}'\n`, exitCode: 1 };
    cluster.advance(ms);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  const line = step.heredoc ? step.line.replace(HEREDOC, '') : step.line;
  const r = runKubectl(cluster, line, {
    files,
    namespace: session.namespace,
    ...(step.heredoc ? { stdin: step.heredoc.body } : {}),
  });
  if (r.namespace !== undefined) session.namespace = r.namespace;
  return r;
}

/** The transcript text of one step: `$ line`, the heredoc, then stdout and stderr. */
export function formatStep(step: ScriptStep, r: KubectlResult | undefined): string {
  if (!r) return `${step.line}\n`;
  let out = `$ ${step.line}\n`;
  if (step.heredoc) out += `${step.heredoc.body}${step.heredoc.end}\n`;
  // kubectl leaves e.g. `-o jsonpath` output without a newline; a transcript needs the next `$` on its own line.
  const nl = (t: string) => (t === '' || t.endsWith('\n') ? t : `${t}\n`);
  return out + (r.output !== undefined ? nl(r.output) : nl(r.stdout) + nl(r.stderr));
}

export function runScript(cluster: Cluster, text: string, files: Record<string, string> = {}): string {
  const session: Session = { namespace: 'default' };
  return parseScript(text)
    .map((s) => formatStep(s, runStep(cluster, s, files, session)))
    .join('');
}
