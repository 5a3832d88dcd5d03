/**
 * Ranking: score descending; ties by lower total response time, then by join order (earlier first).
 * Total response time is the sum of the response times of the player's *correct* answers: counting wrong
 * or missing answers would rank a player who never answered (0 ms) above one who tried and missed, and in
 * "accuracy" mode (where ties are common) it means "equally right, but faster". Ranks are 1..n with no
 * shared places, so the podium always has exactly three names (when there are three players).
 */
import type { RankingEntry } from '../protocol/views.js';

export interface RankInput {
  playerId: string;
  nickname: string;
  score: number;
  correctCount: number;
  totalResponseMs: number;
}

/** `players` must be in join order: it is the last tie-breaker. */
export function rankPlayers(players: readonly RankInput[]): RankingEntry[] {
  return players
    .map((p, joinOrder) => ({ p, joinOrder }))
    .sort(
      (a, b) =>
        b.p.score - a.p.score || a.p.totalResponseMs - b.p.totalResponseMs || a.joinOrder - b.joinOrder,
    )
    .map(({ p }, i) => ({
      playerId: p.playerId,
      nickname: p.nickname,
      score: p.score,
      rank: i + 1,
      correctCount: p.correctCount,
      totalResponseMs: p.totalResponseMs,
    }));
}
