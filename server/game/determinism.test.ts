/** Same seed → same game; replaying the actions → the same state; the state survives JSON. */
import { describe, expect, it } from 'vitest';
import { scenarioSetSchema } from '../content/schema.js';
import { dispatch } from './reducer.js';
import { nextRandom, randomCursor, seedState, shuffle } from '../common/rng.js';
import type { GameAction, GameState } from './state.js';
import { HOST, T0, fixtureInput, newGame, player } from './test-helpers.js';

/** A set with many 4-choice questions, so shuffles differ between seeds with near certainty. */
const bigSet = scenarioSetSchema.parse({
  ...fixtureInput,
  questions: Array.from({ length: 12 }, (_, i) => ({ ...fixtureInput.questions[0]!, id: `q-${i}` })),
});

const choiceOrder = (s: GameState) => s.questions.map((q) => q.choices.map((c) => c.id).join(','));

/** A whole game's worth of actions; player ids are read from the state as they appear. */
function script(): ((s: GameState) => GameAction)[] {
  const pid = (s: GameState, i: number) => s.players[i]!.id;
  const open = (s: GameState) => s.round!.questionId;
  const first = (s: GameState) => [s.questions[s.questionIndex]!.choices[0]!.id];
  return [
    () => ({ type: 'join', nickname: 'ana', seatKey: 'ka', now: T0 + 1 }),
    () => ({ type: 'join', nickname: 'ben', seatKey: 'kb', now: T0 + 2 }),
    () => ({ type: 'join', nickname: 'cy', seatKey: 'kc', now: T0 + 3 }),
    () => ({ type: 'start', viewer: HOST, now: T0 + 10 }),
    (s) => ({
      type: 'answer',
      viewer: player(pid(s, 0)),
      questionId: open(s),
      choiceIds: first(s),
      now: T0 + 900,
    }),
    (s) => ({ type: 'disconnect', viewer: player(pid(s, 2)), now: T0 + 1000 }),
    () => ({ type: 'pause', viewer: HOST, now: T0 + 2000 }),
    () => ({ type: 'resume', viewer: HOST, now: T0 + 5000 }),
    (s) => ({
      type: 'answer',
      viewer: player(pid(s, 1)),
      questionId: open(s),
      choiceIds: first(s),
      now: T0 + 6000,
    }),
    () => ({ type: 'tick', now: T0 + 9000 }),
    () => ({ type: 'next', viewer: HOST, now: T0 + 10_000 }),
    () => ({ type: 'next', viewer: HOST, now: T0 + 11_000 }),
    (s) => ({ type: 'kick', viewer: HOST, playerId: pid(s, 1), now: T0 + 12_000 }),
    (s) => ({
      type: 'answer',
      viewer: player(pid(s, 0)),
      questionId: open(s),
      choiceIds: first(s),
      now: T0 + 13_000,
    }),
    () => ({ type: 'tick', now: T0 + 60_000 }),
    () => ({ type: 'end', viewer: HOST, now: T0 + 61_000 }),
  ];
}

/** Plays the script; returns every intermediate state and effect list as JSON, and the final state. */
function play(seed: number, roundTrip = false): { trail: string[]; final: GameState } {
  let state = newGame({ seed });
  const trail = [JSON.stringify(state)];
  for (const step of script()) {
    const result = dispatch(state, step(state));
    if (!result.ok) throw new Error(result.error.message);
    // Optionally move the game "to another node" between every action.
    state = roundTrip ? (JSON.parse(JSON.stringify(result.data.state)) as GameState) : result.data.state;
    trail.push(JSON.stringify(state), JSON.stringify(result.data.effects));
  }
  return { trail, final: state };
}

describe('determinism', () => {
  it('same seed → same choice order and player ids', () => {
    const a = newGame({ seed: 123, set: bigSet });
    const b = newGame({ seed: 123, set: bigSet });
    expect(choiceOrder(a)).toEqual(choiceOrder(b));
    const c = newGame({ seed: 124, set: bigSet });
    expect(choiceOrder(a)).not.toEqual(choiceOrder(c));
    const idOf = (s: GameState) => {
      const r = dispatch(s, { type: 'join', nickname: 'x', seatKey: 'k', now: T0 });
      return r.ok ? r.data.state.players[0]!.id : '';
    };
    expect(idOf(a)).toMatch(/^p_/);
    expect(idOf(a)).toBe(idOf(b));
    expect(idOf(a)).not.toBe(idOf(c));
  });

  it('replaying the same actions gives byte-identical states and effects', () => {
    const first = play(99);
    expect(first.final.phase).toBe('podium');
    expect(play(99).trail).toEqual(first.trail);
    expect(play(100).trail).not.toEqual(first.trail); // the seed does matter (ids, shuffles)
  });

  it('a JSON round-trip between every action changes nothing', () => {
    expect(play(5, true).trail).toEqual(play(5).trail);
  });

  it('the state is plain JSON (no Map, Set, class or undefined)', () => {
    const { final } = play(11);
    expect(JSON.parse(JSON.stringify(final))).toStrictEqual(final);
    expect(JSON.parse(JSON.stringify(newGame()))).toStrictEqual(newGame());
  });
});

describe('rng', () => {
  it('is a pure function of its state', () => {
    expect(nextRandom(1)).toEqual(nextRandom(1));
    const r = randomCursor(seedState(42));
    const values = Array.from({ length: 1000 }, () => r.next());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });

  it('normalises any seed to a uint32', () => {
    expect(seedState(-1)).toBe(4294967295);
    expect(seedState(2 ** 32 + 5)).toBe(5);
    expect(seedState(Number.NaN)).toBe(0);
    expect(seedState(3.9)).toBe(3);
  });

  it('shuffle is a permutation and leaves its input alone', () => {
    const input = Object.freeze([1, 2, 3, 4, 5, 6]);
    const out = shuffle(input, randomCursor(9));
    expect([...out].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('shuffles each of 4 positions roughly uniformly', () => {
    const r = randomCursor(2024);
    const firsts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) firsts[shuffle([0, 1, 2, 3], r)[0]!]!++;
    for (const n of firsts) expect(n).toBeGreaterThan(850);
  });
});
