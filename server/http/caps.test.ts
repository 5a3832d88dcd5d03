/**
 * The server's caps, each refused with its own error code and status: games per address per hour,
 * rooms per node, players per room.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../common/clock.js';
import { connectClient, emit, type Client } from '../realtime/test-sockets.js';
import { useTestServer } from './test-server.js';

const hourly = new ManualClock();
const perAddress = useTestServer(hourly, 'caps-hourly', {
  GAMES_PER_ADDRESS_PER_HOUR: '2',
  ENABLE_TEST_SETS: '1',
});
const small = useTestServer(new ManualClock(), 'caps-small', {
  MAX_ROOMS: '2',
  MAX_PLAYERS_PER_ROOM: '2',
  ENABLE_TEST_SETS: '1',
});
const clients: Client[] = [];
afterAll(() => {
  for (const c of clients) c.disconnect();
});

async function create(
  url: string,
): Promise<{ status: number; body: { ok: boolean; data?: { code: string }; error?: { code: string } } }> {
  const res = await fetch(`${url}/api/games`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ setId: 'e2e-short' }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

describe('caps', () => {
  it('GAMES_PER_ADDRESS_PER_HOUR: that many at once, then refilled over the hour (429 rate/too-many-games)', async () => {
    const url = perAddress.server.url;
    expect([(await create(url)).status, (await create(url)).status]).toEqual([201, 201]);
    expect(await create(url)).toMatchObject({
      status: 429,
      body: { ok: false, error: { code: 'rate/too-many-games' } },
    });
    hourly.advance(30 * 60_000);
    expect((await create(url)).status).toBe(201);
    expect((await create(url)).status).toBe(429);
  });

  it('MAX_ROOMS: a node holds that many rooms (503 server/full)', async () => {
    const url = small.server.url;
    expect([(await create(url)).status, (await create(url)).status]).toEqual([201, 201]);
    expect(await create(url)).toMatchObject({
      status: 503,
      body: { ok: false, error: { code: 'server/full' } },
    });
  });

  it('MAX_PLAYERS_PER_ROOM: one more room:join answers room/full', async () => {
    const [room] = small.server.manager.list();
    const code = room!.code;
    const joins: string[] = [];
    for (const nickname of ['ana', 'ben', 'cy']) {
      const { socket } = await connectClient(small.server.url, clients);
      const res = await emit(socket, 'room:join', { code, nickname });
      joins.push(res.ok ? 'ok' : res.error.code);
    }
    expect(joins).toEqual(['ok', 'ok', 'room/full']);
  });
});
