/**
 * What a learner does in a practice puzzle: run a terminal line (the attempt re-checks the goals after
 * each; when they all hold the puzzle is solved and scored) and take the next hint (counted into
 * `hintsUsed`; its cost comes off the points when solved). Giving up is `nextItem` (actions.ts).
 */
import { runCommand as attemptCommand, takeHint as attemptHint } from '../puzzles/index.js';
import { fail, ok, type Result } from './errors.js';
import { recordAnswer } from './actions.js';
import type { PracticeContent } from './content.js';
import { LEARNER, puzzleItemOf, solvedPoints, type PuzzleCommandInput } from './puzzle-state.js';
import { currentEntry, type PracticeState } from './state.js';

function playing(state: PracticeState, content: PracticeContent) {
  if (state.phase === 'finished') return fail('practice/finished', 'this run is finished');
  const entry = currentEntry(state);
  const item = entry && puzzleItemOf(content, entry.itemId);
  const run = state.puzzle;
  if (!entry || !item || !run || run.itemId !== entry.itemId)
    return fail('practice/wrong-question', 'the current item of this run is not a puzzle');
  if (state.phase === 'feedback' || run.outcome !== 'playing')
    return fail('practice/already-answered', 'this puzzle is over; ask for the next item');
  return ok({ entry, item, run });
}

export function runCommand(
  state: PracticeState,
  content: PracticeContent,
  input: PuzzleCommandInput,
  now: number,
): Result<PracticeState> {
  const current = playing(state, content);
  if (!current.ok) return current;
  const { entry, item, run } = current.data;
  const elapsedMs = Math.max(0, now - state.shownAt);
  const ran = attemptCommand(run, { ...input, author: LEARNER, now, elapsedMs });
  if (!ran.ok) return ran;
  const { attempt, solved } = ran.data;
  const next: PracticeState = { ...state, puzzle: { ...attempt, outcome: solved ? 'solved' : 'playing' } };
  if (!solved) return ok(next);
  return ok(recordAnswer(next, content, entry, { correct: true, points: solvedPoints(item, attempt) }, now));
}

export function takeHint(state: PracticeState, content: PracticeContent, now: number): Result<PracticeState> {
  const current = playing(state, content);
  if (!current.ok) return current;
  const run = attemptHint(current.data.run, { author: LEARNER, now });
  if (!run.ok) return run;
  return ok({ ...state, puzzle: run.data, hintsUsed: state.hintsUsed + 1 });
}
