/**
 * Practice and leaderboard HTTP routes over a real server (startServer, port 0, temp SQLite file).
 * Time is a ManualClock, so timed deadlines are exact. Set: scenarios/90-e2e-short.yaml (3 questions).
 */
import { describe, expect, it } from 'vitest';
import type {
  GameRankingResponse,
  Paged,
  PracticeLeaderboardResponse,
  PracticeMeResponse,
  PracticeRunSummaryRow,
  PracticeRunView,
  PublicGameRow,
  StartPracticeResponse,
} from '../protocol/practice.js';
import type { Result } from '../protocol/result.js';
import { ManualClock } from '../common/clock.js';
import { useTestServer } from './test-server.js';

const RIGHT: Record<string, string[]> = {
  'default-type': ['clusterip'],
  'reachable-from-outside': ['nodeport', 'loadbalancer'],
  'dns-name-shape': ['true'],
};
const WRONG: Record<string, string[]> = {
  'default-type': ['nodeport'],
  'reachable-from-outside': ['nodeport', 'clusterip'],
  'dns-name-shape': ['false'],
};

const clock = new ManualClock(Date.UTC(2026, 10, 25, 9, 0, 0));
const ctx = useTestServer(clock, 'practice', { ENABLE_TEST_SETS: '1' });

async function call<T>(
  method: string,
  route: string,
  opts: { token?: string; body?: unknown } = {},
): Promise<{ status: number; json: Result<T>; text: string }> {
  const res = await fetch(`${ctx.server.url}${route}`, {
    method,
    headers: {
      ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    },
    ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
  });
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text) as Result<T>, text };
}

function data<T>(r: { json: Result<T> }): T {
  if (!r.json.ok) throw new Error(`${r.json.error.code}: ${r.json.error.message}`);
  return r.json.data;
}

async function begin(nickname: string, timed = false) {
  const r = await call<StartPracticeResponse>('POST', '/api/practice/runs', {
    body: { setId: 'e2e-short', nickname, timed },
  });
  expect(r.status).toBe(201);
  const started = data(r);
  return { token: started.token!, run: started.run, learner: started.learner };
}

const answer = (token: string, run: PracticeRunView, choiceIds: string[]) =>
  call<PracticeRunView>('POST', `/api/practice/runs/${run.runId}/answers`, {
    token,
    body: { questionId: run.question!.id, choiceIds },
  });
const next = (token: string, run: PracticeRunView) =>
  call<PracticeRunView>('POST', `/api/practice/runs/${run.runId}/next`, { token });

/** Answers until finished; `wrongFirst` question ids are answered wrong on the first attempt. */
async function playOut(token: string, run: PracticeRunView, wrongFirst: string[] = [], stepMs = 1000) {
  while (run.phase !== 'finished') {
    if (run.phase === 'feedback') run = data(await next(token, run));
    const q = run.question!;
    clock.advance(stepMs);
    run = data(await answer(token, run, (wrongFirst.includes(q.id) && !q.retry ? WRONG : RIGHT)[q.id]!));
  }
  return run;
}

