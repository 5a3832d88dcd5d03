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
import type { ScoringMode } from '../common/records.js';

/** LIKE pattern for a substring, with LIKE's own wildcards taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Up to this many matches on a search page get their ranks by counting instead of ROW_NUMBER. */
const FEW_HITS = 3;

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

  /**
   * A search page in two steps: the page of matches (an index walk in ranking order that stops once
   * the page is full), then their board ranks from ROW_NUMBER over the rows down to the page's last
   * match only, so early pages do not number the whole board.
   */
  private async searchPage(
    board: BoardKey,
    options: { search: string; offset: number; limit: number },
  ): Promise<{ rows: RankedBest[]; total: number }> {
    const like = containsPattern(options.search);
    const [hits, counted] = await Promise.all([
      this.db.$queryRaw<BestSqlRow[]>`
        SELECT ${BEST_COLUMNS} FROM practice_bests
        WHERE ${sameBoard(board)} AND nickname_key LIKE ${like} ESCAPE '\\'
        ORDER BY score DESC, duration_ms, finished_at, run_id
        LIMIT ${options.limit} OFFSET ${options.offset}`,
      this.db.$queryRaw<{ n: number }[]>`
        SELECT CAST(COUNT(*) AS INTEGER) AS n FROM practice_bests
        WHERE ${sameBoard(board)} AND nickname_key LIKE ${like} ESCAPE '\\'`,
    ]);
    const last = hits.at(-1);
    if (!last) return { rows: [], total: Number(counted[0]?.n ?? 0) };
    // A handful of matches (someone looking for one nickname): counting is cheaper than numbering.
    if (hits.length <= FEW_HITS) {
      const ranks = await Promise.all(hits.map((h) => this.rankOfRow(board, h)));
      return { rows: hits.map((h, i) => fromSql(h, ranks[i] ?? 0)), total: Number(counted[0]?.n ?? 0) };
    }
    const [score, durationMs, runId] = [Number(last.score), Number(last.durationMs), Number(last.runId)];
    // The last match's finish time is read back in SQL, so no driver has to bind a date.
    const lastFinish = Prisma.sql`(SELECT finished_at FROM practice_bests
      WHERE ${sameBoard(board)} AND learner_id = ${Number(last.learnerId)})`;
    const ranks = await this.db.$queryRaw<{ learnerId: number; boardRank: number }[]>`
      SELECT learner_id AS "learnerId", board_rank AS "boardRank" FROM (
        SELECT learner_id,
          CAST(ROW_NUMBER() OVER (ORDER BY score DESC, duration_ms, finished_at, run_id) AS INTEGER) AS board_rank
        FROM practice_bests
        WHERE ${sameBoard(board)} AND score >= ${score}
          AND (score > ${score} OR duration_ms < ${durationMs}
            OR (duration_ms = ${durationMs} AND (finished_at < ${lastFinish}
              OR (finished_at = ${lastFinish} AND run_id <= ${runId}))))
      ) numbered
      WHERE learner_id IN (${Prisma.join(hits.map((h) => Number(h.learnerId)))})`;
    const rankOf = new Map(ranks.map((r) => [Number(r.learnerId), Number(r.boardRank)]));
    return {
      rows: hits.map((h) => fromSql(h, rankOf.get(Number(h.learnerId)) ?? 0)),
      total: Number(counted[0]?.n ?? 0),
    };
  }

  async practiceRankOf(board: BoardKey, learnerId: number): Promise<RankedBest | null> {
    const [mine] = await this.db.$queryRaw<BestSqlRow[]>`
      SELECT ${BEST_COLUMNS} FROM practice_bests
      WHERE set_id = ${board.setId} AND mode = ${board.mode} AND period = ${board.period}
        AND learner_id = ${learnerId}`;
    if (!mine) return null;
    return fromSql(mine, await this.rankOfRow(board, mine));
  }

  /** 1 + the rows above `row`: four contiguous ranges of the ranking index (an OR would make SQLite merge row sets). */
  private async rankOfRow(board: BoardKey, row: BestSqlRow): Promise<number> {
    const [score, durationMs, runId] = [Number(row.score), Number(row.durationMs), Number(row.runId)];
    const finish = Prisma.sql`(SELECT finished_at FROM practice_bests
      WHERE ${sameBoard(board)} AND learner_id = ${Number(row.learnerId)})`;
    const [above] = await this.db.$queryRaw<{ n: number }[]>`
      SELECT CAST((
        (SELECT COUNT(*) FROM practice_bests WHERE ${sameBoard(board)} AND score > ${score})
        + (SELECT COUNT(*) FROM practice_bests WHERE ${sameBoard(board)} AND score = ${score} AND duration_ms < ${durationMs})
        + (SELECT COUNT(*) FROM practice_bests WHERE ${sameBoard(board)} AND score = ${score} AND duration_ms = ${durationMs}
             AND finished_at < ${finish})
        + (SELECT COUNT(*) FROM practice_bests WHERE ${sameBoard(board)} AND score = ${score} AND duration_ms = ${durationMs}
             AND finished_at = ${finish} AND run_id < ${runId})
      ) AS INTEGER) AS n`;
    return Number(above?.n ?? 0) + 1;
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
