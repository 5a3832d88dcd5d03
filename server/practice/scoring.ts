/**
 * Practice scoring, computed only on the server from the run's own clock and answers.
 *
 * - Timed runs use the classroom's "classic" scoring (server/game/scoring.ts): speed points
 *   500..1000 × multiplier plus the streak bonus, measured against the question's time limit.
 * - Untimed runs use accuracy points: 1000 × multiplier per correct answer (no speed, no streak bonus),
 *   because without a deadline response time says little. Ties on the leaderboard then go to the
 *   faster run (total time), then to the earlier finish.
 * - Only a question's first attempt scores. A re-queued retry gives feedback but 0 points and leaves the
 *   streak alone: otherwise a mistake followed by a right retry would cost nothing.
 * - A timed-out answer is wrong: 0 points, streak reset.
 */
import { scoreAnswer } from '../game/index.js';

export interface PracticeScoreInput {
  timed: boolean;
  retry: boolean;
  correct: boolean;
  responseMs: number;
  timeLimitMs: number;
  multiplier: number;
  previousStreak: number;
}

export function practicePoints(input: PracticeScoreInput): { points: number; streak: number } {
  if (input.retry) return { points: 0, streak: input.previousStreak };
  return scoreAnswer({
    mode: input.timed ? 'classic' : 'accuracy',
    correct: input.correct,
    responseMs: input.responseMs,
    timeLimitMs: input.timeLimitMs,
    multiplier: input.multiplier,
    previousStreak: input.previousStreak,
  });
}
