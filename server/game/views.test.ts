/** Per-viewer views, and above all: no correctness before the reveal. */
import { describe, expect, it } from 'vitest';
import { scenarioSetSchema, type ScenarioSetInput } from '../content/schema.js';
import type { GameState } from './state.js';
import { viewFor } from './views.js';
import {
  HOST,
  T0,
  answerAction,
  correctIds,
  fixtureInput,
  gameIds,
  joinAll,
  newGame,
  player,
  run,
  started,
  wrongId,
} from './test-helpers.js';

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!Array.isArray(value)) out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

/** The same set with the correct answers moved: a different correct choice for every question. */
function withOtherAnswers(): ScenarioSetInput {
  const moved = structuredClone(fixtureInput);
  for (const q of moved.questions) {
    if (q.type === 'truefalse') q.answer = !q.answer;
    else q.choices.forEach((c) => (c.correct = !c.correct));
  }
  // single-choice questions need exactly one correct: keep the last one only
  for (const q of moved.questions) {
    if (q.type !== 'single') continue;
    q.choices.forEach((c, i) => (c.correct = i === q.choices.length - 1));
  }
  return moved;
}

/** Everyone's views, serialized, during an open question in which some players have answered. */
function questionViews(state: GameState, ids: string[], now: number): string[] {
  return [
    JSON.stringify(viewFor(state, HOST, now)),
    ...ids.map((id) => JSON.stringify(viewFor(state, player(id), now))),
  ];
}

describe('no correct answer before the reveal', () => {
  it('no view carries correctness, reveal data or explanations during a question', () => {
    const game = started(['ana', 'ben', 'cy']);
    const { ids, openedAt } = game;
    let state = game.state;
    for (let round = 0; round < state.questions.length; round++) {
      const now = state.round!.openedAt;
      state = run(state, answerAction(state, ids[0]!, correctIds(state), now + 600)).state;
      state = run(state, answerAction(state, ids[1]!, [wrongId(state)], now + 700)).state;
      expect(state.phase).toBe('question');
      const q = state.questions[state.questionIndex]!;
      for (const json of questionViews(state, ids, now + 800)) {
        const view = JSON.parse(json);
        expect(keysOf(view)).not.toContain('correct');
        expect(keysOf(view)).not.toContain('correctChoiceIds');
        expect(view.reveal).toBeNull();
        expect(json).not.toContain(q.explanation);
        // Scores and streaks have not moved, so they cannot hint either.
        expect(json).not.toMatch(/"score":[1-9]/);
        expect(json).not.toMatch(/"streak":[1-9]/);
      }
      state = run(state, { type: 'skip', viewer: HOST, now: now + 900 }).state;
      state = run(state, { type: 'next', viewer: HOST, now: now + 901 }).state;
      if (round + 1 < state.questions.length)
        state = run(state, { type: 'next', viewer: HOST, now: now + 902 }).state;
    }
    expect(openedAt).toBeGreaterThan(T0);
  });

  it('views are identical whichever choices are correct (only the reveal differs)', () => {
    const setA = scenarioSetSchema.parse(fixtureInput);
    const setB = scenarioSetSchema.parse(withOtherAnswers());
    const play = (set: typeof setA) => {
      const g = started(['ana', 'ben', 'cy'], { set, seed: 7 });
      const ids = g.ids;
      let s = g.state;
      // Same clicks in both games (same seed, so the same game ids), so only correctness differs.
      s = run(s, answerAction(s, ids[0]!, gameIds(s, ['clusterip']), g.openedAt + 1500)).state;
      s = run(s, answerAction(s, ids[1]!, gameIds(s, ['nodeport']), g.openedAt + 2500)).state;
      return { state: s, ids, views: questionViews(s, ids, g.openedAt + 3000) };
    };
    const a = play(setA);
    const b = play(setB);
    expect(correctIds(a.state)).not.toEqual(correctIds(b.state));
    expect(a.views).toEqual(b.views);
    // …and once revealed they do differ: the test would notice if correctness never showed at all.
    const ra = run(a.state, { type: 'skip', viewer: HOST, now: T0 + 9000 }).state;
    const rb = run(b.state, { type: 'skip', viewer: HOST, now: T0 + 9000 }).state;
    expect(JSON.stringify(viewFor(ra, HOST, T0 + 9000))).not.toBe(
      JSON.stringify(viewFor(rb, HOST, T0 + 9000)),
    );
  });
});