describe('practice runs over HTTP', () => {
  it('needs a valid nickname to create an identity', async () => {
    const none = await call('POST', '/api/practice/runs', { body: { setId: 'e2e-short' } });
    expect(none).toMatchObject({
      status: 400,
      json: { ok: false, error: { code: 'practice/nickname-required' } },
    });
    const long = await call('POST', '/api/practice/runs', {
      body: { setId: 'e2e-short', nickname: 'x'.repeat(21) },
    });
    expect(long).toMatchObject({ status: 400, json: { error: { code: 'validation/invalid-payload' } } });
    const set = await call('POST', '/api/practice/runs', { body: { setId: 'nope', nickname: 'ok' } });
    expect(set).toMatchObject({ status: 404, json: { error: { code: 'scenario/not-found' } } });
    const badToken = await call('POST', '/api/practice/runs', {
      token: 'x'.repeat(32),
      body: { setId: 'e2e-short' },
    });
    expect(badToken.status).toBe(401);
  });

  it('starts, resumes at the same question, gives feedback, re-queues and finishes', async () => {
    const { token, run, learner } = await begin('<b>Resumer</b>');
    expect(learner.nickname).toBe('<b>Resumer</b>');
    expect(run).toMatchObject({
      phase: 'question',
      status: 'active',
      position: 0,
      total: 3,
      timed: false,
      clock: null,
    });
    // The question is all the client gets: nothing says which choice is right.
    expect(run.question?.choices.length).toBeGreaterThan(1);
    expect(JSON.stringify(run)).not.toMatch(/"correct"|correctChoiceIds|explanation|"why"/);

    const me = data(await call<PracticeMeResponse>('GET', '/api/practice/me', { token }));
    expect(me.activeRun?.question).toEqual(run.question);
    const again = data(await call<PracticeRunView>('GET', `/api/practice/runs/${run.runId}`, { token }));
    expect(again.question).toEqual(run.question);

    const first = run.question!.id;
    const wrong = data(await answer(token, run, WRONG[first]!));
    expect(wrong.phase).toBe('feedback');
    expect(wrong.feedback).toMatchObject({
      questionId: first,
      correct: false,
      requeued: true,
      correctChoiceIds: RIGHT[first],
    });
    expect(wrong.feedback?.wrongChoices.length).toBeGreaterThan(0);
    expect(wrong.feedback?.wrongChoices.every((c) => typeof c.why === 'string')).toBe(true);
    expect(wrong.total).toBe(4);
    // A reload during feedback shows the same feedback; answering again is refused.
    expect(
      data(await call<PracticeRunView>('GET', `/api/practice/runs/${run.runId}`, { token })).feedback,
    ).toEqual(wrong.feedback);
    expect(await answer(token, wrong, RIGHT[first]!)).toMatchObject({
      status: 409,
      json: { error: { code: 'practice/already-answered' } },
    });

    const done = await playOut(token, wrong);
    expect(done.status).toBe('finished');
    expect(done.summary).toMatchObject({ score: 2000, correctCount: 2, questionCount: 3, hintsUsed: 0 });
    expect(done.summary?.mistakes.map((m) => m.questionId)).toEqual([first]);
    expect(await next(token, done)).toMatchObject({
      status: 409,
      json: { error: { code: 'practice/finished' } },
    });

    const history = data(await call<Paged<PracticeRunSummaryRow>>('GET', '/api/practice/runs', { token }));
    expect(history.rows[0]).toMatchObject({
      runId: run.runId,
      status: 'finished',
      score: 2000,
      kind: 'normal',
    });
    const bests = data(await call<PracticeMeResponse>('GET', '/api/practice/me', { token }));
    expect(bests.activeRun).toBeNull();
    expect(bests.bests).toMatchObject([
      { setId: 'e2e-short', mode: 'untimed', score: 2000, runId: run.runId },
    ]);

    // Review: only the mistake, as a review run that stays off the leaderboard.
    const review = await call<PracticeRunView>('POST', `/api/practice/runs/${run.runId}/review`, { token });
    expect(review.status).toBe(201);
    const reviewRun = data(review);
    expect(reviewRun).toMatchObject({ kind: 'review', total: 1, question: { id: first } });
    const reviewed = await playOut(token, reviewRun);
    expect(reviewed.summary?.mistakes).toEqual([]);
    const noMore = await call('POST', `/api/practice/runs/${reviewRun.runId}/review`, { token });
    expect(noMore).toMatchObject({ status: 409, json: { error: { code: 'practice/nothing-to-review' } } });
  });

  it('keeps a timed deadline across reloads and times out an abandoned question', async () => {
    const { token, run } = await begin('Timer', true);
    const limit = run.question!.timeLimitMs;
    expect(run.clock?.remainingMs).toBe(limit);
    clock.advance(4000);
    const reloaded = data(await call<PracticeRunView>('GET', `/api/practice/runs/${run.runId}`, { token }));
    expect(reloaded.clock).toMatchObject({ deadline: run.clock!.deadline, remainingMs: limit - 4000 });
    clock.advance(limit);
    const late = data(await call<PracticeRunView>('GET', `/api/practice/runs/${run.runId}`, { token }));
    expect(late).toMatchObject({
      phase: 'feedback',
      feedback: { timedOut: true, correct: false, points: 0 },
    });
    const moved = data(await next(token, late));
    expect(moved.clock?.deadline).toBe(clock.now() + moved.question!.timeLimitMs);
  });

  it('guards runs: token needed, other learners’ runs are invisible, stale question ids are refused', async () => {
    const a = await begin('Owner');
    const b = await begin('Intruder');
    expect((await call('GET', `/api/practice/runs/${a.run.runId}`)).status).toBe(401);
    expect(await call('GET', `/api/practice/runs/${a.run.runId}`, { token: b.token })).toMatchObject({
      status: 404,
      json: { error: { code: 'practice/not-found' } },
    });
    const stale = await call('POST', `/api/practice/runs/${a.run.runId}/answers`, {
      token: a.token,
      body: { questionId: 'not-this-one', choiceIds: ['x'] },
    });
    expect(stale).toMatchObject({ status: 409, json: { error: { code: 'practice/wrong-question' } } });
    const bad = await call('POST', `/api/practice/runs/${a.run.runId}/answers`, {
      token: a.token,
      body: { choiceIds: [] },
    });
    expect(bad.status).toBe(400);
    // A new run abandons the old one.
    const again = data(
      await call<StartPracticeResponse>('POST', '/api/practice/runs', {
        token: a.token,
        body: { setId: 'e2e-short' },
      }),
    );
    expect(again.token).toBeNull();
    expect(await next(a.token, a.run)).toMatchObject({
      status: 409,
      json: { error: { code: 'practice/abandoned' } },
    });
  });

  it('rate-limits answers per token with a clear error', async () => {
    const { token, run } = await begin('Spammer');
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await next(token, run)).status);
    expect(statuses.slice(0, 20).every((s) => s === 409)).toBe(true);
    const limited = await next(token, run);
    expect(limited).toMatchObject({ status: 429, json: { error: { code: 'rate/limited' } } });
    expect(limited.json.ok || limited.json.error.message).toMatch(/wait/);
    clock.advance(5000);
    expect((await next(token, run)).status).toBe(409);
  });
});

