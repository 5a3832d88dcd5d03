/**
 * Seats survive reloads in localStorage, one key per game and role, so a teacher can try the host screen
 * and a player seat of the same game in one browser without one overwriting the other.
 */
import { z } from 'zod';
import { normalizeCode } from './routes.js';

export type SeatRole = 'host' | 'player';

const seatSchema = z.object({
  code: z.string(),
  role: z.enum(['host', 'player']),
  token: z.string().min(1),
  playerId: z.string().nullable().default(null),
  nickname: z.string().nullable().default(null),
});
export type Seat = z.output<typeof seatSchema>;

/** The subset of the Web Storage API we use, so tests can pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function seatKey(code: string, role: SeatRole): string {
  return `kube-arena:seat:${normalizeCode(code)}:${role}`;
}

export function loadSeat(store: KeyValueStore | null, code: string, role: SeatRole): Seat | null {
  if (!store) return null;
  const raw = safe(() => store.getItem(seatKey(code, role)), null);
  if (raw == null) return null;
  const parsed = seatSchema.safeParse(safe(() => JSON.parse(raw) as unknown, null));
  // Anything we cannot read is dropped rather than sent to the server as a bogus token.
  if (
    !parsed.success ||
    parsed.data.role !== role ||
    normalizeCode(parsed.data.code) !== normalizeCode(code)
  ) {
    return null;
  }
  return parsed.data;
}

export function saveSeat(store: KeyValueStore | null, seat: Seat): void {
  if (!store) return;
  const value: Seat = { ...seat, code: normalizeCode(seat.code) };
  // Private browsing or a full quota must not break the game; the seat just won't survive a reload.
  safe(() => store.setItem(seatKey(seat.code, seat.role), JSON.stringify(value)), undefined);
}

export function forgetSeat(store: KeyValueStore | null, code: string, role: SeatRole): void {
  if (!store) return;
  safe(() => store.removeItem(seatKey(code, role)), undefined);
}

/** localStorage when the browser allows it (it throws in some sandboxed iframes), otherwise null. */
export function browserStore(): KeyValueStore | null {
  return safe(() => (typeof localStorage === 'undefined' ? null : localStorage), null);
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
