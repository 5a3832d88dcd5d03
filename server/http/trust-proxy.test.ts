/**
 * TRUST_PROXY: the per-address limits of HTTP (games created) and of sockets (join-code misses) key the
 * same client address. Untrusted, a forged X-Forwarded-For buys no fresh allowance; behind one trusted
 * proxy (`TRUST_PROXY=1`) the header names the client.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../common/clock.js';
import { connectClient, emit, type Client } from '../realtime/test-sockets.js';
import { useTestServer } from './test-server.js';

const GAMES = 3;
const direct = useTestServer(new ManualClock(), 'trust-off', {
  GAMES_PER_ADDRESS_PER_HOUR: String(GAMES),
  ENABLE_TEST_SETS: '1',
});
const proxied = useTestServer(new ManualClock(), 'trust-one', {
  GAMES_PER_ADDRESS_PER_HOUR: String(GAMES),
  TRUST_PROXY: '1',
  ENABLE_TEST_SETS: '1',
});
const clients: Client[] = [];
afterAll(() => {
  for (const c of clients) c.disconnect();
});

const createFrom = (url: string, forwardedFor: string) =>
  fetch(`${url}/api/games`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ setId: 'e2e-short' }),
  }).then((r) => r.status);

/** Creates games from one claimed address until refused (at most 40 tries): the statuses. */
async function exhaustGames(url: string, forwardedFor: string): Promise<number[]> {
  const statuses: number[] = [];
  while (statuses.length < 40 && statuses.at(-1) !== 429) statuses.push(await createFrom(url, forwardedFor));
  return statuses;
}

/**
 * Unknown-code joins claiming `forwardedFor` until refused (at most 60): the last answer's code. A new
 * socket every 20 events, so the per-socket message limit is not what refuses.
 */
async function exhaustLookups(url: string, forwardedFor: string): Promise<string> {
  let code = '';
  for (let i = 0; i < 60 && code !== 'rate/too-many-lookups'; i += 20) {
    const { socket } = await connectClient(url, clients, { 'x-forwarded-for': forwardedFor });
    for (let j = 0; j < 20 && code !== 'rate/too-many-lookups'; j++) {
      const res = await emit(socket, 'room:join', { code: 'ZZZZZZ', nickname: `n${j}` });
      code = res.ok ? 'ok' : res.error.code;
    }
  }
  return code;
}

async function unknownCodeFrom(url: string, forwardedFor: string): Promise<string> {
  const { socket } = await connectClient(url, clients, { 'x-forwarded-for': forwardedFor });
  const res = await emit(socket, 'room:join', { code: 'ZZZZZZ', nickname: 'fresh' });
  return res.ok ? 'ok' : res.error.code;
}

describe('TRUST_PROXY unset (default): the peer is the client', () => {
  it('HTTP: a forged X-Forwarded-For does not give a fresh allowance of games', async () => {
    const statuses = await exhaustGames(direct.server.url, '203.0.113.1');
    expect(await createFrom(direct.server.url, '203.0.113.2')).toBe(429);
    expect(await createFrom(direct.server.url, '198.51.100.7, 203.0.113.3')).toBe(429);
    expect(statuses).toEqual([...Array<number>(GAMES).fill(201), 429]);
  });

  it('sockets: a forged X-Forwarded-For does not give a fresh allowance of code lookups', async () => {
    expect(await exhaustLookups(direct.server.url, '203.0.113.1')).toBe('rate/too-many-lookups');
    expect(await unknownCodeFrom(direct.server.url, '203.0.113.2')).toBe('rate/too-many-lookups');
  });
});

describe('TRUST_PROXY=1: one proxy in front, the header names the client', () => {
  it('HTTP: each forwarded client has its own allowance of games', async () => {
    const statuses = await exhaustGames(proxied.server.url, '203.0.113.1');
    expect(statuses).toEqual([...Array<number>(GAMES).fill(201), 429]);
    expect(await createFrom(proxied.server.url, '203.0.113.2')).toBe(201);
    // Only the hop the proxy added counts: a client cannot pick its address by prepending one.
    expect(await createFrom(proxied.server.url, '198.51.100.7, 203.0.113.1')).toBe(429);
  });

  it('sockets: each forwarded client has its own allowance of code lookups', async () => {
    expect(await exhaustLookups(proxied.server.url, '203.0.113.1')).toBe('rate/too-many-lookups');
    expect(await unknownCodeFrom(proxied.server.url, '203.0.113.2')).toBe('room/not-found');
  });
});
