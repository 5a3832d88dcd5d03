/**
 * LeaderboardRepository on Prisma. Practice boards read `practice_bests`, whose index
 * (set_id, mode, period, score DESC, duration_ms, finished_at, run_id) matches the ranking order, so a
 * page is an index walk and a rank is a count over the index. Only a nickname search needs SQL
 * Prisma cannot express (the rank of each match among all rows: ROW_NUMBER over the board).
 */
import type { Db } from './prisma-client.js';
import type {
  BoardKey,
  GameRanking,
  LeaderboardRepository,
  PublicGameRecord,
  RankedBest,
} from './leaderboard-repository.js';
import type { ScoringMode } from '../protocol/views.js';

const RANK_ORDER = [
  { score: 'desc' },
  { durationMs: 'asc' },
  { finishedAt: 'asc' },
  { runId: 'asc' },
] as const;

/** LIKE pattern for a substring, with LIKE's own wildcards taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type BestFields = Omit<RankedBest, 'rank'>;

const fields = {
  learnerId: true,
  nickname: true,
  score: true,
  accuracy: true,
  durationMs: true,
  finishedAt: true,
  runId: true,
} as const;

const ranked = (row: BestFields & { runId?: number }, rank: number): RankedBest => ({
  rank,
  learnerId: row.learnerId,
  nickname: row.nickname,
  score: row.score,
  accuracy: row.accuracy,
  durationMs: row.durationMs,
  finishedAt: row.finishedAt,
});

export class PrismaLeaderboardRepository implements LeaderboardRepository {
  constructor(private readonly db: Db) {}

  async practicePage(
    board: BoardKey,
    options: { search: string; offset: number; limit: number },
  ): Promise<{ rows: RankedBest[]; total: number }> {
    if (options.search !== '') return this.searchPage(board, options);
    const where = { setId: board.setId, mode: board.mode, period: board.period };
    const [rows, total] = await Promise.all([
      this.db.practiceBest.findMany({
        where,
        orderBy: [...RANK_ORDER],
        skip: options.offset,
        take: options.limit,
        select: fields,
      }),
      this.db.practiceBest.count({ where }),
    ]);
    return { rows: rows.map((row, i) => ranked(row, options.offset + i + 1)), total };
  }

  private async searchPage(
    board: BoardKey,
    options: { search: string; offset: number; limit: number },
  ): Promise<{ rows: RankedBest[]; total: number }> {
    const like = containsPattern(options.search);
    const [hits, counted] = await Promise.all([
      this.db.$queryRaw<{ learnerId: number; boardRank: number }[]>`
        SELECT learner_id AS "learnerId", board_rank AS "boardRank" FROM (
          SELECT learner_id, nickname_key,
            CAST(ROW_NUMBER() OVER (ORDER BY score DESC, duration_ms, finished_at, run_id) AS INTEGER) AS board_rank
          FROM practice_bests
          WHERE set_id = ${board.setId} AND mode = ${board.mode} AND period = ${board.period}
        ) numbered
        WHERE nickname_key LIKE ${like} ESCAPE '\\'
        ORDER BY board_rank
        LIMIT ${options.limit} OFFSET ${options.offset}`,
      this.db.$queryRaw<{ n: number }[]>`
        SELECT CAST(COUNT(*) AS INTEGER) AS n FROM practice_bests
        WHERE set_id = ${board.setId} AND mode = ${board.mode} AND period = ${board.period}
          AND nickname_key LIKE ${like} ESCAPE '\\'`,
    ]);
    const rows = await this.db.practiceBest.findMany({
      where: {
        setId: board.setId,
        mode: board.mode,
        period: board.period,
        learnerId: { in: hits.map((h) => h.learnerId) },
      },
      select: fields,
    });
    const byLearner = new Map(rows.map((r) => [r.learnerId, r]));
    return {
      rows: hits.flatMap((h) => {
        const row = byLearner.get(Number(h.learnerId));
        return row ? [ranked(row, Number(h.boardRank))] : [];
      }),
      total: Number(counted[0]?.n ?? 0),
    };
  }

  async practiceRankOf(board: BoardKey, learnerId: number): Promise<RankedBest | null> {
    const key = { setId: board.setId, mode: board.mode, period: board.period };
    const mine = await this.db.practiceBest.findUnique({
      where: { setId_mode_period_learnerId: { ...key, learnerId } },
      select: fields,
    });
    if (!mine) return null;
    const { score, durationMs, finishedAt, runId } = mine;
    const above = await this.db.practiceBest.count({
      where: {
        ...key,
        OR: [
          { score: { gt: score } },
          { score, durationMs: { lt: durationMs } },
          { score, durationMs, finishedAt: { lt: finishedAt } },
          { score, durationMs, finishedAt, runId: { lt: runId } },
        ],
      },
    });
    return ranked(mine, above + 1);
  }

  async publicGames(options: {
    offset: number;
    limit: number;
  }): Promise<{ rows: PublicGameRecord[]; total: number }> {
    const where = { isPublic: true, mode: 'classroom', endedAt: { not: null } };
    const [games, total] = await Promise.all([
      this.db.game.findMany({
        where,
        orderBy: [{ endedAt: 'desc' }, { id: 'desc' }],
        skip: options.offset,
        take: options.limit,
        select: {
          code: true,
          setId: true,
          scoring: true,
          endedAt: true,
          _count: { select: { players: { where: { rank: { not: null } } } } },
          players: { where: { rank: 1 }, select: { nickname: true }, take: 1 },
        },
      }),
      this.db.game.count({ where }),
    ]);
    return {
      rows: games.map((g) => ({
        code: g.code,
        setId: g.setId,
        scoring: g.scoring as ScoringMode,
        endedAt: g.endedAt ?? new Date(0),
        playerCount: g._count.players,
        winner: g.players[0]?.nickname ?? null,
      })),
      total,
    };
  }

  async gameRanking(code: string): Promise<GameRanking | null> {
    const game = await this.db.game.findUnique({ where: { code }, select: { id: true } });
    if (!game) return null;
    const [players, questions] = await Promise.all([
      this.db.player.findMany({
        where: { gameId: game.id, rank: { not: null }, kicked: false },
        orderBy: [{ rank: 'asc' }, { joinedAt: 'asc' }],
      }),
      this.db.answer.findMany({
        where: { gameId: game.id },
        distinct: ['questionId'],
        select: { questionId: true },
      }),
    ]);
    return {
      players: players.map((p) => ({
        rank: p.rank ?? 0,
        playerId: p.id,
        nickname: p.nickname,
        score: p.finalScore ?? 0,
        correctCount: p.correctCount ?? 0,
        totalResponseMs: p.totalResponseMs ?? 0,
      })),
      answeredQuestionCount: questions.length,
    };
  }
}
