import { describe, expect, it } from 'vitest';
import { scoreAnswer, speedPoints, streakBonus } from './scoring.js';

describe('speedPoints', () => {
  it.each([
    // [responseMs, timeLimitMs, points]
    [0, 20_000, 1000],
    [499, 20_000, 1000], // the 0.5 s rule
    [500, 20_000, 988], // 1000 − 500·0.5/20 = 987.5 → 988 (half up)
    [2_000, 20_000, 950],
    [10_000, 20_000, 750],
    [20_000, 20_000, 500], // at the deadline: half points
    [25_000, 20_000, 500], // never below half, even if a late time slipped through
    [2_000, 30_000, 967], // Kahoot's published example: 966.67 → 967
    [1_020, 20_000, 975], // 974.5 → 975
    [1_000, 30_000, 983], // 983.33 → 983
  ])('t=%i ms of T=%i ms → %i', (t, T, points) => {
    expect(speedPoints(t, T)).toBe(points);
  });
});

describe('streakBonus', () => {
  it.each([
    [0, 0],
    [1, 0], // first correct in a row: no bonus
    [2, 100],
    [3, 200],
    [6, 500],
    [7, 500], // capped
    [40, 500],
  ])('streak %i → +%i', (streak, bonus) => {
    expect(streakBonus(streak)).toBe(bonus);
  });
});

describe('scoreAnswer', () => {
  const base = { mode: 'classic' as const, responseMs: 2_000, timeLimitMs: 20_000, multiplier: 1 };

  it('first correct answer: speed points, streak 1', () => {
    expect(scoreAnswer({ ...base, correct: true, previousStreak: 0 })).toEqual({ points: 950, streak: 1 });
  });

  it('third in a row adds +200', () => {
    expect(scoreAnswer({ ...base, correct: true, previousStreak: 2 })).toEqual({ points: 1150, streak: 3 });
  });

  it('the bonus is capped at +500', () => {
    expect(scoreAnswer({ ...base, correct: true, previousStreak: 8 })).toEqual({ points: 1450, streak: 9 });
  });

  it('multiplies base and bonus', () => {
    expect(scoreAnswer({ ...base, multiplier: 2, correct: true, previousStreak: 2 })).toEqual({
      points: 2300,
      streak: 3,
    });
  });

  it('a 0-multiplier question earns nothing but extends the streak', () => {
    expect(scoreAnswer({ ...base, multiplier: 0, correct: true, previousStreak: 4 })).toEqual({
      points: 0,
      streak: 5,
    });
  });

  it('wrong or missing: 0 and the streak resets', () => {
    expect(scoreAnswer({ ...base, correct: false, previousStreak: 5 })).toEqual({ points: 0, streak: 0 });
  });

  it('a fast answer with a streak gets full base plus bonus', () => {
    expect(scoreAnswer({ ...base, responseMs: 300, correct: true, previousStreak: 1 })).toEqual({
      points: 1100,
      streak: 2,
    });
  });

  it('accuracy mode: 1000 × multiplier, no speed or streak part', () => {
    const accuracy = { ...base, mode: 'accuracy' as const, responseMs: 19_000 };
    expect(scoreAnswer({ ...accuracy, correct: true, previousStreak: 7 })).toEqual({
      points: 1000,
      streak: 8,
    });
    expect(scoreAnswer({ ...accuracy, multiplier: 2, correct: true, previousStreak: 0 })).toEqual({
      points: 2000,
      streak: 1,
    });
    expect(scoreAnswer({ ...accuracy, correct: false, previousStreak: 3 })).toEqual({ points: 0, streak: 0 });
  });
});
