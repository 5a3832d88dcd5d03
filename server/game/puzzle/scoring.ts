/**
 * Puzzle-round scoring: pure and integer.
 *
 *   base   = round(P × (1 − t / (2T)))     P the round's points, t the active time used (paused time
 *                                          excluded), T the time limit: P when solved at once, P/2 at
 *                                          the deadline — "points by time left", never nothing for a fix
 *   points = max(0, base − H)              H the sum of the costs of the hints the team took
 *
 * Unsolved: 0. Every member of the team at the moment it solved earns the team's points.
 * Examples (P = 1000, T = 600 s): solved after 60 s, no hint → 950; after 300 s with hints costing
 * 100 + 200 → 750 − 300 = 450; at 600 s with hints costing 600 → 0.
 */
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
