/** Answers: acceptance rules, response time, scoring at close, and when a question closes. */
import { describe, expect, it } from 'vitest';
import { PRESENCE_GRACE_MS } from './round.js';
import {
  HOST,
  T0,
  answerAction,
  correctIds,
  effectTypes,
  expectFail,
  gameId,
  gameIds,
  joinAll,
  newGame,
  player,
  run,
  started,
  wrongId,
} from './test-helpers.js';

describe('accepting an answer', () => {
  it('records it without scoring it yet, and acks the response time', () => {
    const { state, ids, openedAt } = started();
    const { state: next, effects } = run(
      state,
      answerAction(state, ids[0]!, correctIds(state), openedAt + 2000),
    );
    expect(next.phase).toBe('question');
    expect(next.answers).toEqual([
      {
        playerId: ids[0],
        questionId: 'q-single',
        choiceIds: gameIds(state, ['clusterip']),
        answeredAt: openedAt + 2000,
        responseMs: 2000,
        correct: true,
        points: null,
        streak: null,
      },
    ]);
    expect(next.players[0]).toMatchObject({ score: 0, streak: 0 }); // nothing visible changes before the reveal
    expect(effects).toEqual([
      { type: 'answer-accepted', playerId: ids[0], questionId: 'q-single', responseMs: 2000 },
      { type: 'broadcast' },
    ]);
  });

  it('accepts an answer exactly at the deadline, refuses one a millisecond later', () => {
    const { state, ids, openedAt } = started();
    const deadline = openedAt + 20_000;
    const at = run(state, answerAction(state, ids[0]!, correctIds(state), deadline));
    expect(at.effects[0]).toMatchObject({ type: 'answer-accepted', responseMs: 20_000 });
    const msg = expectFail(
      state,
      answerAction(state, ids[0]!, correctIds(state), deadline + 1),
      'game/not-accepting-answers',
    );
    expect(msg).toMatch(/time is up/);
  });

  it('refuses a second answer', () => {
    const { state, ids, openedAt } = started();
    const once = run(state, answerAction(state, ids[0]!, [wrongId(state)], openedAt + 100)).state;
    expectFail(once, answerAction(once, ids[0]!, correctIds(once), openedAt + 200), 'game/already-answered');
  });

  it('refuses answers outside an open question (lobby, reveal, scoreboard); after the podium the game ended', () => {
    const { state: lobby, ids } = joinAll(newGame(), ['ana', 'ben']);
    const a = {
      type: 'answer' as const,
      viewer: player(ids[0]!),
      questionId: 'q-single',
      choiceIds: ['clusterip'],
    };
    expectFail(lobby, { ...a, now: T0 }, 'game/not-accepting-answers');
    const question = run(lobby, { type: 'start', viewer: HOST, now: T0 + 1 }).state;
    const reveal = run(question, { type: 'tick', now: T0 + 30_000 }).state;
    expect(reveal.phase).toBe('reveal');
    expectFail(reveal, { ...a, now: T0 + 30_001 }, 'game/not-accepting-answers');
    const board = run(reveal, { type: 'next', viewer: HOST, now: T0 + 30_002 }).state;
    expectFail(board, { ...a, now: T0 + 30_003 }, 'game/not-accepting-answers');
    const podium = run(board, { type: 'end', viewer: HOST, now: T0 + 30_004 }).state;
    expectFail(podium, { ...a, now: T0 + 30_005 }, 'game/ended');
  });

  it('refuses a stale question id (the previous question) and names unknown ids', () => {
    const game = started(['ana', 'ben']);
    const { ids, openedAt } = game;
    let state = game.state;
    state = run(state, { type: 'skip', viewer: HOST, now: openedAt + 1 }).state;
    state = run(state, { type: 'next', viewer: HOST, now: openedAt + 2 }).state;
    state = run(state, { type: 'next', viewer: HOST, now: openedAt + 3 }).state;
    const base = {
      type: 'answer' as const,
      viewer: player(ids[0]!),
      choiceIds: ['clusterip'],
      now: openedAt + 4,
    };
    expectFail(state, { ...base, questionId: 'q-single' }, 'game/not-accepting-answers');
    expectFail(state, { ...base, questionId: 'no-such-question' }, 'game/unknown-question');
  });

  it('validates choices: unknown ids, duplicates, count per type', () => {
    const { state, ids, openedAt } = started(['ana', 'ben']);
    const now = openedAt + 100;
    const p = ids[0]!;
    expectFail(state, answerAction(state, p, ['nope'], now), 'game/invalid-choice');
    // The scenario's own ids name no choice of a game (practice shows them): refused like any unknown id.
    expectFail(state, answerAction(state, p, ['clusterip'], now), 'game/invalid-choice');
    const single = gameIds(state, ['clusterip', 'nodeport']);
    expectFail(state, answerAction(state, p, single, now), 'game/invalid-choice'); // single: exactly 1
    expectFail(state, answerAction(state, p, [], now), 'game/invalid-choice');
    // multiple choice: any non-empty set of distinct known ids
    let s = run(state, { type: 'skip', viewer: HOST, now }).state;
    s = run(s, { type: 'next', viewer: HOST, now }).state;
    s = run(s, { type: 'next', viewer: HOST, now }).state;
    const [port] = gameIds(s, ['port']);
    expectFail(s, answerAction(s, p, [port!, port!], now), 'game/invalid-choice');
    const otherQuestion = gameId(s, 'clusterip', 'q-single');
    expectFail(s, answerAction(s, p, [port!, otherQuestion], now), 'game/invalid-choice');
    const three = gameIds(s, ['port', 'targetport', 'image']);
    expect(run(s, answerAction(s, p, three, now)).state.answers).toHaveLength(1);
  });

  it('true/false takes exactly one of its two choices', () => {
    const game = started(['ana', 'ben']);
    const { ids, openedAt } = game;
    let state = game.state;
    for (let i = 0; i < 2; i++) {
      state = run(state, { type: 'skip', viewer: HOST, now: openedAt }).state;
      state = run(state, { type: 'next', viewer: HOST, now: openedAt }).state;
      state = run(state, { type: 'next', viewer: HOST, now: openedAt }).state;
    }
    expect(state.round?.questionId).toBe('q-tf');
    const both = gameIds(state, ['true', 'false']);
    expectFail(state, answerAction(state, ids[0]!, both, openedAt + 1), 'game/invalid-choice');
    expectFail(state, answerAction(state, ids[0]!, ['false'], openedAt + 1), 'game/invalid-choice');
    const s = run(state, answerAction(state, ids[0]!, gameIds(state, ['false']), openedAt + 1)).state;
    expect(s.answers.at(-1)).toMatchObject({ correct: true });
  });

  it('refuses answers from the host, unknown and kicked players', () => {
    const { state, ids, openedAt } = started(['ana', 'ben']);
    const a = {
      type: 'answer' as const,
      questionId: 'q-single',
      choiceIds: ['clusterip'],
      now: openedAt + 1,
    };
    expectFail(state, { ...a, viewer: HOST }, 'auth/not-player');
    expectFail(state, { ...a, viewer: player('p_nobody00') }, 'player/not-found');
    const kicked = run(state, { type: 'kick', viewer: HOST, playerId: ids[0]!, now: openedAt }).state;
    expectFail(kicked, { ...a, viewer: player(ids[0]!) }, 'player/kicked');
  });
});

