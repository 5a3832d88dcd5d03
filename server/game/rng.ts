/**
 * Seeded randomness for the game core. The generator's whole state is one uint32 kept in GameState, so a
 * snapshot restored on another node (or a replay of the same actions) draws exactly the same numbers.
 * mulberry32: tiny and fast; plenty for shuffling four choices and naming players (not for secrets).
 */

/** Normalises any number (including negatives, fractions, NaN) to a uint32 generator state. */
export function seedState(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

/** One step of mulberry32: a float in [0, 1) and the next state. */
export function nextRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** A local cursor over the generator: draw several numbers, then store `cursor.state` back into GameState. */
export interface RandomCursor {
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  readonly state: number;
}

export function randomCursor(state: number): RandomCursor {
  let s = state >>> 0;
  const next = () => {
    const r = nextRandom(s);
    s = r.state;
    return r.value;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    get state() {
      return s;
    },
  };
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], rnd: RandomCursor): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function randomId(prefix: string, length: number, rnd: RandomCursor): string {
  let id = prefix;
  for (let i = 0; i < length; i++) id += ID_ALPHABET[rnd.int(ID_ALPHABET.length)];
  return id;
}
