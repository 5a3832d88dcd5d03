import { describe, expect, it } from 'vitest';
import { puzzlePoints } from './points.js';

const T = 600_000;

describe('puzzlePoints', () => {
  it.each([
    [0, 0, 1000], // solved at once
    [60_000, 0, 950],
    [300_000, 300, 450], // 750 − hints 100 + 200
    [600_000, 0, 500], // at the deadline: half
    [600_000, 600, 0], // hints can eat everything, never below 0
    [900_000, 0, 500], // past the limit counts as the limit
  ])('used %i ms, hints costing %i → %i', (usedMs, hintCost, expected) => {
    expect(puzzlePoints({ points: 1000, timeLimitMs: T, usedMs, hintCost })).toBe(expected);
  });

  it('scales with the round points and rounds to an integer', () => {
    expect(puzzlePoints({ points: 2000, timeLimitMs: 300_000, usedMs: 60_000, hintCost: 0 })).toBe(1800);
    expect(puzzlePoints({ points: 1000, timeLimitMs: 3, usedMs: 1, hintCost: 0 })).toBe(833);
  });

  it('more time used or more hints never scores more', () => {
    let last = Infinity;
    for (let used = 0; used <= T; used += 30_000) {
      const p = puzzlePoints({ points: 1000, timeLimitMs: T, usedMs: used, hintCost: 100 });
      expect(p).toBeLessThanOrEqual(last);
      last = p;
    }
    expect(puzzlePoints({ points: 1000, timeLimitMs: T, usedMs: 0, hintCost: 300 })).toBeLessThan(
      puzzlePoints({ points: 1000, timeLimitMs: T, usedMs: 0, hintCost: 100 }),
    );
  });
});
