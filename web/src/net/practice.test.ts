import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerPractice, fetchPracticeBoard, setGamePublic, startPractice } from './practice.js';

type Call = [string, RequestInit];

function stubFetch(respond: () => Promise<Response>) {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push([url, init]);
    return respond();
  });
  return calls;
}

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

afterEach(() => vi.unstubAllGlobals());

describe('practice HTTP client', () => {
  it('sends the token as a bearer header and JSON bodies', async () => {
    const calls = stubFetch(() => json(200, { ok: true, data: { runId: 1 } }));
    const res = await answerPractice('tok', 7, 'q1', ['a']);
    expect(res).toEqual({ ok: true, data: { runId: 1 } });
    const [url, init] = calls[0]!;
    expect(url).toBe('/api/practice/runs/7/answers');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(JSON.parse(String(init.body))).toEqual({ questionId: 'q1', choiceIds: ['a'] });
  });

  it('sends no Authorization header without a token', async () => {
    const calls = stubFetch(() => json(201, { ok: true, data: {} }));
    await startPractice({ setId: 's', timed: false, nickname: 'Ada' }, null);
    expect(calls[0]![1].headers).not.toHaveProperty('Authorization');
  });

  it('builds board query strings, leaving empty search out', async () => {
    const calls = stubFetch(() => json(200, { ok: true, data: {} }));
    await fetchPracticeBoard(
      'e2e short',
      { window: 'week', mode: 'untimed', page: 2, pageSize: 20, q: '' },
      null,
    );
    expect(calls[0]![0]).toBe(
      '/api/leaderboards/practice/e2e%20short?window=week&mode=untimed&page=2&pageSize=20',
    );
  });

  it('passes server errors through and names network and non-JSON failures', async () => {
    stubFetch(() => json(401, { ok: false, error: { code: 'auth/invalid-token', message: 'nope' } }));
    expect(await setGamePublic('ABC123', 'x', true)).toEqual({
      ok: false,
      error: { code: 'auth/invalid-token', message: 'nope' },
    });
    stubFetch(() => Promise.reject(new TypeError('offline')));
    expect(await setGamePublic('ABC123', 'x', true)).toMatchObject({
      ok: false,
      error: { code: 'client/network' },
    });
    stubFetch(() => Promise.resolve(new Response('<html>bad gateway</html>', { status: 502 })));
    const res = await setGamePublic('ABC123', 'x', true);
    expect(res).toMatchObject({ ok: false, error: { code: 'server/internal' } });
    expect(res.ok ? '' : res.error.message).toContain('502');
  });
});
