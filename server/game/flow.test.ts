/** Phase transitions and host controls. */
import { describe, expect, it } from 'vitest';
import type { GameAction } from './state.js';
import {
  HOST,
  T0,
  answerAction,
  effectTypes,
  expectFail,
  gameIds,
  joinAll,
  newGame,
  player,
  run,
  started,
} from './test-helpers.js';

describe('start', () => {
  it('lobby → first question, with a deadline tick', () => {
    const { state: lobby } = joinAll(newGame(), ['ana']);
    const { state, effects } = run(lobby, { type: 'start', viewer: HOST, now: T0 + 1000 });
    expect(state.phase).toBe('question');
    expect(state.questionIndex).toBe(0);
    expect(state.startedAt).toBe(T0 + 1000);
    expect(state.round).toMatchObject({ questionId: 'q-single', openedAt: T0 + 1000, deadline: T0 + 21_000 });
    expect(effects).toEqual([
      { type: 'game-started', at: T0 + 1000 },
      { type: 'schedule', at: T0 + 21_000 },
      { type: 'broadcast' },
    ]);
  });

  it('needs at least one player', () => {
    expectFail(newGame(), { type: 'start', viewer: HOST, now: T0 }, 'game/no-players');
  });

  it('kicked players do not count', () => {
    const { state, ids } = joinAll(newGame(), ['ana']);
    const { state: kicked } = run(state, { type: 'kick', viewer: HOST, playerId: ids[0]!, now: T0 });
    expectFail(kicked, { type: 'start', viewer: HOST, now: T0 }, 'game/no-players');
  });

  it('only once', () => {
    const { state } = started();
    expectFail(state, { type: 'start', viewer: HOST, now: T0 + 2000 }, 'game/wrong-phase');
  });
});

describe('next', () => {
  it('walks reveal → scoreboard → question … → podium', () => {
    let { state } = started(['ana']);
    const seen: string[] = [state.phase];
    let now = T0 + 1000;
    for (let i = 0; i < state.questions.length; i++) {
      now += 60_000;
      state = run(state, { type: 'tick', now }).state; // deadline passes
      seen.push(state.phase);
      state = run(state, { type: 'next', viewer: HOST, now }).state;
      seen.push(state.phase);
      const r = run(state, { type: 'next', viewer: HOST, now });
      state = r.state;
      seen.push(state.phase);
      if (state.phase === 'podium') {
        expect(effectTypes(r.effects)).toEqual(['game-finished', 'broadcast']);
        const finished = r.effects[0];
        expect(finished).toMatchObject({ type: 'game-finished', at: now, endedEarly: false });
      }
    }
    expect(seen).toEqual([
      'question',
      ...['reveal', 'scoreboard', 'question'],
      ...['reveal', 'scoreboard', 'question'],
      ...['reveal', 'scoreboard', 'question'],
      ...['reveal', 'scoreboard', 'podium'],
    ]);
    expect(state.endedEarly).toBe(false);
    expect(state.endedAt).toBe(now);
  });

  it('opens the next question with a fresh deadline', () => {
    const { state, openedAt } = started(['ana']);
    const reveal = run(state, { type: 'skip', viewer: HOST, now: openedAt + 100 }).state;
    const board = run(reveal, { type: 'next', viewer: HOST, now: openedAt + 200 }).state;
    const { state: q2, effects } = run(board, { type: 'next', viewer: HOST, now: openedAt + 300 });
    expect(q2.questionIndex).toBe(1);
    expect(q2.round).toMatchObject({
      questionId: 'q-multi',
      openedAt: openedAt + 300,
      deadline: openedAt + 10_300,
    });
    expect(effects).toEqual([{ type: 'schedule', at: openedAt + 10_300 }, { type: 'broadcast' }]);
  });

  it('is refused in the lobby and during an open question', () => {
    const { state: lobby } = joinAll(newGame(), ['ana']);
    expectFail(lobby, { type: 'next', viewer: HOST, now: T0 }, 'game/wrong-phase');
    const { state } = started();
    expectFail(state, { type: 'next', viewer: HOST, now: T0 + 2000 }, 'game/wrong-phase');
  });
});

