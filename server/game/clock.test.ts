/** Pause / resume arithmetic and the tick schedule. */
import { describe, expect, it } from 'vitest';
import {
  HOST,
  T0,
  answerAction,
  correctIds,
  expectFail,
  joinAll,
  newGame,
  player,
  run,
  started,
} from './test-helpers.js';

describe('pause and resume', () => {
  it('pause keeps the time left and cancels the tick; resume sets now + remaining', () => {
    const { state, openedAt } = started();
    const paused = run(state, { type: 'pause', viewer: HOST, now: openedAt + 5000 });
    expect(paused.state.round).toMatchObject({
      deadline: null,
      pausedRemainingMs: 15_000,
      pausedAt: openedAt + 5000,
    });
    expect(paused.effects).toEqual([{ type: 'cancel-schedule' }, { type: 'broadcast' }]);
    const resumed = run(paused.state, { type: 'resume', viewer: HOST, now: openedAt + 65_000 });
    expect(resumed.state.round).toMatchObject({
      deadline: openedAt + 80_000,
      pausedRemainingMs: null,
      pausedAt: null,
      pausedMs: 60_000,
    });
    expect(resumed.effects).toEqual([{ type: 'schedule', at: openedAt + 80_000 }, { type: 'broadcast' }]);
  });

  it('response times exclude paused spans', () => {
    const { state, ids, openedAt } = started();
    let s = run(state, { type: 'pause', viewer: HOST, now: openedAt + 1000 }).state;
    s = run(s, { type: 'resume', viewer: HOST, now: openedAt + 31_000 }).state;
    s = run(s, { type: 'pause', viewer: HOST, now: openedAt + 32_000 }).state;
    s = run(s, { type: 'resume', viewer: HOST, now: openedAt + 42_000 }).state;
    const { effects } = run(s, answerAction(s, ids[0]!, correctIds(s), openedAt + 43_000));
    expect(effects[0]).toMatchObject({ type: 'answer-accepted', responseMs: 3000 });
    expect(s.round?.deadline).toBe(openedAt + 60_000); // 20 s limit + 40 s paused
  });

  it('answers are refused while paused, and the paused question never closes on a tick', () => {
    const { state, ids, openedAt } = started();
    const s = run(state, { type: 'pause', viewer: HOST, now: openedAt + 1000 }).state;
    const msg = expectFail(
      s,
      answerAction(s, ids[0]!, correctIds(s), openedAt + 2000),
      'game/not-accepting-answers',
    );
    expect(msg).toMatch(/paused/);
    const ticked = run(s, { type: 'tick', now: openedAt + 999_999 });
    expect(ticked.state).toBe(s);
    expect(ticked.effects).toEqual([]);
  });

  it('resume closes at once when everyone still present has answered', () => {
    const { state, ids, openedAt } = started(['ana', 'ben']);
    let s = run(state, answerAction(state, ids[0]!, correctIds(state), openedAt + 1000)).state;
    s = run(s, { type: 'pause', viewer: HOST, now: openedAt + 2000 }).state;
    s = run(s, { type: 'kick', viewer: HOST, playerId: ids[1]!, now: openedAt + 3000 }).state;
    expect(s.phase).toBe('question'); // paused questions do not close
    expect(run(s, { type: 'resume', viewer: HOST, now: openedAt + 4000 }).state.phase).toBe('reveal');
  });

  it('skip works while paused, and counts the pause', () => {
    const { state, openedAt } = started();
    const s = run(state, { type: 'pause', viewer: HOST, now: openedAt + 1000 }).state;
    const { state: reveal } = run(s, { type: 'skip', viewer: HOST, now: openedAt + 4000 });
    expect(reveal.round).toMatchObject({
      voided: true,
      closedAt: openedAt + 4000,
      pausedAt: null,
      pausedMs: 3000,
    });
  });

  it('is refused in the wrong state', () => {
    const { state: lobby } = joinAll(newGame(), ['ana']);
    expectFail(lobby, { type: 'pause', viewer: HOST, now: T0 }, 'game/wrong-phase');
    expectFail(lobby, { type: 'resume', viewer: HOST, now: T0 }, 'game/wrong-phase');
    const { state, openedAt } = started();
    expectFail(state, { type: 'resume', viewer: HOST, now: openedAt + 1 }, 'game/wrong-phase'); // not paused
    expectFail(state, { type: 'pause', viewer: HOST, now: openedAt + 20_000 }, 'game/wrong-phase'); // time is up
    const paused = run(state, { type: 'pause', viewer: HOST, now: openedAt + 1 }).state;
    expectFail(paused, { type: 'pause', viewer: HOST, now: openedAt + 2 }, 'game/wrong-phase');
    const reveal = run(state, { type: 'skip', viewer: HOST, now: openedAt + 1 }).state;
    expectFail(reveal, { type: 'pause', viewer: HOST, now: openedAt + 2 }, 'game/wrong-phase');
  });
});

describe('tick', () => {
  it('is harmless in any phase', () => {
    const { state: lobby } = joinAll(newGame(), ['ana']);
    const r = run(lobby, { type: 'tick', now: T0 + 5 });
    expect(r.state).toBe(lobby);
    expect(r.effects).toEqual([]);
  });

  it('re-arms the deadline after a restore (same schedule sent again)', () => {
    const { state, openedAt } = started();
    const restored = JSON.parse(JSON.stringify(state));
    const r = run(restored, { type: 'tick', now: openedAt + 3000 });
    expect(r.effects).toEqual([{ type: 'schedule', at: openedAt + 20_000 }]);
  });

  it('closes a question whose deadline passed while no node held the room', () => {
    const { state, openedAt } = started();
    expect(run(state, { type: 'tick', now: openedAt + 3_600_000 }).state.phase).toBe('reveal');
  });

  it('presence changes of the host change nothing', () => {
    const { state, openedAt } = started();
    const r = run(state, { type: 'disconnect', viewer: HOST, now: openedAt + 1 });
    expect(r.state).toBe(state);
    expect(r.effects).toEqual([]);
    expect(
      run(state, { type: 'connect', viewer: player(state.players[0]!.id), now: openedAt + 1 }).effects,
    ).toEqual([]);
  });
});
