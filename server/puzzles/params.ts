/**
 * Draws a puzzle's parameters from a seed. The same (puzzle, seed) always gives the same values, and two
 * puzzles of one room differ even with the room's seed because the puzzle id is mixed in.
 */
import { Rng, seedState } from '../common/rng.js';
import type { ParamSpec, ParamValue } from './schema.js';

export function mixSeed(seed: number, salt: string): number {
  // FNV-1a over the salt, folded into the seed: cheap, stable across platforms.
  let h = 0x811c9dc5 ^ seedState(seed);
  for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function resolveParams(
  specs: Readonly<Record<string, ParamSpec>>,
  seed: number,
  salt = '',
): Record<string, ParamValue> {
  // The sim's mulberry32 cursor, started on the mixed seed itself (not through its seedState mixer).
  const rnd = new Rng(mixSeed(seed, salt));
  const out: Record<string, ParamValue> = {};
  for (const [name, spec] of Object.entries(specs)) {
    // distinctFrom works both ways, whichever of the two params is declared first.
    const avoid = Object.keys(out)
      .filter((other) => spec.distinctFrom?.includes(other) || specs[other]?.distinctFrom?.includes(name))
      .map((other) => key(out[other] as ParamValue));
    out[name] = draw(name, spec, new Set(avoid), rnd);
  }
  return out;
}

function draw(name: string, spec: ParamSpec, avoid: ReadonlySet<string>, rnd: Rng): ParamValue {
  if (spec.choices) {
    const left = spec.choices.filter((c) => !avoid.has(key(c)));
    const pick = left[rnd.int(left.length)];
    if (pick === undefined)
      throw new Error(`param "${name}": every choice collides with a distinctFrom param`);
    return pick;
  }
  const [min, max] = spec.range ?? [0, 0];
  const size = max - min + 1;
  const start = rnd.int(size);
  for (let i = 0; i < size; i++) {
    const v = min + ((start + i) % size);
    if (!avoid.has(key(v))) return v;
  }
  throw new Error(`param "${name}": every value of the range collides with a distinctFrom param`);
}

function key(v: ParamValue): string {
  return JSON.stringify(v);
}
