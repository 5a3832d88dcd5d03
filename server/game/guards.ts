/** Who may act: the checks every action starts with. Failures change nothing. */
import { fail, ok, type Result } from './errors.js';
import type { GameState, PlayerState, Viewer } from './state.js';

export function requireHost(viewer: Viewer): Result<null> {
  return viewer.role === 'host' ? ok(null) : fail('auth/not-host', 'only the host can do that');
}

export function requirePlayer(state: GameState, viewer: Viewer): Result<PlayerState> {
  if (viewer.role !== 'player') return fail('auth/not-player', 'only players can do that');
  const player = state.players.find((p) => p.id === viewer.playerId);
  if (!player) return fail('player/not-found', 'there is no such player in this game');
  if (player.kicked) return fail('player/kicked', 'the host removed you from this game');
  return ok(player);
}

/** Host actions after the podium get a specific reason rather than a generic wrong phase. */
export function requireNotEnded(state: GameState): Result<null> {
  return state.phase === 'podium' ? fail('game/ended', 'the game is over') : ok(null);
}

/** The check most host commands start with: the host, and a game not yet over. */
export function requireLiveHost(state: GameState, viewer: Viewer): Result<null> {
  const host = requireHost(viewer);
  return host.ok ? requireNotEnded(state) : host;
}
