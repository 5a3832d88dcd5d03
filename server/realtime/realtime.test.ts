/**
 * The whole server over real sockets and a real SQLite file: the socket layer, rooms, the game core and
 * the repository together. Time is a ManualClock, so deadlines are exact and the suite is fast.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../http/test-server.js';
import type { GameView, HostView, PlayerView } from '../protocol/views.js';
import { ManualClock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { connectClient, createGame as createGameAt, emit, type Client } from './test-sockets.js';

const clock = new ManualClock();
// Every change is sent at once, so each step can assert the views it caused (coalescing: broadcast.test.ts).
const ctx = useTestServer(clock, 'rt', { BROADCAST_INTERVAL_MS: '0', ENABLE_TEST_SETS: '1' });
const clients: Client[] = [];

afterAll(() => {
  for (const c of clients) c.disconnect();
});

/** A socket that records every view it receives, and every kick. */
async function client(): Promise<{ socket: Client; views: GameView[]; kicked: string[] }> {
  const { socket, views } = await connectClient(ctx.server.url, clients);
  const kicked: string[] = [];
  socket.on('room:kicked', (k) => kicked.push(k.reason));
  return { socket, views, kicked };
}

const createGame = (setId?: string) => createGameAt(ctx.server.url, setId);

/** Waits until the server has processed everything queued for the room (acks already imply that). */
const settle = async (code: string) => {
  await (await ctx.server.manager.get(code))?.idle();
  await new Promise((r) => setTimeout(r, 20));
};

