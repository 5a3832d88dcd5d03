/**
 * Practice must not be an answer key for live games. Practice shows the correct choice ids after each
 * answer (by design), so one anonymous run of the main set learns `correctChoiceIds` for every question.
 * A bot then joins a classroom game of the same set and replays that knowledge the way a script would:
 * it finds the question by its id and submits the learned choice ids. A classroom game has its own
 * choice ids, so every replayed answer must be refused (`game/invalid-choice`) and score nothing.
 *
 * The limit, stated honestly (docs/protocol.md, "Choice ids"): choices are shown as text, so a bot that
 * learned the correct *texts* and matches them can still answer; no id scheme stops that. This guards
 * against id replay only.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../http/test-server.js';
import type { PracticeRunView, StartPracticeResponse } from '../protocol/practice.js';
import type { Result } from '../protocol/result.js';
import type { GameView, PlayerView } from '../protocol/views.js';
import { ManualClock } from '../common/clock.js';
import { connectClient, createGame, emit, type Client } from './test-sockets.js';

const SET = 'services-stable-networking';
const clock = new ManualClock();
const ctx = useTestServer(clock, 'replay', { BROADCAST_INTERVAL_MS: '0' });
const clients: Client[] = [];

afterAll(() => {
  for (const c of clients) c.disconnect();
});

async function post<T>(route: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`${ctx.server.url}${route}`, {
    method: 'POST',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as Result<T>;
  if (!json.ok) throw new Error(`POST ${route}: ${json.error.code} ${json.error.message}`);
  return json.data;
}

/** One anonymous practice run, answering anything: question id → the correct choice ids it revealed. */
async function learnAnswerKey(): Promise<Map<string, string[]>> {
  const started = await post<StartPracticeResponse>('/api/practice/runs', { setId: SET, nickname: 'bot' });
  const token = started.token!;
  let run: PracticeRunView = started.run;
  const key = new Map<string, string[]>();
  while (run.phase !== 'finished') {
    if (run.phase === 'feedback') run = await post(`/api/practice/runs/${run.runId}/next`, undefined, token);
    const q = run.question!;
    clock.advance(1000); // stays inside the per-token answer rate limit
    run = await post(
      `/api/practice/runs/${run.runId}/answers`,
      { questionId: q.id, choiceIds: key.get(q.id) ?? [q.choices[0]!.id] },
      token,
    );
    key.set(run.feedback!.questionId, run.feedback!.correctChoiceIds);
  }
  return key;
}

const until = async (what: string, ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
};

describe('practice answers replayed in a classroom game', () => {
  it('are refused: the game has its own choice ids', async () => {
    const key = await learnAnswerKey();
    const questionCount = ctx.server.catalog.get(SET)!.questions.length;
    expect(key.size).toBe(questionCount); // the bot learned the whole set

    const game = await createGame(ctx.server.url, SET);
    const host = await connectClient(ctx.server.url, clients);
    expect((await emit(host.socket, 'room:resume', { code: game.code, token: game.hostToken })).ok).toBe(
      true,
    );
    const bot = await connectClient(ctx.server.url, clients);
    expect((await emit(bot.socket, 'room:join', { code: game.code, nickname: 'bot' })).ok).toBe(true);
    const last = () => bot.views.at(-1) as PlayerView | undefined;
    const at = (phase: GameView['phase'], index: number) => () =>
      last()?.phase === phase && last()?.questionIndex === index;

    expect((await emit(host.socket, 'game:start')).ok).toBe(true);
    const refusals: string[] = [];
    let replayedRight = 0;
    for (let i = 0; i < questionCount; i++) {
      await until(`question ${i}`, at('question', i));
      const q = last()!.question!;
      clock.advance(1000);
      const replay = await emit(bot.socket, 'answer:submit', {
        questionId: q.id,
        choiceIds: key.get(q.id),
      });
      if (replay.ok) {
        await until(`reveal ${i}`, at('reveal', i));
        if (last()!.reveal!.you.correct) replayedRight++;
      } else {
        refusals.push(replay.error.code);
        // Refused: the bot falls back to a guess, which is what chance scores.
        const guess = await emit(bot.socket, 'answer:submit', {
          questionId: q.id,
          choiceIds: [q.choices[0]!.id],
        });
        expect(guess.ok).toBe(true);
        await until(`reveal ${i}`, at('reveal', i));
      }
      expect((await emit(host.socket, 'game:next')).ok).toBe(true);
      expect((await emit(host.socket, 'game:next')).ok).toBe(true);
    }
    await until('the podium', () => last()?.phase === 'podium');

    expect(replayedRight).toBe(0);
    expect(refusals).toEqual(Array.from({ length: questionCount }, () => 'game/invalid-choice'));
  });
});
