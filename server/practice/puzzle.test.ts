import { describe, expect, it } from 'vitest';
import { correctIdsOf } from '../content/question-rules.js';
import { mixedSet, puzzleOnlySet } from '../content/test-sets.js';
import { puzzles } from '../puzzles/test-puzzle.js';
import type { Result } from './errors.js';
import {
  answerQuestion,
  nextItem,
  practiceContentOf,
  runCommand,
  runView,
  startRun,
  summaryOf,
  takeHint,
  type PracticeContent,
  type PracticeState,
} from './index.js';

const T0 = 1_800_000_000_000;
const meta = { runId: 1, status: 'active' as const };

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}

function begin(content: PracticeContent, seed = 7): PracticeState {
  const state = startRun({ content, kind: 'normal', timed: false, seed, now: T0 });
  if (!state) throw new Error('empty run');
  return state;
}

/** Types the reference solution, line by line, as the learner would. */
function solve(state: PracticeState, content: PracticeContent, at: number): PracticeState {
  let s = state;
  for (const step of s.puzzle!.puzzle.solution) {
    const line = typeof step === 'string' ? step : `kubectl apply -f ${step.file ?? 'fix.yaml'}`;
    const files = typeof step === 'string' ? undefined : { [step.file ?? 'fix.yaml']: step.apply };
    s = unwrap(runCommand(s, content, { line, files }, at));
  }
  return s;
}

describe('practice puzzles', () => {
  const mixed = practiceContentOf(mixedSet, puzzles);
  const only = practiceContentOf(puzzleOnlySet, puzzles);

  it('leaves puzzles out without a puzzle lookup, and plays them after the questions with one', () => {
    expect(practiceContentOf(mixedSet).order).not.toContain('tiny-selector');
    const s = begin(mixed);
    expect(s.queue.map((e) => e.kind)).toEqual(['question', 'question', 'puzzle']);
    expect(s.puzzle).toBeNull();
  });

  it('instantiates the puzzle on reaching it; the view hides details and the solution', () => {
    let s = begin(mixed);
    for (let i = 0; i < 2; i++) {
      const item = mixed.items.get(s.queue[s.position]!.itemId)!;
      if (item.kind !== 'question') throw new Error('expected a question');
      s = unwrap(answerQuestion(s, mixed, { questionId: item.id, choiceIds: correctIdsOf(item) }, T0 + 1));
      s = unwrap(nextItem(s, mixed, T0 + 2));
    }
    expect(s.puzzle?.itemId).toBe('tiny-selector');
    const view = runView(meta, s, mixed, T0 + 2).puzzle!;
    expect(view.story).toMatch(/^Calls to http:\/\/(shop|cart|till) are refused/);
    expect(view.goals.map((g) => [g.id, g.met, g.detail])).toEqual([
      ['endpoints', false, null],
      ['kept', true, null],
    ]);
    expect(view.explanation).toBeNull();
    expect(view.solution).toBeNull();
    expect(view.cluster.services.length).toBeGreaterThan(0);
    expect(runView(meta, s, mixed, T0 + 2).question).toBeNull();
  });

  it('the same seed gives the same instance (a resumed run keeps its cluster)', () => {
    const a = begin(only, 3);
    const b = begin(only, 3);
    expect(a.puzzle?.seed).toBe(b.puzzle?.seed);
    expect(a.puzzle?.puzzle.story).toBe(b.puzzle?.puzzle.story);
  });

  it('solving with the reference solution scores the points minus the hints taken', () => {
    let s = begin(only);
    s = unwrap(runCommand(s, only, { line: 'kubectl get svc' }, T0 + 1000));
    expect(s.puzzle?.commands[0]?.output).toContain('ClusterIP');
    expect(s.phase).toBe('question');
    s = unwrap(takeHint(s, only, T0 + 2000));
    s = unwrap(takeHint(s, only, T0 + 3000));
    expect(takeHint(s, only, T0 + 3500)).toMatchObject({
      ok: false,
      error: { code: 'puzzle/no-more-hints' },
    });
    expect(runView(meta, s, only, T0 + 3000).puzzle?.hints.map((h) => h.cost)).toEqual([100, 200]);
    s = solve(s, only, T0 + 4000);
    expect(s.phase).toBe('finished');
    // The set overrides the puzzle's points to 2000; hints cost 100 + 200.
    expect(s.score).toBe(1700);
    expect(summaryOf(s)).toMatchObject({ score: 1700, hintsUsed: 2, correctCount: 1, questionCount: 1 });
    const view = runView({ runId: 1, status: 'finished' }, s, only, T0 + 4000).puzzle!;
    expect(view.solved).toBe(true);
    expect(view.points).toBe(1700);
    expect(view.goals.every((g) => g.met)).toBe(true);
    expect(view.explanation).toMatch(/selector needed a label/);
    expect(view.solution?.[0]?.command).toMatch(/^kubectl set selector service /);
    expect(runCommand(s, only, { line: 'kubectl get pods' }, T0 + 5000).ok).toBe(false);
  });

  it('giving up with next scores nothing, shows the solution and is never re-queued', () => {
    let s = begin(mixed);
    s = { ...s, position: 2, phase: 'question', puzzle: begin(only).puzzle };
    s = { ...s, puzzle: { ...s.puzzle!, itemId: 'tiny-selector' } };
    s = unwrap(nextItem(s, mixed, T0 + 9000));
    expect(s.phase).toBe('finished');
    expect(s.answers.at(-1)).toMatchObject({ itemId: 'tiny-selector', correct: false, points: 0 });
    expect(s.queue).toHaveLength(3);
    const view = runView({ runId: 1, status: 'finished' }, s, mixed, T0 + 9000).puzzle!;
    expect(view.gaveUp).toBe(true);
    expect(view.solution).not.toBeNull();
  });

  it('refuses terminal lines and hints on a question, and over-long lines', () => {
    const s = begin(mixed);
    expect(runCommand(s, mixed, { line: 'kubectl get pods' }, T0)).toMatchObject({ ok: false });
    expect(takeHint(s, mixed, T0)).toMatchObject({ ok: false });
    const p = begin(only);
    expect(runCommand(p, only, { line: 'x'.repeat(2001) }, T0)).toMatchObject({
      ok: false,
      error: { code: 'puzzle/invalid-command' },
    });
  });

  it('plays on a run saved before attempts recorded solvedAt and hint authors', () => {
    let s = unwrap(takeHint(begin(only), only, T0 + 1000));
    const { solvedAt: _unset, ...older } = s.puzzle!;
    s = { ...s, puzzle: { ...older, hintsTaken: [{ index: 0, at: T0 + 1000 }] } as typeof s.puzzle };
    expect(runView(meta, s, only, T0 + 1000).puzzle?.hints[0]?.takenBy).toBe('you');
    s = solve(s, only, T0 + 2000);
    expect(s.score).toBe(1900);
    expect(s.puzzle?.solvedAt).toBe(T0 + 2000);
  });
});
