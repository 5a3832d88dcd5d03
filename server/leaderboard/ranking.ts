/**
 * The one ranking order of practice leaderboards: higher score first, then the shorter run, then the
 * earlier finish, then the lower run id, so two rows never share a rank. The SQL in
 * server/persistence/prisma-leaderboard-repository.ts sorts by the same columns in the same order.
 */
export interface RankKey {
  score: number;
  durationMs: number;
  /** Epoch ms. */
  finishedAt: number;
  runId: number;
}

/** Negative when `a` ranks above `b`. */
export function compareRankKeys(a: RankKey, b: RankKey): number {
  return b.score - a.score || a.durationMs - b.durationMs || a.finishedAt - b.finishedAt || a.runId - b.runId;
}

/** Whether `candidate` should replace `current` as a learner's best. */
export const beats = (candidate: RankKey, current: RankKey): boolean =>
  compareRankKeys(candidate, current) < 0;
