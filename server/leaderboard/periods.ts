/**
 * Leaderboard windows as period keys, on the server's clock in UTC. A finished run is filed under
 * three keys ('all', its day, its week), so "today" and "this week" are lookups, not range scans.
 *   today → 'd:2026-11-26'   this week (Monday to Sunday) → 'w:2026-11-23'   all time → 'all'
 */
import type { LeaderboardWindow } from '../protocol/practice.js';

const DAY_MS = 86_400_000;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Midnight UTC of the day containing `ms`. */
export const dayStart = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;

/** Monday 00:00 UTC of the week containing `ms`. */
export function weekStart(ms: number): number {
  const day = dayStart(ms);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return day - weekday * DAY_MS;
}

/** The period key of a window at time `now`, and the window's first instant (null for all time). */
export function periodOf(window: LeaderboardWindow, now: number): { period: string; since: number | null } {
  if (window === 'today') return { period: `d:${isoDay(now)}`, since: dayStart(now) };
  if (window === 'week') return { period: `w:${isoDay(weekStart(now))}`, since: weekStart(now) };
  return { period: 'all', since: null };
}

/** Every period a run finished at `finishedAt` counts in. */
export function periodsOfRun(finishedAt: number): string[] {
  return ['all', `d:${isoDay(finishedAt)}`, `w:${isoDay(weekStart(finishedAt))}`];
}
