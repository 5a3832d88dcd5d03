/**
 * Leaderboards for the HTTP edge: practice boards per set (windows, pagination, search, the viewer's
 * own row) and classroom results (public listing, one game's ranking, the host's public switch).
 * Database work sits behind LeaderboardRepository / GameRepository; this file only composes.
 */
import type { GameRepository } from '../persistence/game-repository.js';
import type { LeaderboardRepository, RankedBest } from '../persistence/leaderboard-repository.js';
import type {
  GameRankingResponse,
  LeaderboardWindow,
  Paged,
  PracticeLeaderboardResponse,
  PracticeLeaderboardRow,
  PracticeMode,
  PublicGameRow,
} from '../protocol/practice.js';
import { hashToken, resultKeyOf, sameHash } from '../common/secrets.js';
import { fail, ok, type Result } from './errors.js';
import { periodOf } from './periods.js';

/** What the boards show of a scenario set (the content catalogue fits). */
export interface SetInfo {
  get(setId: string): { title: string; questions: readonly unknown[] } | undefined;
}

export interface LeaderboardServiceDeps {
  leaderboard: LeaderboardRepository;
  games: GameRepository;
  catalog: SetInfo;
  clock: { now(): number };
}

export interface PageInput {
  page: number;
  pageSize: number;
}

const offsetOf = (p: PageInput) => (p.page - 1) * p.pageSize;
/** Search compares against the stored lower-cased nickname, folded the same way. */
export const searchKey = (q: string): string => q.normalize('NFC').trim().toLocaleLowerCase('en');

export class LeaderboardService {
  constructor(private readonly deps: LeaderboardServiceDeps) {}

  async practiceBoard(
    setId: string,
    query: PageInput & { window: LeaderboardWindow; mode: PracticeMode; q: string },
    viewerLearnerId: number | null,
  ): Promise<Result<PracticeLeaderboardResponse>> {
    const set = this.deps.catalog.get(setId);
    if (!set) return fail('scenario/not-found', `there is no scenario set "${setId}"`);
    const { period, since } = periodOf(query.window, this.deps.clock.now());
    const board = { setId, mode: query.mode, period };
    const [page, you] = await Promise.all([
      this.deps.leaderboard.practicePage(board, {
        search: searchKey(query.q),
        offset: offsetOf(query),
        limit: query.pageSize,
      }),
      viewerLearnerId === null ? null : this.deps.leaderboard.practiceRankOf(board, viewerLearnerId),
    ]);
    const row = (r: RankedBest): PracticeLeaderboardRow => ({
      rank: r.rank,
      learnerId: r.learnerId,
      nickname: r.nickname,
      score: r.score,
      accuracy: r.accuracy,
      durationMs: r.durationMs,
      finishedAt: r.finishedAt.toISOString(),
      me: r.learnerId === viewerLearnerId,
    });
    return ok({
      setId,
      setTitle: set.title,
      window: query.window,
      mode: query.mode,
      since: since === null ? null : new Date(since).toISOString(),
      rows: page.rows.map(row),
      page: query.page,
      pageSize: query.pageSize,
      total: page.total,
      you: you && row(you),
    });
  }

  async publicGames(query: PageInput): Promise<Paged<PublicGameRow>> {
    const { rows, total } = await this.deps.leaderboard.publicGames({
      offset: offsetOf(query),
      limit: query.pageSize,
    });
    return {
      rows: rows.map((g) => ({
        code: g.code,
        setId: g.setId,
        setTitle: this.deps.catalog.get(g.setId)?.title ?? g.setId,
        scoring: g.scoring,
        endedAt: g.endedAt.toISOString(),
        playerCount: g.playerCount,
        winner: g.winner,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  /** A finished game's ranking: public games for everyone, private ones with the host's token. */
  async gameRanking(
    code: string,
    hostToken: string | undefined,
    query: PageInput & { q: string; key?: string },
  ): Promise<Result<GameRankingResponse>> {
    const game = await this.deps.games.findGameByCode(code);
    const isHost = !!game && !!hostToken && sameHash(hashToken(hostToken), game.hostSecretHash);
    const hasLink = !!game && query.key !== undefined && query.key === resultKeyOf(game.hostSecretHash);
    // A private game looks exactly like a missing one to everyone but its host and the holders of its link.
    if (!game || game.mode !== 'classroom' || (!game.isPublic && !isHost && !hasLink)) {
      return fail('room/not-found', `no public results for game ${code}`);
    }
    if (game.endedAt === null) return fail('game/not-finished', `game ${code} has not finished yet`);
    const ranking = await this.deps.leaderboard.gameRanking(code);
    if (!ranking) return fail('room/not-found', `no game with code ${code}`);
    const setCount = this.deps.catalog.get(game.setId)?.questions.length;
    // A game ended early played fewer questions than its set has.
    const questionCount =
      game.endedEarly || setCount === undefined ? ranking.answeredQuestionCount : setCount;
    const key = searchKey(query.q);
    const matching = key
      ? ranking.players.filter((p) => p.nickname.toLocaleLowerCase('en').includes(key))
      : ranking.players;
    const start = offsetOf(query);
    return ok({
      code: game.code,
      setId: game.setId,
      setTitle: this.deps.catalog.get(game.setId)?.title ?? game.setId,
      scoring: game.scoring,
      isPublic: game.isPublic,
      ...(isHost ? { resultKey: resultKeyOf(game.hostSecretHash) } : {}),
      endedAt: game.endedAt.toISOString(),
      endedEarly: game.endedEarly,
      questionCount,
      playerCount: ranking.players.length,
      rows: matching.slice(start, start + query.pageSize).map((p) => ({
        rank: p.rank,
        playerId: p.playerId,
        nickname: p.nickname,
        score: p.score,
        correctCount: p.correctCount,
        accuracy: questionCount === 0 ? 0 : p.correctCount / questionCount,
        timeMs: p.totalResponseMs,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: matching.length,
    });
  }

  async setPublic(
    code: string,
    hostToken: string | undefined,
    isPublic: boolean,
  ): Promise<Result<{ code: string; isPublic: boolean }>> {
    const game = await this.deps.games.findGameByCode(code);
    // Without the host token a game looks exactly like a missing one (no probing for live codes).
    if (!game || !hostToken || !sameHash(hashToken(hostToken), game.hostSecretHash)) {
      return fail('room/not-found', `no game with code ${code} that you host`);
    }
    await this.deps.games.setPublic(code, isPublic);
    return ok({ code, isPublic });
  }
}