describe('closing a question', () => {
  it('closes at the deadline tick, scoring answers and resetting missing streaks', () => {
    const { state, ids, openedAt } = started(['ana', 'ben', 'cy']);
    let s = run(state, answerAction(state, ids[0]!, correctIds(state), openedAt + 2000)).state;
    s = run(s, answerAction(s, ids[1]!, gameIds(s, ['nodeport']), openedAt + 3000)).state;
    expect(s.phase).toBe('question'); // cy has not answered
    const early = run(s, { type: 'tick', now: openedAt + 19_999 });
    expect(early.state.phase).toBe('question');
    expect(early.effects).toEqual([{ type: 'schedule', at: openedAt + 20_000 }]); // re-armed, nothing visible
    const { state: reveal, effects } = run(s, { type: 'tick', now: openedAt + 20_000 });
    expect(reveal.phase).toBe('reveal');
    expect(reveal.round?.closedAt).toBe(openedAt + 20_000);
    expect(reveal.players.map((p) => [p.score, p.streak, p.correctCount, p.totalResponseMs])).toEqual([
      [950, 1, 1, 2000],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(effectTypes(effects)).toEqual([
      'answer-recorded',
      'answer-recorded',
      'cancel-schedule',
      'broadcast',
    ]);
    expect(effects[1]).toEqual({
      type: 'answer-recorded',
      answer: {
        playerId: ids[1],
        questionId: 'q-single',
        choiceIds: ['nodeport'], // the scenario's id: what the database stores
        correct: false,
        responseMs: 3000,
        answeredAt: openedAt + 3000,
        points: 0,
        streak: 0,
      },
    });
  });

  it('closes as soon as every connected player has answered', () => {
    const { state, ids, openedAt } = started(['ana', 'ben']);
    let s = run(state, answerAction(state, ids[0]!, correctIds(state), openedAt + 1000)).state;
    expect(s.phase).toBe('question');
    const { state: reveal, effects } = run(s, answerAction(s, ids[1]!, correctIds(s), openedAt + 4000));
    expect(reveal.phase).toBe('reveal');
    expect(effectTypes(effects)).toEqual([
      'answer-accepted',
      'answer-recorded',
      'answer-recorded',
      'cancel-schedule',
      'broadcast',
    ]);
    s = reveal;
    expect(s.players.map((p) => p.score)).toEqual([975, 900]);
  });

  it('does not wait for players who were disconnected when the question opened', () => {
    const { state: lobby, ids } = joinAll(newGame(), ['ana', 'ben']);
    let s = run(lobby, { type: 'disconnect', viewer: player(ids[1]!), now: T0 }).state;
    s = run(s, { type: 'start', viewer: HOST, now: T0 + 60_000 }).state; // ben's grace is long over
    s = run(s, answerAction(s, ids[0]!, correctIds(s), T0 + 61_000)).state;
    expect(s.phase).toBe('reveal');
    expect(s.players[1]).toMatchObject({ score: 0, streak: 0 });
  });

  it('a reload (disconnect + connect within the grace period) does not close the question', () => {
    const { state, ids, openedAt } = started(['ana', 'ben']);
    let s = run(state, answerAction(state, ids[0]!, correctIds(state), openedAt + 1000)).state;
    const away = run(s, { type: 'disconnect', viewer: player(ids[1]!), now: openedAt + 2000 });
    s = away.state;
    expect(s.phase).toBe('question');
    expect(s.players[1]).toMatchObject({ connected: false, awaySince: openedAt + 2000 });
    // The tick is moved up to when ben's grace runs out.
    expect(away.effects).toEqual([
      { type: 'schedule', at: openedAt + 2000 + PRESENCE_GRACE_MS },
      { type: 'broadcast' },
    ]);
    const back = run(s, { type: 'connect', viewer: player(ids[1]!), now: openedAt + 3000 });
    expect(back.state.phase).toBe('question');
    expect(back.effects).toEqual([{ type: 'schedule', at: openedAt + 20_000 }, { type: 'broadcast' }]);
    s = run(back.state, answerAction(back.state, ids[1]!, correctIds(s), openedAt + 4000)).state;
    expect(s.phase).toBe('reveal');
  });

  it('the last unanswered player leaving closes the question once their grace runs out', () => {
    const { state, ids, openedAt } = started(['ana', 'ben']);
    let s = run(state, answerAction(state, ids[0]!, correctIds(state), openedAt + 1000)).state;
    s = run(s, { type: 'disconnect', viewer: player(ids[1]!), now: openedAt + 2000 }).state;
    expect(run(s, { type: 'tick', now: openedAt + 2000 + PRESENCE_GRACE_MS - 1 }).state.phase).toBe(
      'question',
    );
    const closed = run(s, { type: 'tick', now: openedAt + 2000 + PRESENCE_GRACE_MS });
    expect(closed.state.phase).toBe('reveal');
    expect(closed.state.players.map((p) => p.score)).toEqual([975, 0]);
  });

  it('with nobody connected the question waits for its deadline', () => {
    const { state, ids, openedAt } = started(['ana']);
    let s = run(state, { type: 'disconnect', viewer: player(ids[0]!), now: openedAt + 10 }).state;
    s = run(s, { type: 'tick', now: openedAt + 10 + PRESENCE_GRACE_MS }).state;
    expect(s.phase).toBe('question');
    expect(run(s, { type: 'tick', now: openedAt + 20_000 }).state.phase).toBe('reveal');
  });

  it('kicking the last player who had not answered closes the question', () => {
    const { state, ids, openedAt } = started(['ana', 'ben']);
    const s = run(state, answerAction(state, ids[0]!, correctIds(state), openedAt + 1000)).state;
    const { state: reveal, effects } = run(s, {
      type: 'kick',
      viewer: HOST,
      playerId: ids[1]!,
      now: openedAt + 1500,
    });
    expect(reveal.phase).toBe('reveal');
    expect(effectTypes(effects)).toEqual([
      'player-kicked',
      'answer-recorded',
      'cancel-schedule',
      'broadcast',
    ]);
  });

  it('a late joiner may answer the open question, timed from when it opened', () => {
    const { state, ids, openedAt } = started(['ana']);
    let s = run(state, answerAction(state, ids[0]!, correctIds(state), openedAt + 100)).state;
    expect(s.phase).toBe('reveal'); // ana was alone
    s = run(s, { type: 'next', viewer: HOST, now: openedAt + 200 }).state;
    s = run(s, { type: 'next', viewer: HOST, now: openedAt + 300 }).state;
    const late = joinAll(s, ['zed'], openedAt + 5300);
    s = late.state;
    const acc = run(s, answerAction(s, late.ids[0]!, correctIds(s), openedAt + 6300));
    expect(acc.effects[0]).toMatchObject({ type: 'answer-accepted', responseMs: 6000 });
  });

  it('streaks build across questions and reset on a wrong answer', () => {
    const game = started(['ana', 'ben']);
    const { ids, openedAt } = game;
    let state = game.state;
    const [a, b] = [ids[0]!, ids[1]!];
    const play = (ansA: 'right' | 'wrong', ansB: 'right' | 'wrong', at: number) => {
      const pick = (w: 'right' | 'wrong') => (w === 'right' ? correctIds(state) : [wrongId(state)]);
      state = run(state, answerAction(state, a, pick(ansA), at)).state;
      state = run(state, answerAction(state, b, pick(ansB), at)).state;
      state = run(state, { type: 'next', viewer: HOST, now: at + 1 }).state;
      if (state.questionIndex + 1 < state.questions.length)
        state = run(state, { type: 'next', viewer: HOST, now: at + 2 }).state;
    };
    play('right', 'right', openedAt + 100); // q-single (×1): 1000 each, streak 1
    play('right', 'wrong', openedAt + 200); // q-multi (×2), opened at +102: ana (1000 + 100) × 2
    play('right', 'right', openedAt + 300); // q-tf (×1): ana 1000 + 200, ben 1000
    expect(state.players.map((p) => [p.score, p.streak])).toEqual([
      [1000 + 2200 + 1200, 3],
      [1000 + 0 + 1000, 1],
    ]);
  });

  it('accuracy mode scores 1000 × multiplier', () => {
    const { state, ids, openedAt } = started(['ana'], { scoring: 'accuracy' });
    const s = run(state, answerAction(state, ids[0]!, correctIds(state), openedAt + 15_000)).state;
    expect(s.players[0]).toMatchObject({ score: 1000, streak: 1, totalResponseMs: 15_000 });
  });
});
