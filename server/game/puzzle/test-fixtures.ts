/**
 * Fixtures for the puzzle-round tests: games with a round of the test puzzle (server/puzzles/test-puzzle.ts,
 * in the sets of server/content/test-sets.ts).
 */
import { mixedSet, puzzleOnlySet } from '../../content/test-sets.js';
import { puzzles } from '../../puzzles/test-puzzle.js';
import type { GameState } from '../state.js';
import { HOST, HOST_KEY, T0, joinAll, run } from '../test-helpers.js';
import { createGame } from '../state.js';

export { mixedSet, puzzles };

export const ROUND_AT = T0 + 5000;

/** A puzzle-only game in the lobby. */
export function lobbyGame(seed = 7): GameState {
  return createGame({
    code: 'PZL123',
    set: puzzleOnlySet,
    scoring: 'classic',
    seed,
    hostKey: HOST_KEY,
    now: T0,
    puzzles,
  });
}

/** A puzzle-only game in the 'teams' phase with these players joined. */
export function inTeams(nicknames: string[], seed = 7): { state: GameState; ids: string[] } {
  const joined = joinAll(lobbyGame(seed), nicknames);
  const { state } = run(joined.state, { type: 'start', viewer: HOST, now: T0 + 1000 });
  return { state, ids: joined.ids };
}

/** The round started at ROUND_AT with the given team assignment (playerId → team id). */
export function inRound(nicknames: string[], teams: Record<number, string> = {}, seed = 7) {
  const teamed = inTeams(nicknames, seed);
  const ids = teamed.ids;
  let state = teamed.state;
  for (const [i, teamId] of Object.entries(teams)) {
    state = run(state, {
      type: 'team-set',
      viewer: HOST,
      playerId: ids[Number(i)]!,
      teamId,
      now: T0 + 2000,
    }).state;
  }
  state = run(state, { type: 'next', viewer: HOST, now: ROUND_AT }).state;
  return { state, ids };
}

export function teamOf(state: GameState, teamId: string) {
  const team = state.puzzle.round?.teams.find((t) => t.teamId === teamId);
  if (!team) throw new Error(`no ${teamId} in the round`);
  return team;
}
