/**
 * A practice board's tab, mode, page and search live in the address (`?window=week&page=2`), so a
 * board can be linked to and the back button keeps the view. Unknown values fall back to defaults.
 */
import {
  leaderboardWindows,
  type LeaderboardWindow,
  type PracticeMode,
} from '../../../server/protocol/index.js';

export interface BoardQuery {
  window: LeaderboardWindow;
  mode: PracticeMode;
  page: number;
  q: string;
}

export const DEFAULT_BOARD_QUERY: BoardQuery = { window: 'all', mode: 'untimed', page: 1, q: '' };

export function parseBoardQuery(search: string): BoardQuery {
  const params = new URLSearchParams(search);
  const window = params.get('window');
  const page = Number(params.get('page'));
  return {
    window: leaderboardWindows.find((w) => w === window) ?? DEFAULT_BOARD_QUERY.window,
    mode: params.get('mode') === 'timed' ? 'timed' : 'untimed',
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    q: (params.get('q') ?? '').trim().slice(0, 40),
  };
}

/** The query string for a board view; defaults are left out so the plain URL stays plain. */
export function boardSearch(query: BoardQuery): string {
  const params = new URLSearchParams();
  if (query.window !== DEFAULT_BOARD_QUERY.window) params.set('window', query.window);
  if (query.mode !== DEFAULT_BOARD_QUERY.mode) params.set('mode', query.mode);
  if (query.page > 1) params.set('page', String(query.page));
  if (query.q) params.set('q', query.q);
  const text = params.toString();
  return text ? `?${text}` : '';
}
