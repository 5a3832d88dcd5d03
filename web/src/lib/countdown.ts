/**
 * Countdown maths. The server sends `remainingMs` at the moment it built the view; measuring elapsed time
 * against our own clock from when the view arrived avoids trusting the client's wall clock offset.
 */
import type { ClockView } from '../../../server/protocol/index.js';

export function remainingMs(clock: ClockView, receivedAt: number, now: number): number {
  if (clock.paused) return Math.max(0, clock.remainingMs);
  const elapsed = Math.max(0, now - receivedAt);
  return Math.max(0, clock.remainingMs - elapsed);
}

/** Whole seconds shown to people: 0.2 s left still reads "1" so "0" means the question is really over. */
export function displaySeconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}

/** Share of the time limit still left, clamped to [0, 1], for the progress bar. */
export function remainingFraction(ms: number, limitMs: number): number {
  if (limitMs <= 0) return 0;
  return Math.min(1, Math.max(0, ms / limitMs));
}

/** The last few seconds get an urgent style. */
export function isUrgent(ms: number): boolean {
  return ms > 0 && ms <= 5000;
}
