/**
 * Whatever a client sends, the server answers or ignores it by one rule (socket-server.ts's handler
 * wrapper, docs/protocol.md "Client → server events"): an ack alone, extra arguments, a non-function
 * ack, no ack, `null` for a payload-less event, and a message over the 64 KiB limit.
 */
import { describe, expect, it } from 'vitest';
import { clientEvents, MAX_MESSAGE_BYTES, type ClientEventName } from '../protocol/events.js';
import { codeOf, connectClient, emit, emitArgs, openGame, sendRaw, useSocketServer } from './test-sockets.js';

const { clock, ctx, clients } = useSocketServer('args');

const EVENTS = Object.keys(clientEvents) as ClientEventName[];
/** The events whose payload is `{}`: the only ones a missing payload is accepted for. */
const PAYLOADLESS = ['game:start', 'game:next', 'game:skip', 'game:pause', 'game:resume', 'game:end'];
// `undefined` travels as null (JSON), so it is refused too: a client sends `{}` or no payload at all.
const NOT_OBJECTS = [null, undefined, 'x', 42, true, [], [{}]];
/** Each socket may send 30 events at once, then 10 a second: refill before a long loop. */
const refill = (ms = 3000) => clock.advance(ms);
const phaseOf = async (code: string) => (await ctx.server.manager.get(code))?.state.phase;

describe('event arguments', () => {
  it('answers every event sent with an ack alone; only payload-less events take no payload', async () => {
    const { socket } = await connectClient(ctx.server.url, clients);
    for (const event of EVENTS) {
      const answer = await emitArgs(socket, event, []);
      const payloadless = [...PAYLOADLESS, 'puzzle:hint'].includes(event);
      // Unseated: a payload-less event passes validation and needs a seat next.
      expect([event, codeOf(answer)]).toEqual([
        event,
        payloadless ? 'room/not-joined' : 'validation/invalid-payload',
      ]);
    }
  });

  it('answers extra arguments with validation/invalid-payload and survives a non-function ack', async () => {
    const { socket } = await connectClient(ctx.server.url, clients);
    for (const event of EVENTS) {
      refill();
      expect([event, codeOf(await emitArgs(socket, event, [{}, 'extra']))]).toEqual([
        event,
        'validation/invalid-payload',
      ]);
      expect(codeOf(await emitArgs(socket, event, [{}, { a: 1 }, 42]))).toBe('validation/invalid-payload');
      // No function last: nothing to answer, nothing run, nothing thrown.
      sendRaw(socket, event, {}, 'not a function');
      sendRaw(socket, event, 'not a function', {});
      sendRaw(socket, event);
    }
    refill();
    expect(socket.connected).toBe(true);
    expect(codeOf(await emit(socket, 'answer:submit', { questionId: 'q', choiceIds: ['a'] }))).toBe(
      'room/not-joined',
    );
  });

  it('ignores an event sent without an ack: not run, not answered', async () => {
    const game = await openGame(ctx.server.url, clients, ['Ada']);
    sendRaw(game.host.socket, 'game:start', {});
    sendRaw(game.host.socket, 'game:start');
    await new Promise((r) => setTimeout(r, 50));
    await (await ctx.server.manager.get(game.code))?.idle();
    expect(await phaseOf(game.code)).toBe('lobby');
    expect(codeOf(await emit(game.host.socket, 'game:start', {}))).toBeUndefined();
    expect(await phaseOf(game.code)).toBe('question');
  });

  it('refuses null and other non-objects on the payload-less events; a missing payload is {}', async () => {
    const game = await openGame(ctx.server.url, clients, ['Ada']);
    const [ada] = game.players;
    const refusedEverywhere = async () => {
      for (const [socket, event] of [
        ...PAYLOADLESS.map((e) => [game.host.socket, e] as const),
        [ada!.socket, 'puzzle:hint'] as const,
      ]) {
        refill(1000); // 10 more messages; seven refills stay well inside the question's 20 s

        for (const bad of NOT_OBJECTS) {
          const answer = await emitArgs(socket, event, [bad]);
          expect([event, bad, codeOf(answer)]).toEqual([event, bad, 'validation/invalid-payload']);
        }
      }
    };
    await refusedEverywhere();
    expect(await phaseOf(game.code)).toBe('lobby');

    refill();
    const started = await emitArgs(game.host.socket, 'game:start', []);
    expect(started).toEqual({ ok: true, data: { phase: 'question' } });
    await refusedEverywhere();
    expect(await phaseOf(game.code)).toBe('question');

    refill();
    expect(await emitArgs(game.host.socket, 'game:skip', [])).toEqual({
      ok: true,
      data: { phase: 'reveal' },
    });
    expect(await emitArgs(game.host.socket, 'game:end', [])).toEqual({ ok: true, data: { phase: 'podium' } });
  });

  it(`closes the connection on a message over ${MAX_MESSAGE_BYTES / 1024} KiB and keeps serving`, async () => {
    const { socket } = await connectClient(ctx.server.url, clients);
    const file = 'x'.repeat(40 * 1024);
    const fits = await emit(socket, 'puzzle:command', {
      line: 'kubectl apply -f a.yaml',
      files: { 'a.yaml': file },
    });
    expect(codeOf(fits)).toBe('room/not-joined');

    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    // Two files the schema would accept, but together over the message limit: never reaches a handler.
    const tooBig = emitArgs(
      socket,
      'puzzle:command',
      [{ line: 'kubectl apply -f a.yaml', files: { 'a.yaml': file, 'b.yaml': file } }],
      2000,
    );
    // Whichever comes first: the connection closing (the limit holds) or an answer (it does not).
    expect(await Promise.race([closed, tooBig])).toMatch(/^transport (close|error)$/);

    const other = await connectClient(ctx.server.url, clients);
    expect(codeOf(await emit(other.socket, 'game:start', {}))).toBe('room/not-joined');
  });
});
