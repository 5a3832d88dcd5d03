/** Which seat a token hash opens. The edge hashes the token; the core only compares hashes. */
import type { GameState } from './state.js';

export type SeatLookup = { role: 'host' } | { role: 'player'; playerId: string } | { kicked: true } | null;

export function seatOf(state: GameState, key: string): SeatLookup {
  if (key === state.hostKey) return { role: 'host' };
  const player = state.players.find((p) => p.seatKey === key);
  if (!player) return null;
  return player.kicked ? { kicked: true } : { role: 'player', playerId: player.id };
}
