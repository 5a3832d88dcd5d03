import { describe, expect, it } from 'vitest';
import { mixedSeedState, nextRandom, randomCursor, randomId, Rng, seedState, shuffle } from './rng.js';

// Golden values: games, practice runs and clusters saved before the merge of the two generators must
// draw the same numbers after it (server/game/determinism.test.ts and the sim transcripts check the rest).
describe('seeded generator', () => {
  it('steps mulberry32 from a uint32 state', () => {
    expect(nextRandom(1)).toEqual({ value: 0.6270739405881613, state: 1831565814 });
  });

  it('seeds games directly and the simulator through a mix', () => {
    expect(seedState(42)).toBe(42);
    expect(seedState(-1)).toBe(4294967295);
    expect(seedState(Number.NaN)).toBe(0);
    expect(mixedSeedState(7)).toBe(1478832577);
    // Nearby seeds start far apart once mixed.
    expect(Math.abs(mixedSeedState(1) - mixedSeedState(2))).toBeGreaterThan(1000);
  });

  it('draws the same sequence through one cursor type for every user', () => {
    const game = randomCursor(seedState(42));
    expect([game.next(), game.next(), game.int(100)]).toEqual([0.6011037519201636, 0.44829055899754167, 85]);
    expect(game.state).toBe(1199730185);
    const sim = new Rng(mixedSeedState(7));
    expect(sim.suffix()).toBe('qtzps');
    expect(sim.uid()).toBe('5ac09a65-abdd-47c1-b262-3570dc894e39');
    expect(sim.state).toBe(2990692405);
  });

  it('shuffles a copy and builds ids from the cursor', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(shuffle(items, randomCursor(9))).toEqual(['c', 'b', 'e', 'd', 'a']);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(randomId('p_', 8, randomCursor(2024))).toBe('p_3zxysxmf');
  });

  it('continues where a stored state left off', () => {
    const a = randomCursor(5);
    a.next();
    const b = randomCursor(a.state);
    expect(b.next()).toBe(a.next());
  });
});
