/** Joining, nicknames, seats and kicking. */
import { describe, expect, it } from 'vitest';
import { PRESENCE_GRACE_MS } from './round.js';
import { seatOf } from './seat.js';
import {
  HOST,
  HOST_KEY,
  T0,
  answerAction,
  correctIds,
  effectTypes,
  expectFail,
  joinAll,
  newGame,
  player,
  run,
  started,
} from './test-helpers.js';

describe('join', () => {
  it('adds a connected player with a seeded id and announces it', () => {
    const { state, effects } = run(newGame(), { type: 'join', nickname: 'Ana', seatKey: 'k1', now: T0 + 7 });
    const p = state.players[0]!;
    expect(p).toMatchObject({
      nickname: 'Ana',
      seatKey: 'k1',
      joinedAt: T0 + 7,
      connected: true,
      score: 0,
      kicked: false,
    });
    expect(p.id).toMatch(/^p_[a-z0-9]{8}$/);
    expect(effects).toEqual([
      { type: 'player-joined', playerId: p.id, nickname: 'Ana', joinedAt: T0 + 7 },
      { type: 'broadcast' },
    ]);
  });

  it('refuses a join beyond maxPlayers (kicked players count: they keep their seat)', () => {
    const { state } = joinAll(newGame(), ['a', 'b']);
    const full = { type: 'join', nickname: 'c', seatKey: 'kc', now: T0, maxPlayers: 2 } as const;
    expect(expectFail(state, full, 'room/full')).toMatch(/full \(2 players\)/);
    expect(run(state, { ...full, maxPlayers: 3 }).state.players).toHaveLength(3);
  });

  it('gives distinct ids', () => {
    const { ids } = joinAll(newGame(), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(new Set(ids).size).toBe(8);
  });

  it('refuses a nickname already taken, ignoring case, with a clear message', () => {
    const { state } = joinAll(newGame(), ['Ana']);
    const msg = expectFail(
      state,
      { type: 'join', nickname: 'aNA', seatKey: 'k2', now: T0 },
      'player/nickname-taken',
    );
    expect(msg).toContain('"aNA" is already taken');
  });

  it('re-checks the nickname rules the edge applies', () => {
    const game = newGame();
    for (const nickname of ['', '  ana', 'x'.repeat(21), 'a\u0007b', 'a\u200bb']) {
      expectFail(game, { type: 'join', nickname, seatKey: 'k', now: T0 }, 'player/nickname-invalid');
    }
    expect(
      run(game, { type: 'join', nickname: '🦊'.repeat(20), seatKey: 'k', now: T0 }).state.players,
    ).toHaveLength(1);
  });

  it('treats an HTML-looking nickname as plain text', () => {
    const nickname = '<img src=x onerror=alert(1)>'.slice(0, 20);
    const { state } = run(newGame(), { type: 'join', nickname, seatKey: 'k', now: T0 });
    expect(state.players[0]?.nickname).toBe(nickname);
  });

  it('allows joining mid-game with a score of 0, not after the podium', () => {
    const { state, openedAt } = started(['ana']);
    const { state: s } = run(state, { type: 'join', nickname: 'late', seatKey: 'kl', now: openedAt + 5 });
    expect(s.players[1]).toMatchObject({ nickname: 'late', score: 0, streak: 0 });
    const podium = run(s, { type: 'end', viewer: HOST, now: openedAt + 6 }).state;
    expectFail(podium, { type: 'join', nickname: 'later', seatKey: 'kx', now: openedAt + 7 }, 'game/ended');
  });

  it('refuses a seat key that already holds a seat (or is the host key)', () => {
    const { state } = run(newGame(), { type: 'join', nickname: 'ana', seatKey: 'k1', now: T0 });
    expectFail(state, { type: 'join', nickname: 'other', seatKey: 'k1', now: T0 }, 'auth/invalid-token');
    expectFail(state, { type: 'join', nickname: 'other', seatKey: HOST_KEY, now: T0 }, 'auth/invalid-token');
  });
});

describe('kick', () => {
  it('removes the player from play; the seat key stays refused and the nickname reserved', () => {
    const { state, ids } = joinAll(newGame(), ['ana', 'ben']);
    const seatKey = state.players[0]!.seatKey;
    const { state: s, effects } = run(state, { type: 'kick', viewer: HOST, playerId: ids[0]!, now: T0 + 1 });
    expect(effectTypes(effects)).toEqual(['player-kicked', 'broadcast']);
    expect(s.players[0]).toMatchObject({ kicked: true, connected: false });
    expect(seatOf(s, seatKey)).toEqual({ kicked: true });
    expectFail(s, { type: 'join', nickname: 'ana2', seatKey, now: T0 + 2 }, 'player/kicked');
    expectFail(s, { type: 'join', nickname: 'ANA', seatKey: 'fresh', now: T0 + 2 }, 'player/nickname-taken');
    expectFail(s, { type: 'connect', viewer: player(ids[0]!), now: T0 + 2 }, 'player/kicked');
  });

  it('refuses unknown and already-kicked players', () => {
    const { state, ids } = joinAll(newGame(), ['ana']);
    expectFail(state, { type: 'kick', viewer: HOST, playerId: 'p_unknown0', now: T0 }, 'player/not-found');
    const s = run(state, { type: 'kick', viewer: HOST, playerId: ids[0]!, now: T0 }).state;
    expectFail(s, { type: 'kick', viewer: HOST, playerId: ids[0]!, now: T0 }, 'player/kicked');
  });

  it('leaves the kicked player out of the final ranking', () => {
    const { state, ids } = joinAll(newGame(), ['ana', 'ben']);
    const s = run(state, { type: 'kick', viewer: HOST, playerId: ids[0]!, now: T0 }).state;
    const { effects } = run(s, { type: 'end', viewer: HOST, now: T0 + 1 });
    const finished = effects.find((e) => e.type === 'game-finished');
    expect(finished?.type === 'game-finished' && finished.ranking.map((r) => r.playerId)).toEqual([ids[1]]);
  });
});

describe('seatOf', () => {
  it('maps keys to seats', () => {
    const { state, ids } = joinAll(newGame(), ['ana']);
    expect(seatOf(state, HOST_KEY)).toEqual({ role: 'host' });
    expect(seatOf(state, state.players[0]!.seatKey)).toEqual({ role: 'player', playerId: ids[0] });
    expect(seatOf(state, 'nope')).toBeNull();
  });
});

describe('presence', () => {
  it('tracks connection and is idempotent', () => {
    const { state, ids } = joinAll(newGame(), ['ana']);
    const away = run(state, { type: 'disconnect', viewer: player(ids[0]!), now: T0 + 3 });
    expect(away.state.players[0]).toMatchObject({ connected: false, awaySince: T0 + 3 });
    const again = run(away.state, { type: 'disconnect', viewer: player(ids[0]!), now: T0 + 4 });
    expect(again.state).toBe(away.state);
    const back = run(away.state, { type: 'connect', viewer: player(ids[0]!), now: T0 + 5 });
    expect(back.state.players[0]).toMatchObject({ connected: true, awaySince: null });
    expectFail(state, { type: 'connect', viewer: player('p_nobody00'), now: T0 }, 'player/not-found');
  });
});

describe('restore', () => {
  it('makes every connected seat away as of now: the grace runs, then the question stops waiting', () => {
    const { state, ids, openedAt } = started(['ana', 'ben', 'cy']);
    const cyAway = run(state, { type: 'disconnect', viewer: player(ids[2]!), now: openedAt + 10 }).state;
    const at = openedAt + 1000;
    const { state: restored, effects } = run(cyAway, { type: 'restore', now: at });
    expect(restored.players.map((p) => [p.connected, p.awaySince])).toEqual([
      [false, at],
      [false, at],
      [false, openedAt + 10], // away before the crash: still from then
    ]);
    // The timer is re-armed for the first grace to run out (cy's), even on a node that never had one.
    expect(effects).toContainEqual({ type: 'schedule', at: openedAt + 10 + PRESENCE_GRACE_MS });
    const anaBack = run(restored, { type: 'connect', viewer: player(ids[0]!), now: at + 1 }).state;
    const answered = run(anaBack, answerAction(anaBack, ids[0]!, correctIds(anaBack), at + 2)).state;
    expect(answered.phase).toBe('question');
    // Ben's grace runs from the restore: the question waits for him until then, not to its deadline.
    const cyGone = run(answered, { type: 'tick', now: openedAt + 10 + PRESENCE_GRACE_MS }).state;
    expect(cyGone.phase).toBe('question');
    expect(run(cyGone, { type: 'tick', now: at + PRESENCE_GRACE_MS }).state.phase).toBe('reveal');
  });
});
