/** Shared fixtures for the game tests (not shipped code paths). */
import { expect } from 'vitest';
import { scenarioSetSchema, type ScenarioSet } from '../content/schema.js';
import { fixtureInput } from '../content/test-sets.js';
import type { GameFailure } from './errors.js';
import type { ScoringMode } from '../protocol/views.js';
import { dispatch } from './reducer.js';
import { createGame, type Effect, type GameAction, type GameState, type Viewer } from './state.js';

export const T0 = 1_700_000_000_000;
export const HOST = { role: 'host' } as const satisfies Viewer;
export const HOST_KEY = 'h'.repeat(64);
export const player = (playerId: string) => ({ role: 'player', playerId }) as const satisfies Viewer;

export { fixtureInput };
export const fixtureSet: ScenarioSet = scenarioSetSchema.parse(fixtureInput);

export function newGame(opts: { seed?: number; scoring?: ScoringMode; set?: ScenarioSet } = {}): GameState {
  return createGame({
    code: 'ABC123',
    set: opts.set ?? fixtureSet,
    scoring: opts.scoring ?? 'classic',
    seed: opts.seed ?? 42,
    hostKey: HOST_KEY,
    now: T0,
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Dispatches and expects success. The input state is deep-frozen first, so any mutation by the reducer
 * throws (strict mode) instead of passing silently.
 */
export function run(state: GameState, action: GameAction): { state: GameState; effects: Effect[] } {
  const result = dispatch(deepFreeze(state), action);
  if (!result.ok) throw new Error(`${action.type} failed: ${result.error.code} ${result.error.message}`);
  return result.data;
}

/** Dispatches, expects the named error, and checks that nothing changed. */
export function expectFail(state: GameState, action: GameAction, code: GameFailure['code']): string {
  const before = JSON.stringify(state);
  const result = dispatch(deepFreeze(state), action);
  expect(result.ok ? 'ok' : result.error.code).toBe(code);
  expect(JSON.stringify(state)).toBe(before);
  return result.ok ? '' : result.error.message;
}

export function joinAll(
  state: GameState,
  nicknames: string[],
  now = T0,
): { state: GameState; ids: string[] } {
  const ids: string[] = [];
  for (const [i, nickname] of nicknames.entries()) {
    const { state: next, effects } = run(state, {
      type: 'join',
      nickname,
      seatKey: `seat-${nickname}-${i}`,
      now,
    });
    const joined = effects.find((e) => e.type === 'player-joined');
    if (!joined) throw new Error('no player-joined effect');
    ids.push(joined.playerId);
    state = next;
  }
  return { state, ids };
}

/** A game with players joined and the first question open at T0 + 1000. */
export function started(nicknames = ['ana', 'ben', 'cy'], opts: Parameters<typeof newGame>[0] = {}) {
  const joined = joinAll(newGame(opts), nicknames);
  const { state } = run(joined.state, { type: 'start', viewer: HOST, now: T0 + 1000 });
  return { state, ids: joined.ids, openedAt: T0 + 1000 };
}

export function correctIds(state: GameState): string[] {
  const q = state.questions[state.questionIndex];
  if (!q) throw new Error('no current question');
  return q.choices.filter((c) => c.correct).map((c) => c.id);
}

export function wrongId(state: GameState): string {
  const q = state.questions[state.questionIndex];
  const wrong = q?.choices.find((c) => !c.correct);
  if (!wrong) throw new Error('no wrong choice');
  return wrong.id;
}

/**
 * This game's id of the choice the scenario calls `contentId` (tests write the scenario's ids; the game
 * has its own), in the current question or the one named.
 */
export function gameId(state: GameState, contentId: string, questionId?: string): string {
  const q = questionId
    ? state.questions.find((x) => x.id === questionId)
    : state.questions[state.questionIndex];
  const choice = q?.choices.find((c) => c.contentId === contentId);
  if (!q || !choice) throw new Error(`no choice "${contentId}" in question ${q?.id ?? 'none'}`);
  return choice.id;
}

/** `gameId` of each, in the current question. */
export const gameIds = (state: GameState, contentIds: readonly string[]): string[] =>
  contentIds.map((id) => gameId(state, id));

export function answerAction(
  state: GameState,
  playerId: string,
  choiceIds: string[],
  now: number,
): GameAction {
  const questionId = state.round?.questionId ?? 'none';
  return { type: 'answer', viewer: player(playerId), questionId, choiceIds, now };
}

export function effectTypes(effects: Effect[]): string[] {
  return effects.map((e) => e.type);
}
