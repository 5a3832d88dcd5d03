import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGame, fetchResultsCsv, listScenarioSets } from './http.js';

const respond = (res: () => Promise<Response>) => {
  const calls: [string, RequestInit][] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push([url, init]);
    return res();
  });
  return calls;
};
const json = (status: number, body: unknown) => () =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

afterEach(() => vi.unstubAllGlobals());

describe('game HTTP client', () => {
  it('reads the Result the server answers', async () => {
    respond(json(200, { ok: true, data: [{ id: 's' }] }));
    expect(await listScenarioSets()).toEqual({ ok: true, data: [{ id: 's' }] });
    const calls = respond(json(201, { ok: true, data: { code: 'ABC123' } }));
    expect(await createGame({ setId: 's' })).toEqual({ ok: true, data: { code: 'ABC123' } });
    expect(calls[0]![1]).toMatchObject({ method: 'POST', body: '{"setId":"s"}' });
    respond(json(429, { ok: false, error: { code: 'rate/too-many-games', message: 'wait' } }));
    expect(await createGame({ setId: 's' })).toEqual({
      ok: false,
      error: { code: 'rate/too-many-games', message: 'wait' },
    });
  });

  it('takes a bare body for what it is not: a server fault', async () => {
    respond(json(200, [{ id: 's' }]));
    expect(await listScenarioSets()).toMatchObject({ ok: false, error: { code: 'server/internal' } });
  });

  it('downloads the CSV with the host token, or reports the error', async () => {
    const calls = respond(() => Promise.resolve(new Response('rank\r\n', { status: 200 })));
    const csv = await fetchResultsCsv('ABC123', 'tok');
    expect(csv.ok && (await csv.data.text())).toBe('rank\r\n');
    expect(calls[0]![0]).toBe('/api/games/ABC123/results.csv');
    expect((calls[0]![1].headers as Record<string, string>).Authorization).toBe('Bearer tok');
    respond(json(404, { ok: false, error: { code: 'room/not-found', message: 'no game' } }));
    expect(await fetchResultsCsv('ABC123', 'tok')).toEqual({
      ok: false,
      error: { code: 'room/not-found', message: 'no game' },
    });
  });
});
