/**
 * The browser tests' sets (`testSet: true` in scenarios/9x-e2e-*.yaml) are opt-in: with the default
 * configuration the server neither lists nor serves them (one of them would let anyone run simulator
 * commands anonymously). `ENABLE_TEST_SETS=1` brings them back for the tests.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioSetSummary } from '../protocol/http.js';
import { ManualClock } from '../common/clock.js';
import { useTestServer } from './test-server.js';

const TEST_SETS = ['e2e-short', 'e2e-puzzle'];

function routes(server: () => { url: string }) {
  const post = (route: string, body: unknown) =>
    fetch(`${server().url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return {
    list: async () =>
      (
        (await (await fetch(`${server().url}/api/scenario-sets`)).json()) as { data: ScenarioSetSummary[] }
      ).data.map((s) => s.id),
    createGame: (setId: string) => post('/api/games', { setId }),
    practise: (setId: string) => post('/api/practice/runs', { setId, nickname: 'anon' }),
    board: (setId: string) => fetch(`${server().url}/api/leaderboards/practice/${setId}`),
  };
}

describe('the default catalogue', () => {
  const ctx = useTestServer(new ManualClock(), 'catalogue');
  const api = routes(() => ctx.server);

  it('lists only the real sets', async () => {
    const ids = await api.list();
    expect(ids).toContain('services-stable-networking');
    expect(ids.filter((id) => id.startsWith('e2e-'))).toEqual([]);
    expect(ctx.server.catalog.list().some((s) => s.testSet)).toBe(false);
  });

  it.each(TEST_SETS)('refuses a game, a practice run and a leaderboard of %s', async (setId) => {
    for (const res of [await api.createGame(setId), await api.practise(setId), await api.board(setId)]) {
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'scenario/not-found' } });
    }
  });
});

describe('ENABLE_TEST_SETS=1', () => {
  const ctx = useTestServer(new ManualClock(), 'catalogue-tests', { ENABLE_TEST_SETS: '1' });
  const api = routes(() => ctx.server);

  it('lists and serves the test sets', async () => {
    expect(await api.list()).toEqual(expect.arrayContaining(TEST_SETS));
    for (const setId of TEST_SETS) {
      expect((await api.createGame(setId)).status).toBe(201);
      expect((await api.practise(setId)).status).toBe(201);
    }
  });

  it('counts questions and steps (questions and puzzle rounds) apart', async () => {
    const sets = (
      (await (await fetch(`${ctx.server.url}/api/scenario-sets`)).json()) as { data: ScenarioSetSummary[] }
    ).data;
    const counts = (id: string) => sets.filter((s) => s.id === id).map((s) => [s.questionCount, s.stepCount]);
    expect(counts('e2e-short')).toEqual([[3, 3]]);
    expect(counts('e2e-puzzle')).toEqual([[0, 1]]);
  });
});