describe('skip', () => {
  it('skip with answers in: they are recorded with 0 points, streaks unchanged', () => {
    const { state, ids, openedAt } = started(['ana', 'ben']);
    expect(state.round?.questionId).toBe('q-single');
    const answered = run(
      state,
      answerAction(state, ids[0]!, gameIds(state, ['clusterip']), openedAt + 300),
    ).state;
    const { state: reveal, effects } = run(answered, { type: 'skip', viewer: HOST, now: openedAt + 5000 });
    expect(reveal.phase).toBe('reveal');
    expect(reveal.round?.voided).toBe(true);
    expect(reveal.players.map((p) => [p.score, p.streak])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(effects).toEqual([
      {
        type: 'answer-recorded',
        answer: {
          playerId: ids[0],
          questionId: 'q-single',
          choiceIds: ['clusterip'],
          correct: true,
          responseMs: 300,
          answeredAt: openedAt + 300,
          points: 0,
          streak: 0,
        },
      },
      { type: 'cancel-schedule' },
      { type: 'broadcast' },
    ]);
  });

  it('keeps an existing streak through a skipped question', () => {
    const { state, ids, openedAt } = started(['ana', 'ben']);
    const [a, b] = [ids[0]!, ids[1]!];
    let s = run(state, {
      type: 'answer',
      viewer: player(a),
      questionId: 'q-single',
      choiceIds: gameIds(state, ['clusterip']),
      now: openedAt + 100,
    }).state;
    s = run(s, {
      type: 'answer',
      viewer: player(b),
      questionId: 'q-single',
      choiceIds: gameIds(s, ['nodeport']),
      now: openedAt + 100,
    }).state;
    expect(s.players.map((p) => p.streak)).toEqual([1, 0]);
    s = run(s, { type: 'next', viewer: HOST, now: openedAt + 200 }).state;
    s = run(s, { type: 'next', viewer: HOST, now: openedAt + 300 }).state;
    s = run(s, {
      type: 'answer',
      viewer: player(b),
      questionId: 'q-multi',
      choiceIds: gameIds(s, ['port', 'targetport']),
      now: openedAt + 400,
    }).state;
    s = run(s, { type: 'skip', viewer: HOST, now: openedAt + 500 }).state;
    expect(s.players.map((p) => [p.score, p.streak])).toEqual([
      [1000, 1],
      [0, 0],
    ]);
  });

  it('is refused outside an open question', () => {
    const { state: lobby } = joinAll(newGame(), ['ana']);
    expectFail(lobby, { type: 'skip', viewer: HOST, now: T0 }, 'game/wrong-phase');
    const { state, openedAt } = started();
    const reveal = run(state, { type: 'skip', viewer: HOST, now: openedAt + 1 }).state;
    expectFail(reveal, { type: 'skip', viewer: HOST, now: openedAt + 2 }, 'game/wrong-phase');
  });
});

describe('end', () => {
  it('from the lobby → podium, endedEarly', () => {
    const { state: lobby } = joinAll(newGame(), ['ana', 'ben']);
    const { state, effects } = run(lobby, { type: 'end', viewer: HOST, now: T0 + 5 });
    expect(state.phase).toBe('podium');
    expect(state.endedEarly).toBe(true);
    expect(effects[0]).toMatchObject({ type: 'game-finished', at: T0 + 5, endedEarly: true });
    expect(effects.at(-1)).toEqual({ type: 'broadcast' });
  });

  it('during a question voids it, then podium; the schedule is cancelled', () => {
    const { state, ids, openedAt } = started(['ana', 'ben']);
    expect(state.round?.questionId).toBe('q-single');
    const answered = run(
      state,
      answerAction(state, ids[0]!, gameIds(state, ['clusterip']), openedAt + 300),
    ).state;
    const { state: podium, effects } = run(answered, { type: 'end', viewer: HOST, now: openedAt + 400 });
    expect(podium.phase).toBe('podium');
    expect(podium.players.map((p) => p.score)).toEqual([0, 0]);
    expect(effectTypes(effects)).toEqual([
      'answer-recorded',
      'game-finished',
      'cancel-schedule',
      'broadcast',
    ]);
    const finished = effects.find((e) => e.type === 'game-finished');
    expect(finished?.type === 'game-finished' && finished.ranking.map((r) => r.playerId)).toEqual(ids);
  });

  it('from reveal and scoreboard', () => {
    const { state, openedAt } = started(['ana']);
    const reveal = run(state, { type: 'skip', viewer: HOST, now: openedAt + 1 }).state;
    expect(run(reveal, { type: 'end', viewer: HOST, now: openedAt + 2 }).state.phase).toBe('podium');
    const board = run(reveal, { type: 'next', viewer: HOST, now: openedAt + 2 }).state;
    expect(run(board, { type: 'end', viewer: HOST, now: openedAt + 3 }).state).toMatchObject({
      phase: 'podium',
      endedEarly: true,
    });
  });

  it('after the podium every host and player action says the game ended', () => {
    const { state: lobby, ids } = joinAll(newGame(), ['ana']);
    const podium = run(lobby, { type: 'end', viewer: HOST, now: T0 }).state;
    const now = T0 + 1;
    for (const type of ['start', 'next', 'skip', 'pause', 'resume', 'end'] as const) {
      expectFail(podium, { type, viewer: HOST, now }, 'game/ended');
    }
    expectFail(podium, { type: 'kick', viewer: HOST, playerId: ids[0]!, now }, 'game/ended');
    const me = player(ids[0]!);
    const questionId = podium.questions[0]!.id;
    const actions: GameAction[] = [
      { type: 'team-set', viewer: HOST, playerId: ids[0]!, teamId: 'team-1', now },
      { type: 'team-auto', viewer: HOST, size: 2, now },
      { type: 'puzzle-watch', viewer: HOST, teamId: null, now },
      { type: 'puzzle-watch', viewer: HOST, teamId: 'team-1', now },
      { type: 'answer', viewer: me, questionId, choiceIds: ['c_x'], now },
      { type: 'team-choose', viewer: me, teamId: 'team-1', now },
      { type: 'puzzle-command', viewer: me, line: 'kubectl get pods', now },
      { type: 'puzzle-hint', viewer: me, now },
    ];
    for (const action of actions) expectFail(podium, action, 'game/ended');
  });
});

describe('host-only actions', () => {
  it('are refused for players, in every phase, with nothing changed', () => {
    const { state: lobby, ids } = joinAll(newGame(), ['ana', 'ben']);
    const me = player(ids[0]!);
    const { state: question } = run(lobby, { type: 'start', viewer: HOST, now: T0 + 1 });
    const reveal = run(question, { type: 'skip', viewer: HOST, now: T0 + 2 }).state;
    for (const state of [lobby, question, reveal]) {
      for (const type of ['start', 'next', 'skip', 'pause', 'resume', 'end'] as const) {
        expectFail(state, { type, viewer: me, now: T0 + 3 }, 'auth/not-host');
      }
      expectFail(state, { type: 'kick', viewer: me, playerId: ids[1]!, now: T0 + 3 }, 'auth/not-host');
    }
  });
});
