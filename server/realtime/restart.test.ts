/**
 * A room restored from its snapshot after a crash: the snapshot says every player was connected, but
 * no socket of this node holds a seat. Restored seats start disconnected (with the reload grace), so
 * an open question waits only for the players whose clients came back.
 */
import { describe, expect, it } from 'vitest';
import type { HostView, PlayerView } from '../protocol/views.js';
import { PRESENCE_GRACE_MS } from '../game/index.js';
import { connectClient, emit, openGame, useSocketServer } from './test-sockets.js';

const { clock, ctx, clients, settle } = useSocketServer('restart');

describe('a room restored after a crash', () => {
  it('starts its seats disconnected: the question closes once every resumed player answered', async () => {
    const game = await openGame(ctx.server.url, clients, ['Ada', 'Bob']);
    const [ada] = game.players;
    expect((await emit(game.host.socket, 'game:start', {})).ok).toBe(true);
    await settle(game.code);
    const saved = JSON.parse((await ctx.server.repo.findGameByCode(game.code))!.snapshot!) as {
      players: { connected: boolean }[];
    };
    expect(saved.players.map((p) => p.connected)).toEqual([true, true]);

    // The crash: the room leaves memory without any of its sockets' disconnects being run. The old
    // sockets stay open but dead to the game, as the clients of a crashed node would be.
    ctx.server.manager.sweep(clock.now() + 24 * 3600_000);
    expect(ctx.server.manager.list().map((r) => r.code)).not.toContain(game.code);

    const host = await connectClient(ctx.server.url, clients);
    const hostBack = await emit<{ view: HostView }>(host.socket, 'room:resume', {
      code: game.code,
      token: game.hostToken,
    });
    if (!hostBack.ok) throw new Error(hostBack.error.code);
    expect(hostBack.data.view.players.map((p) => p.connected)).toEqual([false, false]);

    const ada2 = await connectClient(ctx.server.url, clients);
    const adaBack = await emit<{ view: PlayerView }>(ada2.socket, 'room:resume', {
      code: game.code,
      token: ada!.token,
    });
    if (!adaBack.ok) throw new Error(adaBack.error.code);
    const question = adaBack.data.view.question!;
    const answered = await emit(ada2.socket, 'answer:submit', {
      questionId: question.id,
      choiceIds: [question.choices[0]!.id],
    });
    expect(answered.ok).toBe(true);
    await settle(game.code);
    const hostView = host.views.at(-1) as HostView;
    expect(hostView.players.map((p) => [p.nickname, p.connected])).toEqual([
      ['Ada', true],
      ['Bob', false],
    ]);
    // Bob gets the reload grace like anyone whose socket dropped, then the question stops waiting.
    expect(hostView.phase).toBe('question');
    clock.advance(PRESENCE_GRACE_MS);
    await settle(game.code);
    expect(host.views.at(-1)?.phase).toBe('reveal');
    expect(question.timeLimitMs).toBeGreaterThan(PRESENCE_GRACE_MS);
  });
});
