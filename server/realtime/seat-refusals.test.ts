/**
 * One answer per situation, whatever the event: after the podium every action answers `game/ended`,
 * and a kicked seat's sockets get `player/kicked` (not `room/not-joined`) for everything they send.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../http/test-server.js';
import type { ClientEventName } from '../protocol/events.js';
import type { PlayerView } from '../protocol/views.js';
import { ManualClock } from '../common/clock.js';
import { codeOf, emit, openGame, type Client } from './test-sockets.js';

const clock = new ManualClock();
const ctx = useTestServer(clock, 'seats', { BROADCAST_INTERVAL_MS: '0', ENABLE_TEST_SETS: '1' });
const clients: Client[] = [];

afterAll(() => {
  for (const c of clients) c.disconnect();
});

const settle = async (code: string) => {
  await (await ctx.server.manager.get(code))?.idle();
  await new Promise((r) => setTimeout(r, 20));
};

/** Every event a seat sends, with a payload that passes validation. */
function seatEvents(p: { playerId: string; questionId: string; choiceId: string }) {
  const host: [ClientEventName, unknown][] = [
    ['game:start', {}],
    ['game:next', {}],
    ['game:skip', {}],
    ['game:pause', {}],
    ['game:resume', {}],
    ['game:end', {}],
    ['player:kick', { playerId: p.playerId }],
    ['team:set', { playerId: p.playerId, teamId: 'team-1' }],
    ['team:auto', { size: 2 }],
    ['puzzle:watch', { teamId: 'team-1' }],
    ['puzzle:watch', { teamId: null }],
  ];
  const player: [ClientEventName, unknown][] = [
    ['answer:submit', { questionId: p.questionId, choiceIds: [p.choiceId] }],
    ['answer:submit', { questionId: 'no-such-question', choiceIds: [p.choiceId] }],
    ['team:choose', { teamId: 'team-1' }],
    ['team:choose', { teamId: null }],
    ['puzzle:command', { line: 'kubectl get pods' }],
    ['puzzle:hint', {}],
  ];
  return { host, player };
}

describe('refusals by seat', () => {
  it('answers game/ended to every action after the podium; a seat may still resume', async () => {
    const game = await openGame(ctx.server.url, clients, ['Ada', 'Bob']);
    const [ada, bob] = game.players;
    expect((await emit(game.host.socket, 'game:start', {})).ok).toBe(true);
    await settle(game.code);
    const question = (ada!.views.at(-1) as PlayerView).question!;
    expect((await emit(game.host.socket, 'game:end', {})).ok).toBe(true);

    const events = seatEvents({
      playerId: bob!.playerId,
      questionId: question.id,
      choiceId: question.choices[0]!.id,
    });
    for (const [event, payload] of events.host) {
      expect([event, payload, codeOf(await emit(game.host.socket, event, payload))]).toEqual([
        event,
        payload,
        'game/ended',
      ]);
    }
    for (const [event, payload] of events.player) {
      expect([event, payload, codeOf(await emit(ada!.socket, event, payload))]).toEqual([
        event,
        payload,
        'game/ended',
      ]);
    }
    const late = await emit(bob!.socket, 'room:join', { code: game.code, nickname: 'Late' });
    expect(codeOf(late)).toBe('game/ended');
    // The podium stays reachable: a reload shows the results.
    const back = await emit<{ view: PlayerView }>(bob!.socket, 'room:resume', {
      code: game.code,
      token: bob!.token,
    });
    expect(back.ok && back.data.view.phase).toBe('podium');
  });

  it("answers player/kicked to every event of a kicked seat's sockets", async () => {
    const game = await openGame(ctx.server.url, clients, ['Ada', 'Eve']);
    const [ada, eve] = game.players;
    expect((await emit(game.host.socket, 'game:start', {})).ok).toBe(true);
    await settle(game.code);
    const question = (eve!.views.at(-1) as PlayerView).question!;
    expect((await emit(game.host.socket, 'player:kick', { playerId: eve!.playerId })).ok).toBe(true);
    await settle(game.code);
    expect(eve!.kicked).toHaveLength(1);

    const events = seatEvents({
      playerId: ada!.playerId,
      questionId: question.id,
      choiceId: question.choices[0]!.id,
    });
    for (const [event, payload] of [...events.player, ...events.host]) {
      expect([event, payload, codeOf(await emit(eve!.socket, event, payload))]).toEqual([
        event,
        payload,
        'player/kicked',
      ]);
    }
    const again = await emit(eve!.socket, 'room:resume', { code: game.code, token: eve!.token });
    expect(codeOf(again)).toBe('player/kicked');
    // Nothing the kicked socket sent changed the game.
    expect((await ctx.server.manager.get(game.code))?.state.phase).toBe('question');
  });
});