describe('lobby', () => {
  it('host sees players live; players see the count', () => {
    const { state, ids } = joinAll(newGame(), ['ana', 'ben']);
    const host = viewFor(state, HOST, T0);
    expect(host).toMatchObject({
      role: 'host',
      phase: 'lobby',
      code: 'ABC123',
      questionIndex: -1,
      questionCount: 4,
    });
    expect(host.players.map((p) => [p.nickname, p.connected, p.score, p.answered])).toEqual([
      ['ana', true, 0, false],
      ['ben', true, 0, false],
    ]);
    expect(host.question).toBeNull();
    expect(host.clock).toBeNull();
    const me = viewFor(state, player(ids[1]!), T0);
    expect(me).toMatchObject({
      role: 'player',
      playerCount: 2,
      me: { nickname: 'ben', score: 0, rank: null },
    });
    expect(() => viewFor(state, player('p_missing0'), T0)).toThrow(/no player/);
  });
});

describe('question', () => {
  it('shows shuffled choices with shapes by position and a server clock', () => {
    const { state, ids, openedAt } = started();
    const view = viewFor(state, player(ids[0]!), openedAt + 4000);
    expect(view.question).toMatchObject({
      id: 'q-single',
      index: 0,
      count: 4,
      type: 'single',
      timeLimitMs: 20_000,
    });
    expect(view.question?.choices.map((c) => [c.shape, c.color])).toEqual([
      ['triangle', 'red'],
      ['diamond', 'blue'],
      ['circle', 'yellow'],
      ['square', 'green'],
    ]);
    expect(view.question?.choices.map((c) => c.text).sort()).toEqual([
      'ClusterIP',
      'ExternalName',
      'LoadBalancer',
      'NodePort',
    ]);
    // This game's own ids, not the scenario's (which practice shows with their correctness).
    const shown = view.question!.choices.map((c) => c.id);
    const scenarioIds = ['clusterip', 'nodeport', 'loadbalancer', 'externalname'];
    expect([...shown].sort()).toEqual(gameIds(state, scenarioIds).sort());
    for (const id of shown) expect(id).toMatch(/^c_[a-z0-9]{8}$/);
    expect(view.clock).toEqual({
      deadline: openedAt + 20_000,
      remainingMs: 16_000,
      paused: false,
      serverNow: openedAt + 4000,
    });
    expect(viewFor(state, HOST, openedAt + 99_000).clock?.remainingMs).toBe(0);
  });

  it('paused clocks show the stored remaining time', () => {
    const { state, openedAt } = started();
    const s = run(state, { type: 'pause', viewer: HOST, now: openedAt + 5000 }).state;
    expect(viewFor(s, HOST, openedAt + 50_000).clock).toEqual({
      deadline: null,
      remainingMs: 15_000,
      paused: true,
      serverNow: openedAt + 50_000,
    });
  });

  it('shows who answered (host) and my own answer (player)', () => {
    const { state, ids, openedAt } = started();
    const nodeport = gameIds(state, ['nodeport']);
    const s = run(state, answerAction(state, ids[0]!, nodeport, openedAt + 1234)).state;
    const host = viewFor(s, HOST, openedAt + 2000);
    expect(host.answeredCount).toBe(1);
    expect(host.players.map((p) => p.answered)).toEqual([true, false, false]);
    expect(viewFor(s, player(ids[0]!), openedAt + 2000).myAnswer).toEqual({
      choiceIds: nodeport,
      responseMs: 1234,
    });
    expect(viewFor(s, player(ids[1]!), openedAt + 2000).myAnswer).toBeNull();
  });

  it('true/false keeps True, False', () => {
    const { state, openedAt } = started(['ana']);
    let s = state;
    for (let i = 0; i < 2; i++) {
      s = run(s, { type: 'skip', viewer: HOST, now: openedAt }).state;
      s = run(s, { type: 'next', viewer: HOST, now: openedAt }).state;
      s = run(s, { type: 'next', viewer: HOST, now: openedAt }).state;
    }
    expect(viewFor(s, HOST, openedAt).question?.choices.map((c) => c.text)).toEqual(['True', 'False']);
  });
});

