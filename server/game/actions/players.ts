/** Seats: joining, presence (connect/disconnect) and kicking. */
import { fail, ok, type Result } from '../errors.js';
import { requireLiveHost, requirePlayer } from '../guards.js';
import { randomCursor, randomId } from '../../common/rng.js';
import { closeIfDone, updatePlayer } from '../round.js';
import type { ActionOf, GameState, PlayerState, Step } from '../state.js';

/** Nicknames compare case-insensitively (and after NFC, which the edge already applied). */
const sameNickname = (a: string, b: string) => a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');

/** The edge validates nicknames with zod; the core re-checks the essentials so no caller can skip them. */
function nicknameProblem(nickname: string): string | null {
  const length = [...nickname].length;
  if (nickname !== nickname.trim() || length < 1) return 'a nickname needs at least 1 visible character';
  if (length > 20) return 'a nickname has at most 20 characters';
  if (/[\p{Cc}\p{Cf}]/u.test(nickname)) return 'a nickname cannot contain control characters';
  return null;
}

/**
 * Join in the lobby or mid-game (late joiners start at 0 and may answer the open question, timed from when
 * it opened); not after the podium. A kicked player's nickname stays reserved, so a removed name cannot
 * simply come back under a fresh token.
 */
export function join(state: GameState, action: ActionOf<'join'>): Result<Step> {
  if (state.phase === 'podium') return fail('game/ended', 'this game is over; ask the host for a new code');
  const problem = nicknameProblem(action.nickname);
  if (problem) return fail('player/nickname-invalid', problem);
  const existing = state.players.find((p) => p.seatKey === action.seatKey);
  if (existing?.kicked) return fail('player/kicked', 'the host removed you from this game');
  if (existing || action.seatKey === state.hostKey) {
    return fail('auth/invalid-token', 'this token already holds a seat in this game; resume it instead');
  }
  // Kicked players keep their seat (and memory), so they count too.
  if (action.maxPlayers !== undefined && state.players.length >= action.maxPlayers) {
    return fail('room/full', `this game is full (${action.maxPlayers} players); ask the host`);
  }
  if (state.players.some((p) => sameNickname(p.nickname, action.nickname))) {
    return fail(
      'player/nickname-taken',
      `the nickname "${action.nickname}" is already taken in this game; pick another one`,
    );
  }
  const rnd = randomCursor(state.rng);
  let id = randomId('p_', 8, rnd);
  while (state.players.some((p) => p.id === id)) id = randomId('p_', 8, rnd);
  const player: PlayerState = {
    id,
    nickname: action.nickname,
    seatKey: action.seatKey,
    joinedAt: action.now,
    connected: true,
    awaySince: null,
    kicked: false,
    score: 0,
    streak: 0,
    correctCount: 0,
    totalResponseMs: 0,
  };
  return ok({
    state: { ...state, rng: rnd.state, players: [...state.players, player] },
    effects: [{ type: 'player-joined', playerId: id, nickname: action.nickname, joinedAt: action.now }],
  });
}

/** Presence of the host changes nothing in the rules; a player's may close the question (see round.ts). */
export function presence(state: GameState, action: ActionOf<'connect' | 'disconnect'>): Result<Step> {
  if (action.viewer.role === 'host') return ok({ state, effects: [] });
  const player = requirePlayer(state, action.viewer);
  if (!player.ok) return player;
  const connected = action.type === 'connect';
  if (player.data.connected === connected) return ok({ state, effects: [] });
  const next = updatePlayer(state, player.data.id, { connected, awaySince: connected ? null : action.now });
  return ok(closeIfDone(next, action.now, []));
}

/**
 * A room loaded from its snapshot: the saved presence is stale (the node that held the sockets is gone),
 * so every connected player becomes away as of now, as if their socket had just dropped. Their clients
 * reconnect and resume within the presence grace; the question then stops waiting for the others.
 */
export function restoreSeats(state: GameState, now: number): GameState {
  if (!state.players.some((p) => p.connected)) return state;
  const players = state.players.map((p) => (p.connected ? { ...p, connected: false, awaySince: now } : p));
  return { ...state, players };
}

/**
 * Kick: the seat is flagged, not deleted, so its token stays refused and its nickname reserved. The player
 * disappears from views, counts and the ranking; the open question may now be complete.
 */
export function kick(state: GameState, action: ActionOf<'kick'>): Result<Step> {
  const host = requireLiveHost(state, action.viewer);
  if (!host.ok) return host;
  const target = state.players.find((p) => p.id === action.playerId);
  if (!target) return fail('player/not-found', 'there is no such player in this game');
  if (target.kicked) return fail('player/kicked', `${target.nickname} was already removed`);
  const next = updatePlayer(state, target.id, { kicked: true, connected: false, awaySince: null });
  return ok(closeIfDone(next, action.now, [{ type: 'player-kicked', playerId: target.id }]));
}