describe('leaderboards over HTTP', () => {
  it('shows a finished run at its rank with the viewer highlighted', async () => {
    const slow = await begin('Slowpoke');
    await playOut(slow.token, slow.run, [], 5000);
    const quick = await begin('Quick');
    await playOut(quick.token, quick.run, [], 1000);
    const board = data(
      await call<PracticeLeaderboardResponse>(
        'GET',
        '/api/leaderboards/practice/e2e-short?window=today&q=o',
        { token: slow.token },
      ),
    );
    const names = board.rows.map((r) => r.nickname);
    expect(names.indexOf('Quick')).toBeLessThan(names.indexOf('Slowpoke'));
    expect(board.you).toMatchObject({ nickname: 'Slowpoke', score: 3000, me: true });
    expect(board.rows.find((r) => r.me)?.nickname).toBe('Slowpoke');
    const bad = await call('GET', '/api/leaderboards/practice/e2e-short?pageSize=500');
    expect(bad).toMatchObject({ status: 400, json: { error: { code: 'validation/invalid-payload' } } });
    expect((await call('GET', '/api/leaderboards/practice/nope')).status).toBe(404);
  });

  it('lets the host publish a classroom game and shows its ranking', async () => {
    const created = await fetch(`${ctx.server.url}/api/games`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ setId: 'e2e-short' }),
    });
    const { data: game } = (await created.json()) as { data: { code: string; hostToken: string } };
    const { code, hostToken } = game;
    // Without the host token a live game answers like a missing one (no probing for live codes).
    expect(await call('PATCH', `/api/games/${code}`, { body: { isPublic: true } })).toMatchObject({
      status: 404,
      json: { ok: false, error: { code: 'room/not-found' } },
    });
    expect(
      (await call('PATCH', `/api/games/${code}`, { token: hostToken, body: { isPublic: 'yes' } })).status,
    ).toBe(400);
    expect(await call('GET', `/api/games/${code}/ranking`, { token: hostToken })).toMatchObject({
      status: 409,
      json: { error: { code: 'game/not-finished' } },
    });
    await ctx.server.repo.addPlayer({
      gameCode: code,
      playerId: 'p1',
      nickname: 'Solo',
      joinedAt: new Date(clock.now()),
    });
    await ctx.server.repo.finishGame({
      code,
      endedAt: new Date(clock.now()),
      endedEarly: false,
      ranking: [{ playerId: 'p1', finalScore: 1900, rank: 1, correctCount: 2, totalResponseMs: 3000 }],
    });
    const games = () => call<Paged<PublicGameRow>>('GET', '/api/leaderboards/games?pageSize=50');
    expect(data(await games()).rows.map((g) => g.code)).not.toContain(code);
    expect((await call('GET', `/api/games/${code}/ranking`)).status).toBe(404);
    const ranking = data(
      await call<GameRankingResponse>('GET', `/api/games/${code.toLowerCase()}/ranking`, {
        token: hostToken,
      }),
    );
    expect(ranking).toMatchObject({
      code,
      isPublic: false,
      questionCount: 3,
      rows: [{ rank: 1, nickname: 'Solo', score: 1900, timeMs: 3000 }],
    });
    expect(ranking.rows[0]?.accuracy).toBeCloseTo(2 / 3);

    const published = await call('PATCH', `/api/games/${code}`, {
      token: hostToken,
      body: { isPublic: true },
    });
    expect(published).toMatchObject({ status: 200, json: { ok: true, data: { code, isPublic: true } } });
    expect(data(await games()).rows[0]).toMatchObject({ code, winner: 'Solo', playerCount: 1 });
    expect((await call('GET', `/api/games/${code}/ranking`)).status).toBe(200);
  });
});
