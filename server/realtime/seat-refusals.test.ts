/**
 * One answer per situation, whatever the event: after the podium every action answers `game/ended`,
 * and a kicked seat's sockets get `player/kicked` (not `room/not-joined`) for everything they send.
 */
import { describe, expect, it } from 'vitest';
import type { ClientEventName } from '../protocol/events.js';
import type { PlayerView, QuestionView } from '../protocol/views.js';
import { codeOf, emit, openGame, useSocketServer, type Client } from './test-sockets.js';

const { ctx, clients, settle } = useSocketServer('seats');

type Sent = [ClientEventName, unknown];

/** Every event a seat sends, with a payload that passes validation. */
function seatEvents(playerId: string, question: QuestionView): { host: Sent[]; player: Sent[] } {
  const p = { playerId, questionId: question.id, choiceId: question.choices[0]!.id };
  const host: Sent[] = [
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
  const player: Sent[] = [
    ['answer:submit', { questionId: p.questionId, choiceIds: [p.choiceId] }],
    ['answer:submit', { questionId: 'no-such-question', choiceIds: [p.choiceId] }],
    ['team:choose', { teamId: 'team-1' }],
    ['team:choose', { teamId: null }],
    ['puzzle:command', { line: 'kubectl get pods' }],
    ['puzzle:hint', {}],
  ];
  return { host, player };
}

/** Sends each event in turn and expects `code` from every one (a failure names the events). */
async function expectEach(socket: Client, events: Sent[], code: string): Promise<void> {
  const answers: [Sent, string | undefined][] = [];
  for (const sent of events) answers.push([sent, codeOf(await emit(socket, sent[0], sent[1]))]);
  expect(answers).toEqual(events.map((sent) => [sent, code]));
}

/** A game with these players, its first question open. */
async function started(nicknames: string[]) {
  const game = await openGame(ctx.server.url, clients, nicknames);
  expect((await emit(game.host.socket, 'game:start', {})).ok).toBe(true);
  await settle(game.code);
  return { game, question: (game.players[0]!.views.at(-1) as PlayerView).question! };
}

describe('refusals by seat', () => {
  it('answers game/ended to every action after the podium; a seat may still resume', async () => {
    const { game, question } = await started(['Ada', 'Bob']);
    const [ada, bob] = game.players;
    expect((await emit(game.host.socket, 'game:end', {})).ok).toBe(true);

    const events = seatEvents(bob!.playerId, question);
    await expectEach(game.host.socket, events.host, 'game/ended');
    await expectEach(ada!.socket, events.player, 'game/ended');
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
    const { game, question } = await started(['Ada', 'Eve']);
    const [ada, eve] = game.players;
    expect((await emit(game.host.socket, 'player:kick', { playerId: eve!.playerId })).ok).toBe(true);
    await settle(game.code);
    expect(eve!.kicked).toHaveLength(1);

    const events = seatEvents(ada!.playerId, question);
    await expectEach(eve!.socket, [...events.player, ...events.host], 'player/kicked');
    const again = await emit(eve!.socket, 'room:resume', { code: game.code, token: eve!.token });
    expect(codeOf(again)).toBe('player/kicked');
    // Nothing the kicked socket sent changed the game.
    expect((await ctx.server.manager.get(game.code))?.state.phase).toBe('question');
  });
});
