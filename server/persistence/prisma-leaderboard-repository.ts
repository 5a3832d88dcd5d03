/**
 * LeaderboardRepository on Prisma. Practice boards read `practice_bests`, whose index
 * (set_id, mode, period, score DESC, duration_ms, finished_at, run_id, learner_id, nickname_key)
 * matches the ranking order: a page is an index walk, a rank is a few range counts over the index, and a
 * search ranks matches with ROW_NUMBER over the index alone.
 *
 * The reads are SQL (tagged `$queryRaw`, so both drivers bind parameters their own way): the same
 * queries through the model API measured several times slower, mostly Prisma's own per-query work
 * (docs/performance.md). The SQL is plain enough for SQLite and PostgreSQL alike.
 */
import { Prisma } from './generated/sqlite/client.js';
import type { Db } from './prisma-client.js';
import type {
  BoardKey,
  GameRanking,
  LeaderboardRepository,
  PublicGameRecord,
  RankedBest,
} from './leaderboard-repository.js';
import type { ScoringMode } from '../protocol/views.js';

/** LIKE pattern for a substring, with LIKE's own wildcards taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface BestSqlRow {
  learnerId: number;
  nickname: string;
  score: number;
  accuracy: number;
  durationMs: number;
  finishedAt: Date | string;
  runId: number;
}

const BEST_COLUMNS = Prisma.sql`learner_id AS "learnerId", nickname, score, accuracy, duration_ms AS "durationMs",
  finished_at AS "finishedAt", run_id AS "runId"`;

const sameBoard = (board: BoardKey) =>
  Prisma.sql`set_id = ${board.setId} AND mode = ${board.mode} AND period = ${board.period}`;

// Drivers differ in how raw results come back (SQLite integers may be BigInt, dates may be text).
const fromSql = (row: BestSqlRow, rank: number): RankedBest => ({
  rank,
  learnerId: Number(row.learnerId),
  nickname: row.nickname,
  score: Number(row.score),
  accuracy: Number(row.accuracy),
  durationMs: Number(row.durationMs),
  finishedAt: new Date(row.finishedAt),
});

export class PrismaLeaderboardRepository implements LeaderboardRepository {
  constructor(private readonly db: Db) {}

  async practicePage(
    board: BoardKey,
    options: { search: string; offset: number; limit: number },
  ): Promise<{ rows: RankedBest[]; total: number }> {
    if (options.search !== '') return this.searchPage(board, options);
    const [rows, counted] = await Promise.all([
      this.db.$queryRaw<BestSqlRow[]>`
        SELECT ${BEST_COLUMNS} FROM practice_bests
        WHERE set_id = ${board.setId} AND mode = ${board.mode} AND period = ${board.period}
        ORDER BY score DESC, duration_ms, finished_at, run_id
        LIMIT ${options.limit} OFFSET ${options.offset}`,
      this.db.$queryRaw<{ n: number }[]>`
        SELECT CAST(COUNT(*) AS INTEGER) AS n FROM practice_bests
        WHERE set_id = ${board.setId} AND mode = ${board.mode} AND period = ${board.period}`,
    ]);
    return {
      rows: rows.map((row, i) => fromSql(row, options.offset + i + 1)),
      total: Number(counted[0]?.n ?? 0),
    };
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
    const ids = hits.map((h) => Number(h.learnerId));
    const rows =
      ids.length === 0
        ? []
        : await this.db.$queryRaw<BestSqlRow[]>`
            SELECT ${BEST_COLUMNS} FROM practice_bests
            WHERE set_id = ${board.setId} AND mode = ${board.mode} AND period = ${board.period}
              AND learner_id IN (${Prisma.join(ids)})`;
    const byLearner = new Map(rows.map((r) => [Number(r.learnerId), r]));
    return {
      rows: hits.flatMap((h) => {
        const row = byLearner.get(Number(h.learnerId));
        return row ? [fromSql(row, Number(h.boardRank))] : [];
      }),
      total: Number(counted[0]?.n ?? 0),
    };
  }

  async practiceRankOf(board: BoardKey, learnerId: number): Promise<RankedBest | null> {
    const [mine] = await this.db.$queryRaw<BestSqlRow[]>`
      SELECT ${BEST_COLUMNS} FROM practice_bests
      WHERE set_id = ${board.setId} AND mode = ${board.mode} AND period = ${board.period}
        AND learner_id = ${learnerId}`;
    if (!mine) return null;
    const { score, durationMs, runId } = {
      score: Number(mine.score),
      durationMs: Number(mine.durationMs),
      runId: Number(mine.runId),
    };
    // Rows above = four contiguous ranges of the ranking index (an OR would make SQLite merge row sets).
    const [above] = await this.db.$queryRaw<{ n: number }[]>`
      SELECT CAST((
        (SELECT COUNT(*) FROM practice_bests WHERE ${sameBoard(board)} AND score > ${score})
        + (SELECT COUNT(*) FROM practice_bests WHERE ${sameBoard(board)} AND score = ${score} AND duration_ms < ${durationMs})
        + (SELECT COUNT(*) FROM practice_bests WHERE ${sameBoard(board)} AND score = ${score} AND duration_ms = ${durationMs}
             AND finished_at < (SELECT finished_at FROM practice_bests WHERE ${sameBoard(board)} AND learner_id = ${learnerId}))
        + (SELECT COUNT(*) FROM practice_bests WHERE ${sameBoard(board)} AND score = ${score} AND duration_ms = ${durationMs}
             AND finished_at = (SELECT finished_at FROM practice_bests WHERE ${sameBoard(board)} AND learner_id = ${learnerId})
             AND run_id < ${runId})
      ) AS INTEGER) AS n`;
    return fromSql(mine, Number(above?.n ?? 0) + 1);
  }

  async publicGames(options: {
    offset: number;
    limit: number;
  }): Promise<{ rows: PublicGameRecord[]; total: number }> {
    const [games, counted] = await Promise.all([
      this.db.$queryRaw<
        {
          code: string;
          setId: string;
          scoring: string;
          endedAt: Date | string;
          playerCount: number;
          winner: string | null;
        }[]
      >`
        SELECT g.code, g.set_id AS "setId", g.scoring, g.ended_at AS "endedAt",
          CAST((SELECT COUNT(*) FROM players p WHERE p.game_id = g.id AND p.rank IS NOT NULL) AS INTEGER) AS "playerCount",
          (SELECT p.nickname FROM players p WHERE p.game_id = g.id AND p.rank = 1 LIMIT 1) AS winner
        FROM games g
        WHERE g.is_public = TRUE AND g.ended_at IS NOT NULL AND g.mode = 'classroom'
        ORDER BY g.ended_at DESC, g.id DESC
        LIMIT ${options.limit} OFFSET ${options.offset}`,
      this.db.$queryRaw<{ n: number }[]>`
        SELECT CAST(COUNT(*) AS INTEGER) AS n FROM games
        WHERE is_public = TRUE AND ended_at IS NOT NULL AND mode = 'classroom'`,
    ]);
    return {
      rows: games.map((g) => ({
        code: g.code,
        setId: g.setId,
        scoring: g.scoring as ScoringMode,
        endedAt: new Date(g.endedAt),
        playerCount: Number(g.playerCount),
        winner: g.winner,
      })),
      total: Number(counted[0]?.n ?? 0),
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
