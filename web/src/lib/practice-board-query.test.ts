import { describe, expect, it } from 'vitest';
import { boardSearch, DEFAULT_BOARD_QUERY, parseBoardQuery } from './practice-board-query.js';

describe('practice board query', () => {
  it('round-trips a view and keeps defaults out of the URL', () => {
    const view = { window: 'week', mode: 'timed', page: 3, q: 'ada' } as const;
    expect(boardSearch(view)).toBe('?window=week&mode=timed&page=3&q=ada');
    expect(parseBoardQuery(boardSearch(view))).toEqual(view);
    expect(boardSearch(DEFAULT_BOARD_QUERY)).toBe('');
    expect(parseBoardQuery('')).toEqual(DEFAULT_BOARD_QUERY);
  });

  it('falls back to defaults for nonsense', () => {
    expect(parseBoardQuery('?window=year&mode=fast&page=-2&q=%20%20')).toEqual(DEFAULT_BOARD_QUERY);
    expect(parseBoardQuery('?page=1.5').page).toBe(1);
    expect(parseBoardQuery(`?q=${'x'.repeat(60)}`).q).toHaveLength(40);
  });
});
