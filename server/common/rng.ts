/**
 * Seeded randomness, one copy for the game core, practice runs, puzzles and the simulated cluster. The
 * generator's whole state is one uint32 kept in the owner's JSON state, so a snapshot restored on another
 * node, a fork of a cluster or a replay of the same actions draws exactly the same numbers.
 * mulberry32: tiny and fast; plenty for shuffles, names and UIDs (not for secrets: see secrets.ts).
 *
 * Two seedings, because both are baked into saved states and golden outputs:
 * - `seedState`: the seed is the state (games, practice runs, puzzle parameters).
 * - `mixedSeedState`: the seed is hashed first (the simulator), so nearby seeds start far apart.
 */

/** The seed itself as a uint32 state; any number (negative, fraction, NaN) is normalised. */
export function seedState(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

/** The seed mixed by a murmur3-style finaliser, so nearby seeds (1, 2, 3) do not start on nearby sequences. */
export function mixedSeedState(seed: number): number {
  let h = (seed >>> 0) ^ 0x9e3779b9;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One step of mulberry32: a float in [0, 1) and the next state. */
export function nextRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** Kubernetes' utilrand alphabet: no vowels (no accidental words), no 0/1/3 (look like letters). */
export const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

const HEX = '0123456789abcdef';

/**
 * A local cursor over the generator: draw several numbers, then store `state` back into the owner's
 * state. The game and practice use `next`/`int`; the simulator also uses the Kubernetes-style names.
 */
export class Rng {
  private current: number;

  constructor(state: number) {
    this.current = state >>> 0;
  }

  get state(): number {
    return this.current;
  }

  next(): number {
    const r = nextRandom(this.current);
    this.current = r.state;
    return r.value;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** utilrand.String(n), used for generateName suffixes (`web-7c79c4bf97-x2x8k`). */
  suffix(n = 5): string {
    let s = '';
    for (let i = 0; i < n; i++) s += SAFE_ALPHABET[this.int(SAFE_ALPHABET.length)];
    return s;
  }

  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += HEX[this.int(16)];
    return s;
  }

  /** A version-4 style UUID, as the API server assigns to metadata.uid. */
  uid(): string {
    const v = '89ab'[this.int(4)];
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${v}${this.hex(3)}-${this.hex(12)}`;
  }
}

/** The cursor type every user of the generator takes (the game's name for `Rng`). */
export type RandomCursor = Rng;

export function randomCursor(state: number): RandomCursor {
  return new Rng(state);
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
