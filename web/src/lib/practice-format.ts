/** Text and number helpers for the practice and leaderboard pages. */
import type { LeaderboardWindow, PracticeRunView } from '../../../server/protocol/index.js';

/** 0..1 → "67%"; rounding never shows 100% for an imperfect run. */
export function formatAccuracy(accuracy: number): string {
  const pct = Math.max(0, Math.min(1, accuracy)) * 100;
  const shown = pct < 100 && Math.round(pct) === 100 ? 99 : Math.round(pct);
  return `${shown}%`;
}

/** Run lengths: "42.3 s" under a minute, "3 min 05 s" under an hour, then "1 h 02 min". */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const totalSeconds = Math.floor(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) return `${minutes} min ${String(totalSeconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export const WINDOW_LABELS: Record<LeaderboardWindow, string> = {
  today: 'Today',
  week: 'This week',
  all: 'All time',
};

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/** The page (1-based) on which a rank appears, for "jump to my row". */
export function pageOfRank(rank: number, pageSize: number): number {
  return Math.max(1, Math.ceil(rank / Math.max(1, pageSize)));
}

export interface RunProgress {
  /** Items finished (answered), including the current one once it has feedback. */
  done: number;
  total: number;
  /** 0..1 for the progress bar. */
  fraction: number;
  /** "Question 2 of 4" for the current item (1-based). */
  label: string;
}

/** `total` grows when a wrong answer is re-queued, so the bar may step back a little: that is honest. */
export function runProgress(run: Pick<PracticeRunView, 'position' | 'total' | 'phase'>): RunProgress {
  const total = Math.max(1, run.total);
  const done = run.phase === 'question' ? run.position : Math.min(total, run.position + 1);
  const current = Math.min(total, run.position + 1);
  return {
    done,
    total,
    fraction: Math.min(1, done / total),
    label: run.phase === 'finished' ? `All ${total} done` : `Question ${current} of ${total}`,
  };
}
