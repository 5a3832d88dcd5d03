/**
 * Transcript fixtures (transcripts/*.txt): `$ command` lines followed by the exact expected output.
 * Lines before the first `$` are options (`# seed: 3`, `# nodes: 2`, `# loadBalancer: false`).
 * Ages are deterministic: the engine's clock moves 1s per write and `sleep N` moves it further.
 * Regenerate after an intended change with `UPDATE_TRANSCRIPTS=1 npx vitest run server/sim/kubectl/transcripts.test.ts`
 * and review the diff.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index.js';
import { formatStep, parseScript, runStep, type Session } from '../cli/script.js';

const dir = join(import.meta.dirname, 'transcripts');

export function replayTranscript(text: string): { header: string; actual: string; expected: string } {
  const firstCmd = text.search(/^\$ /m);
  const header = firstCmd < 0 ? text : text.slice(0, firstCmd);
  const opt = (k: string) => new RegExp(`^# ${k}: (\\S+)$`, 'm').exec(header)?.[1];
  const cluster = createCluster({
    seed: Number(opt('seed') ?? 1),
    ...(opt('nodes') ? { nodes: Number(opt('nodes')) } : {}),
    ...(opt('loadBalancer') ? { loadBalancer: opt('loadBalancer') === 'true' } : {}),
  });
  const body = firstCmd < 0 ? '' : text.slice(firstCmd);
  // Keep the command lines (and heredocs), drop the recorded output, then replay.
  const script: string[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (!l.startsWith('$ ')) continue;
    script.push(l.slice(2));
    const end = /<<-?\s*(['"]?)([A-Za-z_]\w*)\1\s*$/.exec(l)?.[2];
    if (end)
      for (i++; i < lines.length && (lines[i] as string).trim() !== end; i++) script.push(lines[i] as string);
    if (end) script.push(end);
  }
  const session: Session = { namespace: 'default' };
  const actual = parseScript(script.join('\n') + '\n')
    .map((s) => formatStep(s, runStep(cluster, s, {}, session)))
    .join('');
  return { header, actual, expected: body };
}

describe('kubectl transcripts', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('has fixtures', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    it(f, () => {
      const path = join(dir, f);
      const { header, actual, expected } = replayTranscript(readFileSync(path, 'utf8'));
      if (process.env.UPDATE_TRANSCRIPTS) writeFileSync(path, header + actual);
      else expect(actual).toBe(expected);
    });
  }
});
