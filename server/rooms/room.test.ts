/**
 * Rooms without sockets: the real game core, a real SQLite repository and a manual clock. Checks that
 * actions run one at a time, deadlines come from the server clock, and results are stored before the
 * podium is broadcast.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScenariosDir, loadScenarioDir } from '../content/load.js';
import type { ScenarioCatalog } from '../content/load.js';
import { openDatabase, type Database } from '../persistence/index.js';
import { ManualClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import type { Room } from './room.js';
import { RoomManager } from './room-manager.js';
import { hashToken } from '../common/secrets.js';

let dir: string;
let db: Database;
let catalog: ScenarioCatalog;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kube-arena-room-'));
  db = await openDatabase(`file:${dir}/rooms.db`);
  const loaded = await loadScenarioDir(defaultScenariosDir, { testSets: true });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  catalog = loaded.catalog;
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

function setup(limits: { maxRooms?: number; maxPlayersPerRoom?: number } = {}) {
  const clock = new ManualClock();
  // One timeline of finished database writes and broadcasts, to check their order.
  const timeline: string[] = [];
  const repo = new Proxy(db.repo, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        timeline.push(`db:${String(key)}`);
        return result;
      };
    },
  });
  const manager = new RoomManager({
    ...limits,
    repo,
    catalog,
    clock,
    log: silentLogger,
    hooks: {
      broadcast: (room: Room) => timeline.push(`broadcast:${room.state.phase}`),
      kicked: () => {},
    },
  });
  return { clock, manager, timeline };
}

describe('Room', () => {
  it('runs actions one at a time in arrival order', async () => {
    const { manager } = setup();
    const created = await manager.createGame({ setId: 'e2e-short', scoring: 'classic' });
    if (!created.ok) throw new Error(created.error.kind);
    const room = (await manager.get(created.data.code))!;
    // Fired together: the second join must see the first one's nickname.
    const [a, b] = await Promise.all([
      room.run({ type: 'join', nickname: 'Ada', seatKey: hashToken('token-a-0123456789') }),
      room.run({ type: 'join', nickname: 'ada', seatKey: hashToken('token-b-0123456789') }),
    ]);
    expect(a.ok).toBe(true);
    expect(!b.ok && b.error.code).toBe('player/nickname-taken');
    await manager.shutdown();
  });

  it('refuses rooms beyond MAX_ROOMS and players beyond MAX_PLAYERS_PER_ROOM', async () => {
    const { manager } = setup({ maxRooms: 2, maxPlayersPerRoom: 2 });
    const created = await manager.createGame({ setId: 'e2e-short', scoring: 'classic' });
    if (!created.ok) throw new Error(created.error.kind);
    expect((await manager.createGame({ setId: 'e2e-short', scoring: 'classic' })).ok).toBe(true);
    expect(await manager.createGame({ setId: 'e2e-short', scoring: 'classic' })).toEqual({
      ok: false,
      error: { kind: 'node-full', maxRooms: 2 },
    });
    const room = (await manager.get(created.data.code))!;
    const joins = await Promise.all(
      ['a', 'b', 'c'].map((n) =>
        room.run({ type: 'join', nickname: n, seatKey: hashToken(`token-${n}-0123456789`) }),
      ),
    );
    expect(joins.map((j) => j.ok || j.error.code)).toEqual([true, true, 'room/full']);
    await manager.shutdown();
  });

  it('saves one snapshot per batch of queued actions and acknowledges each only after it is saved', async () => {
    const { manager, timeline } = setup();
    const created = await manager.createGame({ setId: 'e2e-short', scoring: 'classic' });
    if (!created.ok) throw new Error(created.error.kind);
    const room = (await manager.get(created.data.code))!;
    timeline.length = 0;
    const joins = Array.from({ length: 12 }, (_, i) =>
      room
        .run({ type: 'join', nickname: `p${i}`, seatKey: hashToken(`token-${i}-0123456789abcdef`) })
        .then((r) => {
          timeline.push('ack');
          return r;
        }),
    );
    expect((await Promise.all(joins)).every((r) => r.ok)).toBe(true);
    const saves = timeline.filter((t) => t === 'db:saveSnapshot').length;
    // The first join runs alone; the eleven that queued behind it share the next snapshot.
    expect(saves).toBeLessThan(12);
    expect(saves).toBeGreaterThanOrEqual(1);
    // Every ack comes after a snapshot (none before the first save).
    expect(timeline.indexOf('ack')).toBeGreaterThan(timeline.indexOf('db:saveSnapshot'));
    const saved = JSON.parse((await db.repo.findGameByCode(room.code))!.snapshot!) as { players: unknown[] };
    expect(saved.players).toHaveLength(12);
    await manager.shutdown();
  });

  it('closes a question at its deadline on the server clock and stores results before the podium', async () => {
    const { clock, manager, timeline } = setup();
    const created = await manager.createGame({ setId: 'e2e-short', scoring: 'classic' });
    if (!created.ok) throw new Error(created.error.kind);
    const room = (await manager.get(created.data.code))!;
    const joined = await room.run({
      type: 'join',
      nickname: 'Ada',
      seatKey: hashToken('token-a-0123456789'),
    });
    if (!joined.ok) throw new Error(joined.error.message);
    const host = { role: 'host' } as const;
    await room.run({ type: 'connect', viewer: { role: 'player', playerId: room.state.players[0]!.id } });
    expect((await room.run({ type: 'start', viewer: host })).ok).toBe(true);
    expect(room.state.phase).toBe('question');

    clock.advance(19_999);
    await room.idle();
    expect(room.state.phase).toBe('question');
    clock.advance(1);
    await room.idle();
    expect(room.state.phase).toBe('reveal');

    expect((await room.run({ type: 'end', viewer: host })).ok).toBe(true);
    expect(timeline.indexOf('db:finishGame')).toBeGreaterThan(-1);
    expect(timeline.indexOf('db:finishGame')).toBeLessThan(timeline.indexOf('broadcast:podium'));
    const results = await db.repo.getResults(room.code);
    expect(results?.players[0]).toMatchObject({ nickname: 'Ada', rank: 1, finalScore: 0 });
    // The snapshot follows every action, so another node could pick the room up.
    expect(JSON.parse((await db.repo.findGameByCode(room.code))!.snapshot!).phase).toBe('podium');
    await manager.shutdown();
  });

  it('evicts finished rooms after a quiet spell and restores them on demand', async () => {
    const { clock, manager } = setup();
    const created = await manager.createGame({ setId: 'e2e-short', scoring: 'classic' });
    if (!created.ok) throw new Error(created.error.kind);
    const room = (await manager.get(created.data.code))!;
    await room.run({ type: 'join', nickname: 'Ada', seatKey: hashToken('token-a-0123456789') });
    await room.run({ type: 'end', viewer: { role: 'host' } });
    expect(manager.sweep(clock.now() + 14 * 60_000)).toEqual([]);
    expect(manager.sweep(clock.now() + 16 * 60_000)).toEqual([room.code]);
    expect(manager.list()).toEqual([]);
    const back = await manager.get(room.code);
    expect(back).not.toBe(room);
    expect(back?.state.phase).toBe('podium');
    await manager.shutdown();
  });
});
