/**
 * The one ranking order of practice leaderboards: higher score first, then the shorter run, then the
 * earlier finish, then the lower run id, so two rows never share a rank. The database applies it
 * through `openDatabase({ bestRunOrder: compareRankKeys })` when it files a best run; the SQL in
 * server/persistence/prisma-leaderboard-repository.ts sorts by the same columns in the same order.
 */
import type { BestRunKey, BestRunOrder } from '../persistence/practice-repository.js';

export type RankKey = BestRunKey;

/** Negative when `a` ranks above `b`. */
export const compareRankKeys: BestRunOrder = (a, b) =>
  b.score - a.score || a.durationMs - b.durationMs || a.finishedAt - b.finishedAt || a.runId - b.runId;

/** Whether `candidate` should replace `current` as a learner's best. */
export const beats = (candidate: RankKey, current: RankKey): boolean =>
  compareRankKeys(candidate, current) < 0;
