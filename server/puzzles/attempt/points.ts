/**
 * Puzzle scoring: pure and integer.
 *
 *   base   = round(P × (1 − t / (2T)))     P the puzzle's points, t the active time used (paused time
 *                                          excluded), T the time limit: P when solved at once, P/2 at
 *                                          the deadline — "points by time left", never nothing for a fix
 *   points = max(0, base − H)              H the sum of the costs of the hints taken
 *
 * Untimed (T = 0, a practice run): P − H. Unsolved: 0 (the owner of the attempt decides when it counts;
 * a classroom team's members at the moment it solved all earn the team's points).
 * Examples (P = 1000, T = 600 s): solved after 60 s, no hint → 950; after 300 s with hints costing
 * 100 + 200 → 750 − 300 = 450; at 600 s with hints costing 600 → 0.
 */
import type { Attempt } from './attempt.js';
import { hintCost } from './attempt.js';

export function puzzlePoints(input: {
  points: number;
  timeLimitMs: number;
  usedMs: number;
  hintCost: number;
}): number {
  const { points, timeLimitMs } = input;
  const t = Math.max(0, Math.min(input.usedMs, timeLimitMs));
  const base = timeLimitMs <= 0 ? points : Math.round((points * (2 * timeLimitMs - t)) / (2 * timeLimitMs));
  return Math.max(0, base - Math.max(0, input.hintCost));
}

/** The points of a solved attempt: its hints' costs come off; without a time limit time does not count. */
export function attemptPoints(
  attempt: Pick<Attempt, 'hints' | 'hintsTaken'>,
  scoring: { points: number; timeLimitMs?: number; usedMs?: number },
): number {
  return puzzlePoints({
    points: scoring.points,
    timeLimitMs: scoring.timeLimitMs ?? 0,
    usedMs: scoring.usedMs ?? 0,
    hintCost: hintCost(attempt),
  });
}
