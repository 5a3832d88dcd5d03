/**
 * Scoring: pure functions, no game state. All results are integers.
 *
 * "classic" (default), for a correct answer:
 *   base  = 1000                                  if t < 500 ms
 *         = round(1000 × (1 − (t / T) / 2))       otherwise   (t response time, T time limit, both ms)
 *   bonus = min(100 × (s − 1), 500)               s = the streak *including* this answer
 *   points = (base + bonus) × multiplier          multiplier 0, 1 or 2 from the scenario file
 * The first correct answer in a row (s = 1) earns no bonus, the 2nd +100, … the 6th and later +500.
 * A wrong or missing answer earns 0 and resets the streak to 0. A correct answer to a 0-multiplier
 * (warm-up) question earns 0 but still extends the streak.
 *
 * "accuracy": points = 1000 × multiplier per correct answer; no speed or streak component (the streak is
 * still tracked, for display).
 *
 * Examples (T = 20 s, multiplier 1, classic):
 *   t = 0.3 s, first in a row            → 1000
 *   t = 2 s, first in a row              → round(1000 × (1 − 0.05)) = 950
 *   t = 20 s (at the deadline)           → 500
 *   t = 2 s, 3rd correct in a row        → 950 + 200 = 1150
 *   t = 2 s, 9th correct in a row        → 950 + 500 = 1450
 *   t = 2 s, 3rd in a row, multiplier 2  → 2300
 *   T = 30 s, t = 2 s                    → round(966.67) = 967 (Kahoot's published example)
 */
import type { ScoringMode } from '../protocol/views.js';

export const FULL_POINTS = 1000;
/** Answers faster than this get full points: below it, differences are reaction time, not knowledge. */
export const INSTANT_MS = 500;
export const STREAK_STEP = 100;
export const STREAK_CAP = 500;

/** Speed component of a correct answer, 500..1000. */
export function speedPoints(responseMs: number, timeLimitMs: number): number {
  if (responseMs < INSTANT_MS || timeLimitMs <= 0) return FULL_POINTS;
  const t = Math.min(responseMs, timeLimitMs);
  // (1000·T − 500·t) / T is the formula with one division, which keeps .5 cases exact.
  return Math.round((FULL_POINTS * timeLimitMs - (FULL_POINTS / 2) * t) / timeLimitMs);
}

/** Bonus for a streak of `streak` correct answers in a row, this one included. */
export function streakBonus(streak: number): number {
  return Math.min(STREAK_STEP * Math.max(0, streak - 1), STREAK_CAP);
}

export interface ScoreInput {
  mode: ScoringMode;
  /** false also for a missing answer. */
  correct: boolean;
  responseMs: number;
  timeLimitMs: number;
  multiplier: number;
  /** The player's streak before this question. */
  previousStreak: number;
}

/** Points for one question and the player's streak after it. */
export function scoreAnswer(input: ScoreInput): { points: number; streak: number } {
  if (!input.correct) return { points: 0, streak: 0 };
  const streak = input.previousStreak + 1;
  if (input.mode === 'accuracy') return { points: FULL_POINTS * input.multiplier, streak };
  const base = speedPoints(input.responseMs, input.timeLimitMs);
  return { points: (base + streakBonus(streak)) * input.multiplier, streak };
}
