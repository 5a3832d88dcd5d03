/** Team assignment: sizes, ids, who may move whom, and the lock while a round runs. */
import { describe, expect, it } from 'vitest';
import { HOST, T0, expectFail, joinAll, player, run } from '../test-helpers.js';
import { inRound, inTeams, lobbyGame, ROUND_AT } from './test-fixtures.js';
import { membersOf, teamIds } from './teams.js';

const names = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

describe('forming teams', () => {
  it('the host assigns and players choose; each side only through its own event', () => {
    const setup = inTeams(['ana', 'ben']);
    const ids = setup.ids;
    let state = setup.state;
    expect(state.phase).toBe('teams');
    state = run(state, {
      type: 'team-set',
      viewer: HOST,
      playerId: ids[0]!,
      teamId: 'team-3',
      now: T0,
    }).state;
    state = run(state, { type: 'team-choose', viewer: player(ids[1]!), teamId: 'team-3', now: T0 }).state;
    expect(membersOf(state, 'team-3').map((p) => p.nickname)).toEqual(['ana', 'ben']);
    expectFail(
      state,
      { type: 'team-set', viewer: player(ids[0]!), playerId: ids[1]!, teamId: 'team-1', now: T0 },
      'auth/not-host',
    );
    expectFail(state, { type: 'team-choose', viewer: HOST, teamId: 'team-1', now: T0 }, 'auth/not-player');
    expectFail(state, { type: 'team-auto', viewer: player(ids[0]!), size: 2, now: T0 }, 'auth/not-host');
    // Leaving a team (null) is fine before the round.
    state = run(state, { type: 'team-choose', viewer: player(ids[1]!), teamId: null, now: T0 }).state;
    expect(teamIds(state)).toEqual(['team-3']);
  });

  it('a team holds at most 5 players', () => {
    const setup = inTeams(names(6));
    const ids = setup.ids;
    let state = setup.state;
    for (const id of ids.slice(0, 5))
      state = run(state, { type: 'team-set', viewer: HOST, playerId: id, teamId: 'team-1', now: T0 }).state;
    expect(membersOf(state, 'team-1')).toHaveLength(5);
    expectFail(
      state,
      { type: 'team-choose', viewer: player(ids[5]!), teamId: 'team-1', now: T0 },
      'team/full',
    );
    expectFail(
      state,
      { type: 'team-set', viewer: HOST, playerId: ids[5]!, teamId: 'team-1', now: T0 },
      'team/full',
    );
    expectFail(state, { type: 'team-auto', viewer: HOST, size: 6, now: T0 }, 'team/invalid');
  });

  it('rejects unknown team ids and unknown players', () => {
    const { state, ids } = inTeams(['ana']);
    expectFail(
      state,
      { type: 'team-choose', viewer: player(ids[0]!), teamId: 'team-41', now: T0 },
      'team/invalid',
    );
    expectFail(
      state,
      { type: 'team-choose', viewer: player(ids[0]!), teamId: 'red', now: T0 },
      'team/invalid',
    );
    expectFail(
      state,
      { type: 'team-set', viewer: HOST, playerId: 'p_nobody', teamId: 'team-1', now: T0 },
      'player/not-found',
    );
  });

  it('auto teams are as even as possible and never larger than asked', () => {
    const { state } = inTeams(names(7));
    const three = run(state, { type: 'team-auto', viewer: HOST, size: 3, now: T0 }).state;
    expect(teamIds(three).map((t) => membersOf(three, t).length)).toEqual([3, 2, 2]);
    const solo = run(state, { type: 'team-auto', viewer: HOST, size: 1, now: T0 }).state;
    expect(teamIds(solo)).toHaveLength(7);
  });

  it('teams can be formed already in the lobby', () => {
    const { state: lobby, ids } = joinAll(lobbyGame(), ['ana']);
    expect(lobby.phase).toBe('lobby');
    const next = run(lobby, { type: 'team-choose', viewer: player(ids[0]!), teamId: 'team-2', now: T0 });
    expect(next.state.puzzle.teamOf[ids[0]!]).toBe('team-2');
    expect(next.effects.map((e) => e.type)).toEqual(['broadcast']);
  });
});

describe('teams while a round runs', () => {
  it('players without a team become solo teams at the start', () => {
    const { state, ids } = inRound(['ana', 'ben', 'cy'], { 0: 'team-1', 1: 'team-1' });
    expect(state.phase).toBe('puzzle');
    expect(state.puzzle.round?.teams.map((t) => t.teamId)).toEqual(['team-1', 'team-2']);
    expect(state.puzzle.teamOf[ids[2]!]).toBe('team-2');
  });

  it('locks players in their round team; a newcomer may join a round team but not open a new one', () => {
    const setup = inRound(['ana', 'ben'], { 0: 'team-1', 1: 'team-2' });
    const ids = setup.ids;
    let state = setup.state;
    expectFail(
      state,
      { type: 'team-choose', viewer: player(ids[0]!), teamId: 'team-2', now: ROUND_AT },
      'team/locked',
    );
    expectFail(
      state,
      { type: 'team-choose', viewer: player(ids[0]!), teamId: null, now: ROUND_AT },
      'team/locked',
    );
    expectFail(state, { type: 'team-auto', viewer: HOST, size: 2, now: ROUND_AT }, 'team/locked');
    const late = joinAll(state, ['cy'], ROUND_AT + 10);
    state = late.state;
    const cy = late.ids[0]!;
    expectFail(
      state,
      { type: 'team-choose', viewer: player(cy), teamId: 'team-9', now: ROUND_AT + 20 },
      'team/locked',
    );
    state = run(state, {
      type: 'team-choose',
      viewer: player(cy),
      teamId: 'team-2',
      now: ROUND_AT + 20,
    }).state;
    expect(membersOf(state, 'team-2').map((p) => p.nickname)).toEqual(['ben', 'cy']);
    // The host may still move people between the round's teams.
    state = run(state, {
      type: 'team-set',
      viewer: HOST,
      playerId: ids[0]!,
      teamId: 'team-2',
      now: ROUND_AT + 30,
    }).state;
    expect(membersOf(state, 'team-1')).toHaveLength(0);
  });
});