describe('reveal, scoreboard, podium', () => {
  function revealed() {
    const g = started(['ana', 'ben', 'cy']);
    let s = g.state;
    s = run(s, answerAction(s, g.ids[0]!, gameIds(s, ['clusterip']), g.openedAt + 2000)).state;
    s = run(s, answerAction(s, g.ids[1]!, gameIds(s, ['nodeport']), g.openedAt + 3000)).state;
    s = run(s, { type: 'tick', now: g.openedAt + 20_000 }).state;
    return { ...g, state: s };
  }

  it('reveal: correct ids, explanation, counts, no-answer count, per-player results', () => {
    const { state, ids } = revealed();
    const host = viewFor(state, HOST, T0 + 30_000);
    const [clusterip, nodeport, loadbalancer, externalname] = gameIds(state, [
      'clusterip',
      'nodeport',
      'loadbalancer',
      'externalname',
    ]);
    expect(host.reveal).toEqual({
      questionId: 'q-single',
      correctChoiceIds: [clusterip],
      explanation: 'ClusterIP is the default and is internal only.',
      counts: { [clusterip!]: 1, [nodeport!]: 1, [loadbalancer!]: 0, [externalname!]: 0 },
      noAnswerCount: 1,
      voided: false,
      results: [
        { playerId: ids[0], nickname: 'ana', answered: true, correct: true, points: 950, streak: 1 },
        { playerId: ids[1], nickname: 'ben', answered: true, correct: false, points: 0, streak: 0 },
        { playerId: ids[2], nickname: 'cy', answered: false, correct: false, points: 0, streak: 0 },
      ],
    });
    const ana = viewFor(state, player(ids[0]!), T0 + 30_000);
    expect(ana.reveal?.you).toEqual({
      playerId: ids[0],
      nickname: 'ana',
      answered: true,
      correct: true,
      points: 950,
      streak: 1,
    });
    expect(ana.reveal).not.toHaveProperty('results');
    expect(ana.me).toMatchObject({ score: 950, rank: 1, streak: 1 });
    expect(ana.question?.id).toBe('q-single');
    expect(ana.clock).toBeNull();
  });

  it('scoreboard: top 5 for the host, own rank for players', () => {
    const g = started(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
    let s = g.state;
    g.ids.forEach((id, i) => {
      s = run(s, answerAction(s, id, correctIds(s), g.openedAt + 1000 * (i + 1))).state;
    });
    s = run(s, { type: 'next', viewer: HOST, now: g.openedAt + 60_000 }).state;
    const host = viewFor(s, HOST, g.openedAt + 60_000);
    expect(host.phase).toBe('scoreboard');
    expect(host.scoreboard?.map((r) => [r.nickname, r.rank])).toEqual([
      ['p1', 1],
      ['p2', 2],
      ['p3', 3],
      ['p4', 4],
      ['p5', 5],
    ]);
    expect(host.ranking).toBeNull();
    expect(host.question).toBeNull();
    const last = viewFor(s, player(g.ids[6]!), g.openedAt + 60_000);
    expect(last.me.rank).toBe(7);
    expect(last.ranking).toBeNull();
  });

  it('podium: full ranking for everyone', () => {
    const { state, ids } = revealed();
    const s = run(state, { type: 'end', viewer: HOST, now: T0 + 40_000 }).state;
    const host = viewFor(s, HOST, T0 + 40_000);
    expect(host).toMatchObject({ phase: 'podium', endedEarly: true, scoreboard: null });
    expect(host.ranking?.map((r) => r.nickname)).toEqual(['ana', 'ben', 'cy']);
    expect(viewFor(s, player(ids[2]!), T0 + 40_000).ranking).toEqual(host.ranking);
  });

  it('a voided question is revealed as such', () => {
    const { state, openedAt } = started(['ana']);
    const s = run(state, { type: 'skip', viewer: HOST, now: openedAt + 10 }).state;
    expect(viewFor(s, HOST, openedAt + 10).reveal).toMatchObject({
      voided: true,
      correctChoiceIds: gameIds(s, ['clusterip']),
    });
  });

  it('kicked players vanish from lists and counts', () => {
    const { state, ids } = revealed();
    const s = run(state, { type: 'kick', viewer: HOST, playerId: ids[1]!, now: T0 + 30_000 }).state;
    const host = viewFor(s, HOST, T0 + 30_000);
    expect(host.players.map((p) => p.nickname)).toEqual(['ana', 'cy']);
    expect(host.reveal?.counts).toMatchObject({ [gameIds(s, ['nodeport'])[0]!]: 0 });
    expect(host.reveal?.results.map((r) => r.nickname)).toEqual(['ana', 'cy']);
  });
});
