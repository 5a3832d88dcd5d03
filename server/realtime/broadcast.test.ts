/**
 * View updates under load, over real sockets with the production broadcast interval: an answer storm
 * of 40 players must not send every player a view per answer (40² views), yet everyone ends on the
 * newest state.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../http/test-server.js';
import type { GameView, PlayerView } from '../protocol/views.js';
import { ManualClock } from '../common/clock.js';
import { connectClient, createGame, emit, type Client } from './test-sockets.js';

const PLAYERS = 40;
const ctx = useTestServer(new ManualClock(), 'bc', {
  BROADCAST_INTERVAL_MS: '100',
  ENABLE_TEST_SETS: '1',
});
const clients: Client[] = [];

afterAll(() => {
  for (const c of clients) c.disconnect();
});

const until = async (what: string, ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
};

describe('broadcasts', () => {
  it('coalesce an answer storm into a few views per player, ending on the newest state', async () => {
    const game = await createGame(ctx.server.url);
    const host = await connectClient(ctx.server.url, clients);
    expect((await emit(host.socket, 'room:resume', { code: game.code, token: game.hostToken })).ok).toBe(
      true,
    );
    const players = await Promise.all(
      Array.from({ length: PLAYERS }, async (_, i) => {
        const p = await connectClient(ctx.server.url, clients);
        const joined = await emit(p.socket, 'room:join', { code: game.code, nickname: `p${i}` });
        if (!joined.ok) throw new Error(JSON.stringify(joined));
        return p;
      }),
    );
    const last = (views: GameView[]) => views.at(-1) as PlayerView | undefined;

    expect((await emit(host.socket, 'game:start')).ok).toBe(true);
    await until('the question on every screen', () =>
      players.every((p) => last(p.views)?.phase === 'question'),
    );
    const question = last(players[0]!.views)!.question!;
    const before = players.map((p) => p.views.length);

    const acks = await Promise.all(
      players.map((p) =>
        emit(p.socket, 'answer:submit', { questionId: question.id, choiceIds: [question.choices[0]!.id] }),
      ),
    );
    expect(acks.every((a) => a.ok)).toBe(true);
    // Everyone answered, so the question closed: every screen ends on the reveal.
    await until('the reveal on every screen', () => players.every((p) => last(p.views)?.phase === 'reveal'));
    await new Promise((r) => setTimeout(r, 250)); // anything still in flight arrives
    expect(players.every((p) => last(p.views)?.phase === 'reveal')).toBe(true);
    const received = players.reduce((n, p, i) => n + p.views.length - before[i]!, 0);
    // One view per answer per player would be 40 × 40 = 1,600.
    expect(received).toBeGreaterThanOrEqual(PLAYERS);
    expect(received).toBeLessThan((PLAYERS * PLAYERS) / 4);
  });
});
