/**
 * Seeded randomness kept as one uint32 in the state (mulberry32), so a cluster's future choices are
 * part of its snapshot: forks and replays draw the same names, UIDs and endpoints.
 */

/** Returns [value in [0,1), next state]. */
export function nextRandom(state: number): [number, number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

export function seedState(seed: number): number {
  // Mix the seed so nearby seeds (1, 2, 3) do not start on nearby sequences.
  let h = (seed >>> 0) ^ 0x9e3779b9;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Kubernetes' utilrand alphabet: no vowels (no accidental words), no 0/1/3 (look like letters). */
export const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** A mutable cursor over the state's random sequence; write `rng` back to the state when done. */
export class Rng {
  constructor(public state: number) {}

  next(): number {
    const [v, s] = nextRandom(this.state);
    this.state = s;
    return v;
  }

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
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(16)];
    return s;
  }

  /** A version-4 style UUID, as the API server assigns to metadata.uid. */
  uid(): string {
    const v = '89ab'[this.int(4)];
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${v}${this.hex(3)}-${this.hex(12)}`;
  }
}

/** FNV-1a 32-bit, as ComputeHash uses for the pod-template-hash. */
export function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: maps each character of the decimal hash into SAFE_ALPHABET. */
export function safeEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += SAFE_ALPHABET[text.charCodeAt(i) % SAFE_ALPHABET.length];
  return out;
}
