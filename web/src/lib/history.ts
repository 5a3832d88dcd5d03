/**
 * Shell-like command history: up/down walk through earlier lines, and the line being typed is kept as
 * a draft so coming back down past the newest entry restores it (as bash does).
 */

export interface History {
  entries: readonly string[];
  /** Position while browsing (0 = oldest); null when editing the draft. */
  index: number | null;
  draft: string;
}

export const MAX_HISTORY = 200;

export const emptyHistory = (entries: readonly string[] = []): History => ({
  entries: entries.slice(-MAX_HISTORY),
  index: null,
  draft: '',
});

/** Adds a submitted line (not blank ones, not a repeat of the newest) and stops browsing. */
export function remember(h: History, line: string): History {
  const trimmed = line.trim();
  const last = h.entries[h.entries.length - 1];
  const entries =
    trimmed === '' || trimmed === last ? h.entries : [...h.entries, trimmed].slice(-MAX_HISTORY);
  return { entries, index: null, draft: '' };
}

/** One step older; `current` is what the line shows now (kept as the draft on the first step). */
export function older(h: History, current: string): { history: History; text: string } {
  if (h.entries.length === 0) return { history: h, text: current };
  const draft = h.index === null ? current : h.draft;
  const index = h.index === null ? h.entries.length - 1 : Math.max(0, h.index - 1);
  return { history: { ...h, index, draft }, text: h.entries[index] ?? current };
}

/** One step newer; past the newest entry the draft comes back. */
export function newer(h: History, current: string): { history: History; text: string } {
  if (h.index === null) return { history: h, text: current };
  const index = h.index + 1;
  if (index >= h.entries.length) return { history: { ...h, index: null }, text: h.draft };
  return { history: { ...h, index }, text: h.entries[index] ?? current };
}

/**
 * History rebuilt from the team's terminal: my own lines, oldest first (so a reload or a second tab
 * still has them). Local lines not yet in the log are appended.
 */
export function historyFrom(log: readonly { playerId: string; line: string }[], me: string): string[] {
  const out: string[] = [];
  for (const e of log) if (e.playerId === me && e.line !== out[out.length - 1]) out.push(e.line);
  return out;
}
