/**
 * Leaderboard queries against real databases: SQLite always, PostgreSQL when a server answers.
 * Runs are written through the practice repository exactly as a finishing run is, so the best-run
 * table is maintained by the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogOf } from '../content/catalog.js';
import { openDatabase, type Database } from '../persistence/open-database.js';
import {
  noteSkippedPostgres,
  testDatabaseTargets,
  type TestDatabase,
} from '../persistence/test-databases.js';
import type { PracticeMode } from '../persistence/practice-repository.js';
import { testSet } from '../practice/test-set.js';
import { hashToken } from '../common/secrets.js';
import { periodsOfRun } from './periods.js';
import { compareRankKeys } from './ranking.js';
import { LeaderboardService } from './service.js';

// Wednesday 2026-11-25 12:00 UTC: "this week" began Monday 2026-11-23.
const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const HOUR = 3_600_000;
const SETS = ['lb-rank', 'lb-best', 'lb-window', 'lb-page', 'lb-search', 'lb-modes'];
const catalog = catalogOf(SETS.map((id) => ({ ...testSet, id, title: `Set ${id}` })));

noteSkippedPostgres('leaderboards');
describe.each(testDatabaseTargets())('leaderboards on %s', (_name, fresh) => {
  let target: TestDatabase;
  let db: Database;
  let service: LeaderboardService;
  let seq = 0;

  beforeAll(async () => {
    target = await fresh();
    db = await openDatabase(target.url, { bestRunOrder: compareRankKeys });
    service = new LeaderboardService({
      leaderboard: db.leaderboard,
      games: db.repo,
      catalog,
      clock: { now: () => NOW },
    });
  });
  afterAll(async () => {
    await db?.close();
    await target?.drop();
  });

  async function learner(nickname: string): Promise<number> {
    seq += 1;
    const l = await db.practice.createLearner({
      nickname,
      tokenHash: hashToken(`token-${seq}-${nickname}`),
      createdAt: new Date(NOW),
    });
    return l.id;
  }

  /** A finished normal run, saved the way PracticeService saves one. */
  async function finish(
    learnerId: number,
    setId: string,
    run: { score: number; durationMs: number; finishedAt: number; mode?: PracticeMode },
  ): Promise<number> {
    const mode = run.mode ?? 'untimed';
    const started = await db.practice.startRun({
      learnerId,
      setId,
      kind: 'normal',
      timed: mode === 'timed',
      seed: 1,
      state: '{}',
      startedAt: new Date(run.finishedAt - run.durationMs),
      reviewOfId: null,
    });
    await db.practice.saveRun(started.id, started.version, {
      state: '{}',
      status: 'finished',
      score: run.score,
      correctCount: 4,
      answeredCount: 5,
      accuracy: 0.8,
      durationMs: run.durationMs,
      hintsUsed: 0,
      finishedAt: new Date(run.finishedAt),
      newAnswers: [],
      leaderboard: { mode, periods: periodsOfRun(run.finishedAt) },
    });
    return started.id;
  }

  const board = async (
    setId: string,
    query: Partial<{
      window: 'today' | 'week' | 'all';
      mode: PracticeMode;
      page: number;
      pageSize: number;
      q: string;
    }> = {},
    viewer: number | null = null,
  ) => {
    const r = await service.practiceBoard(
      setId,
      { window: 'all', mode: 'untimed', page: 1, pageSize: 20, q: '', ...query },
      viewer,
    );
    if (!r.ok) throw new Error(r.error.message);
    return r.data;
  };
  const names = (rows: { nickname: string }[]) => rows.map((r) => r.nickname);

  it('ranks by score, then shorter time, then earlier finish', async () => {
    const t = NOW - HOUR;
    await finish(await learner('slow'), 'lb-rank', { score: 3000, durationMs: 60_000, finishedAt: t });
    await finish(await learner('fast'), 'lb-rank', { score: 3000, durationMs: 50_000, finishedAt: t });
    const later = await learner('fast-later');
    await finish(later, 'lb-rank', { score: 3000, durationMs: 50_000, finishedAt: t + 1000 });
    await finish(await learner('best'), 'lb-rank', { score: 4000, durationMs: 90_000, finishedAt: t });
    // Same score, time and finish as "fast-later": the earlier run (lower id) stays ahead.
    const twin = await learner('twin');
    await finish(twin, 'lb-rank', { score: 3000, durationMs: 50_000, finishedAt: t + 1000 });
    const data = await board('lb-rank');
    expect(names(data.rows)).toEqual(['best', 'fast', 'fast-later', 'twin', 'slow']);
    expect(data.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect((await board('lb-rank', { pageSize: 1 }, later)).you).toMatchObject({ rank: 3, me: true });
    expect((await board('lb-rank', { pageSize: 1 }, twin)).you).toMatchObject({ rank: 4, nickname: 'twin' });
    // Search ranks go through the same tie-breaks.
    const ranksOf = async (q: string) =>
      (await board('lb-rank', { q })).rows.map((r) => [r.nickname, r.rank]);
    expect(await ranksOf('FAST')).toEqual([
      ['fast', 2],
      ['fast-later', 3],
    ]);
    expect(await ranksOf('twin')).toEqual([['twin', 4]]);
    expect(await ranksOf('o')).toEqual([['slow', 5]]);
    expect(data.rows[0]).toMatchObject({ score: 4000, durationMs: 90_000, accuracy: 0.8, me: false });
    expect(data.total).toBe(5);
  });

  it('keeps only the best run per learner', async () => {
    const a = await learner('alice');
    const b = await learner('bob');
    await finish(a, 'lb-best', { score: 2000, durationMs: 10_000, finishedAt: NOW - 3 * HOUR });
    await finish(b, 'lb-best', { score: 2500, durationMs: 10_000, finishedAt: NOW - 3 * HOUR });
    await finish(a, 'lb-best', { score: 1000, durationMs: 5_000, finishedAt: NOW - 2 * HOUR });
    expect((await board('lb-best')).rows.map((r) => [r.nickname, r.score])).toEqual([
      ['bob', 2500],
      ['alice', 2000],
    ]);
    // Same score but faster replaces the best; then a better score.
    await finish(a, 'lb-best', { score: 2000, durationMs: 8_000, finishedAt: NOW - HOUR });
    expect((await board('lb-best')).rows[1]).toMatchObject({ nickname: 'alice', durationMs: 8_000 });
    await finish(a, 'lb-best', { score: 3000, durationMs: 20_000, finishedAt: NOW - HOUR });
    expect(names((await board('lb-best')).rows)).toEqual(['alice', 'bob']);
    expect((await board('lb-best')).total).toBe(2);
  });

  it('windows: today, this week (from Monday, UTC) and all time', async () => {
    const today = await learner('today');
    const monday = await learner('monday');
    const lastWeek = await learner('last-week');
    const old = await learner('old');
    await finish(today, 'lb-window', {
      score: 100,
      durationMs: 1000,
      finishedAt: Date.UTC(2026, 10, 25, 0, 0, 1),
    });
    await finish(monday, 'lb-window', {
      score: 200,
      durationMs: 1000,
      finishedAt: Date.UTC(2026, 10, 23, 0, 0, 0),
    });
    await finish(lastWeek, 'lb-window', {
      score: 300,
      durationMs: 1000,
      finishedAt: Date.UTC(2026, 10, 22, 23, 59, 59),
    });
    await finish(old, 'lb-window', { score: 400, durationMs: 1000, finishedAt: NOW - 40 * 24 * HOUR });
    // An old great run of "today" must not lift its today row: windows keep their own bests.
    await finish(today, 'lb-window', { score: 900, durationMs: 1000, finishedAt: NOW - 30 * 24 * HOUR });
    const day = await board('lb-window', { window: 'today' });
    expect(day.rows.map((r) => [r.nickname, r.score])).toEqual([['today', 100]]);
    expect(day.since).toBe('2026-11-25T00:00:00.000Z');
    const week = await board('lb-window', { window: 'week' });
    expect(names(week.rows)).toEqual(['monday', 'today']);
    expect(week.since).toBe('2026-11-23T00:00:00.000Z');
    const all = await board('lb-window', { window: 'all' });
    expect(all.rows.map((r) => [r.nickname, r.score])).toEqual([
      ['today', 900],
      ['old', 400],
      ['last-week', 300],
      ['monday', 200],
    ]);
    expect(all.since).toBeNull();
  });

  it('paginates with global ranks and always returns the viewer row', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) {
      const id = await learner(`player-${i}`);
      ids.push(id);
      await finish(id, 'lb-page', { score: 1000 * (7 - i), durationMs: 1000, finishedAt: NOW - HOUR });
    }
    const pages = await Promise.all(
      [1, 2, 3].map((page) => board('lb-page', { page, pageSize: 3 }, ids[6]!)),
    );
    expect(pages.map((p) => p.rows.map((r) => r.rank))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7]);
    expect(pages[0]?.you).toMatchObject({ rank: 7, nickname: 'player-6', me: true });
    expect(pages[2]?.rows[0]?.me).toBe(true);
    expect((await board('lb-page', { page: 4, pageSize: 3 })).rows).toEqual([]);
    // More matches than the counting shortcut handles: ranks come from ROW_NUMBER.
    const search = async (page: number) =>
      (await board('lb-page', { q: 'PLAYER-', page, pageSize: 4 })).rows.map((r) => r.rank);
    expect(await search(1)).toEqual([1, 2, 3, 4]);
    expect(await search(2)).toEqual([5, 6, 7]);
    expect((await board('lb-page', {}, await learner('nobody'))).you).toBeNull();
  });

  it('searches nicknames case-insensitively, keeping each row its board rank', async () => {
    const rows: [string, number][] = [
      ['KubeFan', 5000],
      ['other', 4000],
      ['kubectl_pro', 3000],
      ['100%kube', 2000],
      ['plain', 1000],
    ];
    const ids = new Map<string, number>();
    for (const [nick, score] of rows) {
      const id = await learner(nick);
      ids.set(nick, id);
      await finish(id, 'lb-search', { score, durationMs: 1000, finishedAt: NOW - HOUR });
    }
    const hit = await board('lb-search', { q: 'KUBE' }, ids.get('plain')!);
    expect(hit.rows.map((r) => [r.nickname, r.rank])).toEqual([
      ['KubeFan', 1],
      ['kubectl_pro', 3],
      ['100%kube', 4],
    ]);
    expect(hit.total).toBe(3);
    expect(hit.you).toMatchObject({ nickname: 'plain', rank: 5 });
    // LIKE wildcards are literal.
    expect(names((await board('lb-search', { q: '%' })).rows)).toEqual(['100%kube']);
    expect(names((await board('lb-search', { q: 'l_p' })).rows)).toEqual(['kubectl_pro']);
    const paged = await board('lb-search', { q: 'kube', page: 2, pageSize: 2 });
    expect(paged.rows.map((r) => r.rank)).toEqual([4]);
  });

  it('keeps timed and untimed boards apart, and refuses unknown sets', async () => {
    const id = await learner('timer');
    await finish(id, 'lb-modes', { score: 7000, durationMs: 1000, finishedAt: NOW - HOUR, mode: 'timed' });
    expect((await board('lb-modes', { mode: 'untimed' })).rows).toEqual([]);
    expect(names((await board('lb-modes', { mode: 'timed' })).rows)).toEqual(['timer']);
    const missing = await service.practiceBoard(
      'nope',
      { window: 'all', mode: 'untimed', page: 1, pageSize: 5, q: '' },
      null,
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'scenario/not-found' } });
  });

  it('lists finished public games newest first and shows rankings to the right people', async () => {
    const hostToken = 'host-token-0123456789abcdef';
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const code = `LB${String(i).padStart(4, '0')}`;
      codes.push(code);
      await db.repo.createGame({
        code,
        setId: 'lb-rank',
        mode: 'classroom',
        scoring: 'classic',
        hostSecretHash: hashToken(hostToken),
        seed: 1,
        createdAt: new Date(NOW - 5 * HOUR),
      });
      for (const [j, nick] of ['Ann', 'Ben', 'Cy'].entries()) {
        await db.repo.addPlayer({
          gameCode: code,
          playerId: `p${j}`,
          nickname: nick,
          joinedAt: new Date(NOW - 5 * HOUR),
        });
      }
      await db.repo.recordAnswer({
        gameCode: code,
        playerId: 'p1',
        questionId: 'q1',
        choiceIds: ['right'],
        correct: true,
        responseMs: 900,
        points: 1000,
        streak: 1,
        answeredAt: new Date(NOW - 4 * HOUR),
      });
      if (i < 2) {
        await db.repo.finishGame({
          code,
          endedAt: new Date(NOW - (4 - i) * HOUR),
          endedEarly: true,
          ranking: [
            { playerId: 'p1', finalScore: 1000, rank: 1, correctCount: 1, totalResponseMs: 900 },
            { playerId: 'p0', finalScore: 0, rank: 2, correctCount: 0, totalResponseMs: 0 },
          ],
        });
      }
    }
    const listed = async () => (await service.publicGames({ page: 1, pageSize: 50 })).rows.map((g) => g.code);
    expect(await listed()).toEqual([]);
    for (const code of codes) expect((await service.setPublic(code, hostToken, true)).ok).toBe(true);
    expect(await listed()).toEqual([codes[1], codes[0]]);
    const list = await service.publicGames({ page: 1, pageSize: 1 });
    expect(list).toMatchObject({
      total: 2,
      rows: [{ code: codes[1], playerCount: 2, winner: 'Ben', setTitle: 'Set lb-rank' }],
    });

    expect(await service.setPublic(codes[0]!, 'wrong-token-0123456789abcdef', false)).toMatchObject({
      ok: false,
      error: { code: 'room/not-found' },
    });
    await service.setPublic(codes[0]!, hostToken, false);
    expect(await listed()).toEqual([codes[1]]);
    const q = { page: 1, pageSize: 20, q: '' };
    expect(await service.gameRanking(codes[0]!, undefined, q)).toMatchObject({
      ok: false,
      error: { code: 'room/not-found' },
    });
    const asHost = await service.gameRanking(codes[0]!, hostToken, q);
    expect(asHost).toMatchObject({
      ok: true,
      data: {
        isPublic: false,
        questionCount: 1,
        playerCount: 2,
        rows: [
          { rank: 1, nickname: 'Ben', score: 1000, accuracy: 1, timeMs: 900 },
          { rank: 2, nickname: 'Ann', score: 0, accuracy: 0 },
        ],
      },
    });
    // The host's result link opens the private game for anyone holding it, and only with the right key.
    const key = asHost.ok ? asHost.data.resultKey : undefined;
    expect(key).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const viaLink = await service.gameRanking(codes[0]!, undefined, { ...q, key });
    expect(viaLink).toMatchObject({ ok: true, data: { isPublic: false, playerCount: 2 } });
    expect(viaLink.ok && viaLink.data.resultKey).toBeFalsy();
    const wrongKey = `${key!.slice(0, 23)}${key!.endsWith('A') ? 'B' : 'A'}`;
    expect(await service.gameRanking(codes[0]!, undefined, { ...q, key: wrongKey })).toMatchObject({
      ok: false,
      error: { code: 'room/not-found' },
    });
    const searched = await service.gameRanking(codes[1]!, undefined, { ...q, q: 'an' });
    expect(searched.ok && searched.data.rows.map((r) => r.nickname)).toEqual(['Ann']);
    expect(await service.gameRanking(codes[2]!, undefined, q)).toMatchObject({
      ok: false,
      error: { code: 'game/not-finished' },
    });
  });
});
