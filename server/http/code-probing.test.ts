/**
 * Join-code probing: every per-code route answers a live code without its token exactly like a free
 * code, and misses are limited per address, over HTTP and sockets together (one allowance).
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../common/clock.js';
import { connectClient, createGame, emit, type Client } from '../realtime/test-sockets.js';
import { useTestServer } from './test-server.js';

const clock = new ManualClock();
const ctx = useTestServer(clock, 'probing', { ENABLE_TEST_SETS: '1' });
const clients: Client[] = [];
afterAll(() => {
  for (const c of clients) c.disconnect();
});
// The allowance (30 misses, one more per 2 s) is full again after a minute.
beforeEach(() => clock.advance(120_000));

const FREE = 'ZZZZZZ';
const WRONG_TOKEN = 'not-the-host-token-0123456789';

type Probe = (code: string, token?: string) => Promise<{ status: number; body: string }>;

function request(method: string, path: string, body?: unknown): Probe {
  return async (code, token) => {
    const res = await fetch(`${ctx.server.url}/api/games/${code}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.text()).replaceAll(code, '<code>') };
  };
}

const ROUTES: [string, Probe][] = [
  ['GET results.csv', request('GET', '/results.csv')],
  ['GET commands.csv', request('GET', '/commands.csv')],
  ['GET ranking', request('GET', '/ranking')],
  ['PATCH', request('PATCH', '', { isPublic: true })],
];

describe('per-code routes', () => {
  it.each(ROUTES)('%s: a live code without its token answers like a free code', async (_name, probe) => {
    const { code } = await createGame(ctx.server.url);
    const free = await probe(FREE);
    expect(free.status).toBe(404);
    expect(JSON.parse(free.body)).toMatchObject({ ok: false, error: { code: 'room/not-found' } });
    expect(await probe(code)).toEqual(free);
    expect(await probe(code, WRONG_TOKEN)).toEqual(await probe(FREE, WRONG_TOKEN));
  });

  it('limits misses per address: 30, then one per 2 s, even for a live code with its token', async () => {
    const { code, hostToken } = await createGame(ctx.server.url);
    const csv = request('GET', '/results.csv');
    // Hits do not count.
    for (let i = 0; i < 40; i++)
      expect((await request('GET', '/commands.csv')(code, hostToken)).status).toBe(200);
    const misses = await Promise.all(Array.from({ length: 45 }, () => csv(FREE)));
    const statuses = misses.map((m) => m.status).sort();
    // Parallel guesses hold their token while they run: exactly 30 get an answer.
    expect(statuses.filter((s) => s === 404)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const refused = await request('GET', '/commands.csv')(code, hostToken);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'rate/too-many-lookups' } });
    clock.advance(2000);
    expect((await request('GET', '/commands.csv')(code, hostToken)).status).toBe(200);
  });

  it('shares one allowance with the socket room:join and room:resume lookups', async () => {
    const { code, hostToken } = await createGame(ctx.server.url);
    const { socket } = await connectClient(ctx.server.url, clients);
    for (let i = 0; i < 15; i++) {
      const join = await emit(socket, 'room:join', { code: FREE, nickname: `n${i}` });
      expect(!join.ok && join.error.code).toBe('room/not-found');
    }
    // A token of no seat in a live game is a miss too.
    const resume = await emit(socket, 'room:resume', { code, token: WRONG_TOKEN });
    expect(!resume.ok && resume.error.code).toBe('auth/invalid-token');
    // A good resume is a hit: it does not count.
    expect((await emit(socket, 'room:resume', { code, token: hostToken })).ok).toBe(true);
    for (let i = 0; i < 14; i++) expect((await request('GET', '/ranking')(FREE)).status).toBe(404);
    const limited = await emit(socket, 'room:join', { code: FREE, nickname: 'last' });
    expect(!limited.ok && limited.error.code).toBe('rate/too-many-lookups');
    const live = await emit(socket, 'room:join', { code, nickname: 'real' });
    expect(!live.ok && live.error.code).toBe('rate/too-many-lookups');
    expect((await request('GET', '/ranking')(FREE)).status).toBe(429);
  });
});
