/**
 * Routes of practice mode and the leaderboards. Kept apart from routes.ts so the classroom routes stay
 * small; routes.ts asks here first and falls back to its own table.
 */

export type PracticeRoute =
  | { name: 'practice' }
  | { name: 'practice-run'; runId: number }
  | { name: 'leaderboards' }
  | { name: 'leaderboard'; setId: string }
  | { name: 'results'; code: string };

/** Scenario set ids are file-name-like (`services-basics`); anything else cannot be a set. */
const SET_ID_RE = /^[a-z0-9][a-z0-9._-]{0,99}$/i;
// The join-code rule of routes.ts, repeated so the two modules do not import each other.
const normalizeCode = (raw: string) => raw.trim().toUpperCase();
const isJoinCode = (raw: string) => /^[A-Z0-9]{6}$/.test(normalizeCode(raw));

/** The route for these path segments, or null when they are not a practice/leaderboard path. */
export function parsePracticeRoute(parts: readonly string[]): PracticeRoute | null {
  const [first, second, third, ...rest] = parts;
  if (rest.length > 0) return null;
  if (first === 'practice') {
    if (second === undefined) return { name: 'practice' };
    const runId = Number(third);
    if (second === 'run' && third !== undefined && /^\d{1,10}$/.test(third) && runId > 0) {
      return { name: 'practice-run', runId };
    }
    return null;
  }
  if (first === 'leaderboards' && third === undefined) {
    if (second === undefined) return { name: 'leaderboards' };
    return SET_ID_RE.test(second) ? { name: 'leaderboard', setId: second } : null;
  }
  if (first === 'results' && third === undefined && second !== undefined && isJoinCode(second)) {
    return { name: 'results', code: normalizeCode(second) };
  }
  return null;
}

export function practiceRoutePath(route: PracticeRoute): string {
  switch (route.name) {
    case 'practice':
      return '/practice';
    case 'practice-run':
      return `/practice/run/${route.runId}`;
    case 'leaderboards':
      return '/leaderboards';
    case 'leaderboard':
      return `/leaderboards/${encodeURIComponent(route.setId)}`;
    case 'results':
      return `/results/${normalizeCode(route.code)}`;
  }
}
