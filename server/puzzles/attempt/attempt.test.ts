/** One attempt at one puzzle instance: attributed commands, goal checks, solving, hints, refusals. */
import { describe, expect, it } from 'vitest';
import { MAX_COMMAND_LENGTH } from '../../protocol/events.js';
import type { Result } from './errors.js';
import { tinyPuzzle } from '../test-puzzle.js';
import {
  ATTEMPT_ERROR_CODES,
  attemptPoints,
  checkCommand,
  hintCost,
  nextHintCost,
  runCommand,
  startAttempt,
  takeHint,
  type Attempt,
  type CommandInput,
} from './index.js';
import { simNow } from './cluster.js';

const T0 = 1_800_000_000_000;
const ana = { id: 'p-ana', nickname: 'ana' };
const ben = { id: 'p-ben', nickname: 'ben' };

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}
const codeOf = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

const input = (line: string, more: Partial<CommandInput> = {}): CommandInput => ({
  line,
  author: ana,
  now: T0,
  elapsedMs: 0,
  ...more,
});
/** The attempt's own reference fix (its parameters come from its seed). */
const fix = (a: Attempt) => String(a.puzzle.solution[0]);

describe('startAttempt', () => {
  it('instantiates the puzzle from the seed: broken at start, the guard holding, nothing run yet', () => {
    const a = startAttempt(tinyPuzzle, 7);
    expect(a.seed).toBe(7);
    expect(a.goals.map((g) => [g.id, g.met])).toEqual([
      ['endpoints', false],
      ['kept', true],
    ]);
    expect(a).toMatchObject({ commands: [], hintsTaken: [], solvedAt: null });
    expect(a.hints.map((h) => h.cost)).toEqual([100, 200]);
    expect(startAttempt(tinyPuzzle, 7).puzzle).toEqual(a.puzzle);
  });
});

describe('runCommand', () => {
  it('appends an entry attributed to its author and re-checks the goals; the old attempt is unchanged', () => {
    const a = startAttempt(tinyPuzzle, 7);
    const before = JSON.stringify(a);
    const first = unwrap(runCommand(a, input('  kubectl get endpoints  ', { now: T0 + 5 })));
    expect(first.entry).toMatchObject({
      seq: 1,
      playerId: 'p-ana',
      nickname: 'ana',
      line: 'kubectl get endpoints',
      files: [],
      exitCode: 0,
      at: T0 + 5,
    });
    expect(first.entry.output).toContain('ENDPOINTS');
    expect(first.attempt.commands).toEqual([first.entry]);
    expect(first.solved).toBe(false);
    expect(JSON.stringify(a)).toBe(before);
    const second = unwrap(runCommand(first.attempt, input(fix(a), { author: ben, now: T0 + 9 })));
    expect(second.attempt.commands.map((c) => [c.seq, c.nickname])).toEqual([
      [1, 'ana'],
      [2, 'ben'],
    ]);
    expect(second.attempt.goals.every((g) => g.met)).toBe(true);
    expect(second.solved).toBe(true);
    expect(second.attempt.solvedAt).toBe(T0 + 9);
  });

  it('keeps only the names of the files sent along, and moves the cluster clock by the time played', () => {
    const a = startAttempt(tinyPuzzle, 7);
    const manifest =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: note\nspec:\n  ports:\n    - port: 80\n';
    const files = { 'note.yaml': manifest };
    const r = unwrap(runCommand(a, input('kubectl apply -f note.yaml', { files, elapsedMs: 60_000 })));
    expect(r.entry).toMatchObject({ files: ['note.yaml'], exitCode: 0 });
    expect(r.entry.output).toContain('service/note created');
    expect(simNow(r.attempt.cluster)).toBeGreaterThanOrEqual(a.clusterStart + 60_000);
  });

  it("records what every member's terminal prints with C0/C1 controls made inert; the line ran as typed", () => {
    const a = startAttempt(tinyPuzzle, 7);
    const osc = '\u009d11;rgb:ff/00/00\u009c';
    const link = '\u001b]8;;https://evil.example\u0007x\u001b]8;;\u0007';
    const r = unwrap(
      runCommand(
        a,
        input(`kubectl get pod ${osc}${link}`, { author: { id: 'p-eve', nickname: 'eve\u009b' } }),
      ),
    );
    const printed = [r.entry.line, r.entry.output, r.entry.nickname].join('\n');
    // eslint-disable-next-line no-control-regex -- asserting no control character survived
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.entry.line).toBe('kubectl get pod ?11;rgb:ff/00/00??]8;;https://evil.example?x?]8;;?');
    // The sim saw the raw name: kubectl's own "not found" message names it.
    expect(r.entry.exitCode).not.toBe(0);
  });

  it('refuses an empty or over-long line, and any line once solved', () => {
    const a = startAttempt(tinyPuzzle, 7);
    expect(codeOf(runCommand(a, input('   ')))).toBe('puzzle/invalid-command');
    expect(codeOf(runCommand(a, input('x'.repeat(MAX_COMMAND_LENGTH + 1))))).toBe('puzzle/invalid-command');
    expect(checkCommand(a, ' kubectl get pods ')).toEqual({ ok: true, data: 'kubectl get pods' });
    const solved = unwrap(runCommand(a, input(fix(a)))).attempt;
    expect(codeOf(runCommand(solved, input('kubectl get pods')))).toBe('puzzle/already-solved');
    expect(codeOf(checkCommand(solved, 'kubectl get pods'))).toBe('puzzle/already-solved');
    expect(codeOf(takeHint(solved, { author: ana, now: T0 }))).toBe('puzzle/already-solved');
  });

  it('plays on identically after a JSON round trip (a restored room or run)', () => {
    const a = startAttempt(tinyPuzzle, 3);
    const restored = JSON.parse(JSON.stringify(a)) as Attempt;
    const line = 'kubectl get pods -o wide';
    expect(unwrap(runCommand(restored, input(line))).entry.output).toBe(
      unwrap(runCommand(a, input(line))).entry.output,
    );
  });
});

describe('hints', () => {
  it('come in order, attributed, with their cost counted; then run out', () => {
    let a = startAttempt(tinyPuzzle, 7);
    expect(nextHintCost(a)).toBe(100);
    a = unwrap(takeHint(a, { author: ana, now: T0 + 1 }));
    a = unwrap(takeHint(a, { author: ben, now: T0 + 2 }));
    expect(a.hintsTaken).toEqual([
      { index: 0, playerId: 'p-ana', nickname: 'ana', at: T0 + 1 },
      { index: 1, playerId: 'p-ben', nickname: 'ben', at: T0 + 2 },
    ]);
    expect(hintCost(a)).toBe(300);
    expect(nextHintCost(a)).toBeNull();
    expect(codeOf(takeHint(a, { author: ana, now: T0 + 3 }))).toBe('puzzle/no-more-hints');
  });
});

describe('attemptPoints', () => {
  it('takes the hints off; with a time limit, time used costs up to half', () => {
    const a = unwrap(takeHint(startAttempt(tinyPuzzle, 7), { author: ana, now: T0 }));
    expect(attemptPoints(a, { points: 1000 })).toBe(900);
    expect(attemptPoints(a, { points: 1000, timeLimitMs: 600_000, usedMs: 300_000 })).toBe(650);
  });
});

describe('errors', () => {
  it('lists every code the attempt returns', () => {
    expect([...ATTEMPT_ERROR_CODES].sort()).toEqual([
      'puzzle/already-solved',
      'puzzle/invalid-command',
      'puzzle/no-more-hints',
    ]);
  });
});
