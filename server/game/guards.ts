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

/**
 * Actions after the podium get a specific reason rather than a generic wrong phase: every host and
 * player action checks it right after who may act (docs/protocol.md, "Error codes by event").
 */
export function requireNotEnded(state: GameState): Result<null> {
  return state.phase === 'podium' ? fail('game/ended', 'the game is over') : ok(null);
}

/** The check every host command starts with: the host, and a game not yet over. */
export function requireLiveHost(state: GameState, viewer: Viewer): Result<null> {
  const host = requireHost(viewer);
  return host.ok ? requireNotEnded(state) : host;
}

/** The check every player action starts with: a player still in the game, and a game not yet over. */
export function requireLivePlayer(state: GameState, viewer: Viewer): Result<PlayerState> {
  const player = requirePlayer(state, viewer);
  if (!player.ok) return player;
  const live = requireNotEnded(state);
  return live.ok ? player : live;
}
