/**
 * Leaderboard reads. Ranking order everywhere: score (high first), then duration (short first), then
 * finish time (early first), then run id, so every row has one rank (1..n, no shared ranks).
 */
import type { PracticeBoardRow, PracticeMode, ScoringMode } from '../common/records.js';

export interface BoardKey {
  setId: string;
  mode: PracticeMode;
  /** 'all', 'd:YYYY-MM-DD' or 'w:YYYY-MM-DD' (see server/leaderboard/periods.ts). */
  period: string;
}

export type RankedBest = PracticeBoardRow<Date>;

export interface PublicGameRecord {
  code: string;
  setId: string;
  scoring: ScoringMode;
  endedAt: Date;
  playerCount: number;
  winner: string | null;
}

export interface RankedPlayer {
  rank: number;
  playerId: string;
  nickname: string;
  score: number;
  correctCount: number;
  totalResponseMs: number;
}

export interface GameRanking {
  /** Ranked players by rank (kicked and unranked players are left out). */
  players: RankedPlayer[];
  /** Distinct questions that received at least one answer. */
  answeredQuestionCount: number;
}

export interface LeaderboardRepository {
  /** One page of a practice board; `search` is a lower-case substring of the nickname ('' = all). */
  practicePage(
    board: BoardKey,
    options: { search: string; offset: number; limit: number },
  ): Promise<{ rows: RankedBest[]; total: number }>;
  /** The learner's row on a board, or null when they have no finished run in it. */
  practiceRankOf(board: BoardKey, learnerId: number): Promise<RankedBest | null>;
  /** Finished public classroom games, newest first. */
  publicGames(options: {
    offset: number;
    limit: number;
  }): Promise<{ rows: PublicGameRecord[]; total: number }>;
  /** Final ranking of a game (by join code), or null when there is no such game. */
  gameRanking(code: string): Promise<GameRanking | null>;
}
