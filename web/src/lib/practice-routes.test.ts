import { describe, expect, it } from 'vitest';
import { parsePracticeRoute, practiceRoutePath, type PracticeRoute } from './practice-routes.js';
import { parseRoute, routePath } from './routes.js';

describe('parsePracticeRoute', () => {
  it('maps the practice pages', () => {
    expect(parsePracticeRoute(['practice'])).toEqual({ name: 'practice' });
    expect(parsePracticeRoute(['practice', 'run', '42'])).toEqual({ name: 'practice-run', runId: 42 });
  });

  it('refuses malformed run ids', () => {
    expect(parsePracticeRoute(['practice', 'run', 'abc'])).toBeNull();
    expect(parsePracticeRoute(['practice', 'run', '0'])).toBeNull();
    expect(parsePracticeRoute(['practice', 'run'])).toBeNull();
    expect(parsePracticeRoute(['practice', 'run', '1', 'x'])).toBeNull();
  });

  it('maps leaderboards and results', () => {
    expect(parsePracticeRoute(['leaderboards'])).toEqual({ name: 'leaderboards' });
    expect(parsePracticeRoute(['leaderboards', 'e2e-short'])).toEqual({
      name: 'leaderboard',
      setId: 'e2e-short',
    });
    expect(parsePracticeRoute(['results', 'abc123'])).toEqual({ name: 'results', code: 'ABC123' });
    expect(parsePracticeRoute(['results', 'nope'])).toBeNull();
    expect(parsePracticeRoute(['leaderboards', '<script>'])).toBeNull();
  });

  it('is reached through parseRoute and round-trips through routePath', () => {
    const routes: PracticeRoute[] = [
      { name: 'practice' },
      { name: 'practice-run', runId: 7 },
      { name: 'leaderboards' },
      { name: 'leaderboard', setId: 'services-basics' },
      { name: 'results', code: 'QWE123' },
    ];
    for (const r of routes) {
      expect(parseRoute(practiceRoutePath(r))).toEqual(r);
      expect(routePath(r)).toBe(practiceRoutePath(r));
    }
    expect(parseRoute('/practice/nope')).toEqual({ name: 'not-found', path: '/practice/nope' });
  });
});