describe('a classroom game over sockets', () => {
  it('plays a game end to end with refusals, reconnect, kick and stored results', async () => {
    const game = await createGame();
    expect(game.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(game.joinUrl).toBe(`${ctx.server.url}/join/${game.code}`);

    const host = await client();
    const resumed = await emit<{ role: string; view: HostView }>(host.socket, 'room:resume', {
      code: game.code.toLowerCase(),
      token: game.hostToken,
    });
    expect(resumed.ok && resumed.data.role).toBe('host');

    const ada = await client();
    const bob = await client();
    const eve = await client();
    const joinA = await emit<{ token: string; playerId: string }>(ada.socket, 'room:join', {
      code: game.code,
      nickname: '  Ada ',
    });
    const joinB = await emit<{ token: string; playerId: string }>(bob.socket, 'room:join', {
      code: game.code,
      nickname: '<svg onload=alert()>',
    });
    const joinE = await emit<{ token: string; playerId: string }>(eve.socket, 'room:join', {
      code: game.code,
      nickname: 'Eve',
    });
    if (!joinA.ok || !joinB.ok || !joinE.ok) throw new Error(JSON.stringify([joinA, joinB, joinE]));

    // Rejections with named errors.
    const taken = await emit(bob.socket, 'room:join', { code: game.code, nickname: 'ADA' });
    expect(!taken.ok && taken.error.code).toBe('player/nickname-taken');
    const tooLong = await emit(bob.socket, 'room:join', { code: game.code, nickname: 'x'.repeat(21) });
    expect(!tooLong.ok && tooLong.error.code).toBe('player/nickname-invalid');
    const blank = await emit(bob.socket, 'room:join', { code: game.code, nickname: '   ' });
    expect(!blank.ok && blank.error.message).toMatch(/at least 1/);
    const noRoom = await emit(bob.socket, 'room:join', { code: 'ZZZZZZ', nickname: 'Zed' });
    expect(!noRoom.ok && noRoom.error.code).toBe('room/not-found');
    const hostByPlayer = await emit(ada.socket, 'game:start', {});
    expect(!hostByPlayer.ok && hostByPlayer.error.code).toBe('auth/not-host');

    // Kick Eve; her token is refused afterwards.
    const kick = await emit(host.socket, 'player:kick', { playerId: joinE.data.playerId });
    expect(kick.ok).toBe(true);
    await settle(game.code);
    expect(eve.kicked).toHaveLength(1);
    const eveAgain = await emit(eve.socket, 'room:resume', { code: game.code, token: joinE.data.token });
    expect(!eveAgain.ok && eveAgain.error.code).toBe('player/kicked');

    const started = await emit<{ phase: string }>(host.socket, 'game:start', {});
    expect(started.ok && started.data.phase).toBe('question');
    await settle(game.code);
    const q1 = ada.views.at(-1) as PlayerView;
    expect(q1.phase).toBe('question');
    // The open question never carries its answer.
    expect(JSON.stringify(q1)).not.toMatch(/correct/i);
    expect(JSON.stringify(host.views.at(-1))).not.toMatch(/"correct/i);
    const choiceId = (text: string) => q1.question!.choices.find((c) => c.text === text)!.id;

    clock.advance(2000);
    const a1 = await emit<{ responseMs: number }>(ada.socket, 'answer:submit', {
      questionId: q1.question!.id,
      choiceIds: [choiceId('ClusterIP')],
    });
    expect(a1.ok && a1.data.responseMs).toBe(2000);
    const twice = await emit(ada.socket, 'answer:submit', {
      questionId: q1.question!.id,
      choiceIds: [choiceId('NodePort')],
    });
    expect(!twice.ok && twice.error.code).toBe('game/already-answered');

    // Bob reloads: a new socket resumes the same seat with the same state.
    bob.socket.disconnect();
    const bob2 = await client();
    const back = await emit<{ role: string; playerId: string; view: PlayerView }>(
      bob2.socket,
      'room:resume',
      {
        code: game.code,
        token: joinB.data.token,
      },
    );
    if (!back.ok) throw new Error(back.error.message);
    expect(back.data.playerId).toBe(joinB.data.playerId);
    expect(back.data.view.phase).toBe('question');
    expect(back.data.view.me.nickname).toBe('<svg onload=alert()>');

    // Bob does not answer: the deadline (20 s) closes the question; a late answer is refused.
    clock.advance(18_000);
    await settle(game.code);
    const late = await emit(bob2.socket, 'answer:submit', {
      questionId: q1.question!.id,
      choiceIds: [choiceId('NodePort')],
    });
    expect(!late.ok && late.error.code).toBe('game/not-accepting-answers');
    const reveal = ada.views.at(-1) as PlayerView;
    expect(reveal.phase).toBe('reveal');
    expect(reveal.reveal?.you).toMatchObject({ correct: true, points: 950 });

    // Skip through the rest and end early: results are stored before the podium is shown.
    let podiumSeenWithStoredRanks: boolean | null = null;
    ada.socket.on('state:update', (v) => {
      if (v.phase !== 'podium' || podiumSeenWithStoredRanks !== null) return;
      podiumSeenWithStoredRanks = false;
      void ctx.server.repo.getResults(game.code).then((r) => {
        podiumSeenWithStoredRanks = !!r && r.game.endedAt !== null && r.players.some((p) => p.rank === 1);
      });
    });
    expect((await emit(host.socket, 'game:end', {})).ok).toBe(true);
    await settle(game.code);
    await new Promise((r) => setTimeout(r, 50));
    expect(podiumSeenWithStoredRanks).toBe(true);

    const results = await ctx.server.repo.getResults(game.code);
    expect(results?.answers).toEqual([
      expect.objectContaining({
        playerId: joinA.data.playerId,
        correct: true,
        responseMs: 2000,
        points: 950,
      }),
    ]);
    const ranking = (host.views.at(-1) as HostView).ranking!;
    expect(ranking.map((r) => [r.nickname, r.rank, r.score])).toEqual([
      ['Ada', 1, 950],
      ['<svg onload=alert()>', 2, 0],
    ]);

    // CSV: only for the host.
    const denied = await fetch(`${ctx.server.url}/api/games/${game.code}/results.csv`);
    expect(denied.status).toBe(404);
    const csv = await fetch(`${ctx.server.url}/api/games/${game.code}/results.csv`, {
      headers: { authorization: `Bearer ${game.hostToken}` },
    });
    expect(csv.status).toBe(200);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.split('\r\n')[0]).toBe(
      // The byte order mark first, so spreadsheets read UTF-8.
      '\uFEFF' + 'rank,nickname,question_number,question_id,question,answer,correct,response_ms,points',
    );
    expect(text).toContain('1,Ada,1,default-type,');
  });

  it('answers bad payloads and unseated sockets with named errors', async () => {
    const c = await client();
    const bad = await emit(c.socket, 'answer:submit', { questionId: 7 });
    expect(!bad.ok && bad.error.code).toBe('validation/invalid-payload');
    const unseated = await emit(c.socket, 'answer:submit', { questionId: 'q', choiceIds: ['a'] });
    expect(!unseated.ok && unseated.error.code).toBe('room/not-joined');
    const res = await fetch(`${ctx.server.url}/api/games`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"setId":',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'validation/invalid-payload' } });
    const unknown = await fetch(`${ctx.server.url}/api/games`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"setId":"nope"}',
    });
    expect(unknown.status).toBe(404);
  });

  it('restores a room from its snapshot when this node does not hold it', async () => {
    const game = await createGame();
    const p = await client();
    const joined = await emit<{ token: string; playerId: string }>(p.socket, 'room:join', {
      code: game.code,
      nickname: 'Kim',
    });
    if (!joined.ok) throw new Error(joined.error.message);
    // Simulate another node: a fresh manager over the same database.
    const { RoomManager } = await import('../rooms/room-manager.js');
    const other = new RoomManager({
      repo: ctx.server.repo,
      catalog: ctx.server.catalog,
      clock,
      hooks: { broadcast: () => {}, kicked: () => {} },
      log: silentLogger,
    });
    const room = await other.get(game.code);
    expect(room?.state.players.map((pl) => pl.nickname)).toEqual(['Kim']);
    await other.shutdown();
  });
});
