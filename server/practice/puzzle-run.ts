/**
 * A puzzle played in a practice run: the classroom's pieces for one learner. The instance comes from a
 * seed drawn from the run's generator (so a resumed run has the same cluster), the cluster lives in the
 * run state as a sim snapshot, every line runs on a fork (`runLine`) and the goals are re-checked after
 * it. Untimed: the sim's clock follows the time since the puzzle was shown.
 */
import { randomCursor } from '../game/rng.js';
import { goalsOf, runLine, simNow } from '../game/puzzle/cluster.js';
import { puzzlePoints } from '../game/puzzle/scoring.js';
import type { PuzzleWork } from '../game/puzzle/types.js';
import { allMet, instantiate } from '../puzzles/index.js';
import { MAX_COMMAND_LENGTH } from '../protocol/events.js';
import { fail, ok, type Result } from '../protocol/result.js';
import type { TerminalEntry } from '../protocol/views.js';
import type { PracticeContent, PracticePuzzle } from './content.js';

/** The terminal's author: practice has one learner, so every line is theirs. */
export const LEARNER_ID = 'learner';

/** The learner's instance of a puzzle, seeded from the run's seed. */
export interface PracticePuzzleState extends PuzzleWork {
  itemId: string;
  hintsTaken: { index: number; at: number }[];
  outcome: 'playing' | 'solved' | 'gave-up';
}

export interface PuzzleCommandInput {
  line: string;
  files?: Record<string, string> | undefined;
}

/** A fresh instance of `item` for this run; returns the advanced generator state too. */
export function newPuzzleRun(item: PracticePuzzle, rng: number): { run: PracticePuzzleState; rng: number } {
  const rnd = randomCursor(rng);
  const seed = rnd.int(2 ** 32);
  const instance = instantiate(item.def, seed);
  const cluster = instance.cluster.fork().snapshot();
  return {
    rng: rnd.state,
    run: {
      itemId: item.id,
      seed,
      puzzle: instance.puzzle,
      hints: instance.hints,
      files: instance.files,
      cluster,
      clusterStart: simNow(cluster),
      goals: goalsOf(cluster, instance.puzzle.goals),
      commands: [],
      hintsTaken: [],
      outcome: 'playing',
    },
  };
}

export const puzzleItemOf = (content: PracticeContent, itemId: string): PracticePuzzle | undefined => {
  const item = content.items.get(itemId);
  return item?.kind === 'puzzle' ? item : undefined;
};

export const hintCostOf = (run: PracticePuzzleState): number =>
  run.hintsTaken.reduce((sum, h) => sum + (run.hints[h.index]?.cost ?? 0), 0);

/** Untimed scoring: the classroom formula with no time limit, i.e. the points minus the hints' costs. */
export const solvedPoints = (item: PracticePuzzle, run: PracticePuzzleState): number =>
  puzzlePoints({ points: item.points, timeLimitMs: 0, usedMs: 0, hintCost: hintCostOf(run) });

/** Runs one line on the learner's cluster and re-checks the goals. `shownAt`: when the puzzle opened. */
export function puzzleCommand(
  run: PracticePuzzleState,
  input: PuzzleCommandInput,
  now: number,
  shownAt: number,
): Result<{ run: PracticePuzzleState; solved: boolean }> {
  if (run.outcome !== 'playing')
    return fail('practice/already-answered', 'this puzzle is over; ask for the next item');
  const line = input.line.trim();
  if (line.length === 0) return fail('puzzle/invalid-command', 'type a command first');
  if (input.line.length > MAX_COMMAND_LENGTH)
    return fail('puzzle/invalid-command', `a command line has at most ${MAX_COMMAND_LENGTH} characters`);
  const files = { ...run.files, ...(input.files ?? {}) };
  const result = runLine(
    run.cluster,
    line,
    files,
    run.clusterStart + Math.max(0, now - shownAt),
    run.namespace,
  );
  const goals = goalsOf(result.snapshot, run.puzzle.goals);
  const entry: TerminalEntry = {
    seq: run.commands.length + 1,
    playerId: LEARNER_ID,
    nickname: 'you',
    line,
    files: Object.keys(input.files ?? {}),
    output: result.output,
    truncated: result.truncated,
    exitCode: result.exitCode,
    at: now,
    ...(result.traces ? { traces: result.traces } : {}),
  };
  const solved = allMet(goals);
  const next: PracticePuzzleState = {
    ...run,
    cluster: result.snapshot,
    goals,
    commands: [...run.commands, entry],
    ...(result.namespace !== (run.namespace ?? 'default') ? { namespace: result.namespace } : {}),
    outcome: solved ? 'solved' : 'playing',
  };
  return ok({ run: next, solved });
}

export function puzzleHint(run: PracticePuzzleState, now: number): Result<PracticePuzzleState> {
  if (run.outcome !== 'playing') return fail('practice/already-answered', 'this puzzle is over');
  const index = run.hintsTaken.length;
  if (index >= run.hints.length) return fail('puzzle/no-more-hints', 'you have seen every hint');
  return ok({ ...run, hintsTaken: [...run.hintsTaken, { index, at: now }] });
}
