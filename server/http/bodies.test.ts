/** Every JSON body the API sends, success or error, is a Result: `{ ok: true, data }` or `{ ok: false, error }`. */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../common/clock.js';
import { useTestServer } from './test-server.js';

const ctx = useTestServer(new ManualClock(), 'bodies', { ENABLE_TEST_SETS: '1' });

async function call(method: string, path: string, body?: string) {
  const res = await fetch(`${ctx.server.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body }),
  });
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

function expectResult(json: Record<string, unknown>): void {
  if (json.ok === true) expect(Object.keys(json).sort()).toEqual(['data', 'ok']);
  else {
    expect(Object.keys(json).sort()).toEqual(['error', 'ok']);
    expect(json.error).toEqual({ code: expect.any(String), message: expect.any(String) });
  }
}

describe('HTTP bodies', () => {
  it.each([
    ['GET', '/api/health', undefined, 200],
    ['GET', '/api/scenario-sets', undefined, 200],
    ['POST', '/api/games', '{"setId":"e2e-short"}', 201],
    ['POST', '/api/games', '{"setId":"nope"}', 404],
    ['POST', '/api/games', '{"setId":', 400],
    ['GET', '/api/games/ZZZZZZ/ranking', undefined, 404],
    ['PATCH', '/api/games/ZZZZZZ', '{"isPublic":true}', 404],
    ['GET', '/api/leaderboards/games', undefined, 200],
    ['GET', '/api/practice/me', undefined, 401],
    ['GET', '/api/no-such-route', undefined, 404],
  ])('%s %s answers a Result', async (method, path, body, status) => {
    const res = await call(method, path, body);
    expect(res.status).toBe(status);
    expect(res.json.ok).toBe(status < 400);
    expectResult(res.json);
  });

  it('wraps the scenario sets and the created game in data', async () => {
    const sets = await call('GET', '/api/scenario-sets');
    expect(sets.json.data).toContainEqual(expect.objectContaining({ id: 'e2e-short', questionCount: 3 }));
    const created = await call('POST', '/api/games', '{"setId":"e2e-short"}');
    expect(created.json.data).toEqual({
      code: expect.stringMatching(/^[A-Z0-9]{6}$/),
      hostToken: expect.any(String),
      joinUrl: expect.stringContaining('/join/'),
    });
  });
});
