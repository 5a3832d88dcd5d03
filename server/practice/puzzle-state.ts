/**
 * A puzzle in a practice run: an attempt (server/puzzles/attempt) by the run's one learner, plus what a
 * run adds. The seed is drawn from the run's generator (so a resumed run has the same cluster); untimed:
 * the cluster's clock follows the time since the puzzle was shown, and time never costs points.
 */
import { randomCursor } from '../common/rng.js';
import { attemptPoints, startAttempt, type Attempt, type Author } from '../puzzles/index.js';
import type { PracticeContent, PracticePuzzle } from './content.js';

/** The author of every line and hint: practice has one learner (the client knows this id too). */
export const LEARNER: Author = { id: 'learner', nickname: 'you' };

/** The learner's instance of a puzzle. */
export interface PracticePuzzleState extends Attempt {
  itemId: string;
  outcome: 'playing' | 'solved' | 'gave-up';
}

export interface PuzzleCommandInput {
  line: string;
  files?: Record<string, string> | undefined;
}

/** A fresh instance of `item` for this run; returns the advanced generator state too. */
export function newPuzzleRun(item: PracticePuzzle, rng: number): { run: PracticePuzzleState; rng: number } {
  const rnd = randomCursor(rng);
  const attempt = startAttempt(item.def, rnd.int(2 ** 32));
  return { rng: rnd.state, run: { itemId: item.id, ...attempt, outcome: 'playing' } };
}

export const puzzleItemOf = (content: PracticeContent, itemId: string): PracticePuzzle | undefined => {
  const item = content.items.get(itemId);
  return item?.kind === 'puzzle' ? item : undefined;
};

/** Untimed scoring: the puzzle's points minus the hints' costs. */
export const solvedPoints = (item: PracticePuzzle, run: PracticePuzzleState): number =>
  attemptPoints(run, { points: item.points });
