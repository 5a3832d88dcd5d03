/** The game's own choice ids: opaque, per game, deterministic for its seed, mapped back for storage. */
import { describe, expect, it } from 'vitest';
import { choicesOf } from '../content/question-rules.js';
import { contentIdsOf, prepareQuestions, type GameQuestion } from './questions.js';
import { randomCursor, seedState } from '../common/rng.js';
import { fixtureSet } from './test-helpers.js';

const prepare = (seed: number) => prepareQuestions(fixtureSet, randomCursor(seedState(seed)));
const idsOf = (qs: GameQuestion[]) => qs.flatMap((q) => q.choices.map((c) => c.id));

describe('prepareQuestions: choice ids', () => {
  it('gives every choice an id of its own, unique in the game and never a scenario id', () => {
    const questions = prepare(42);
    const ids = idsOf(questions);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^c_[a-z0-9]{8}$/);
    const scenarioIds = new Set(fixtureSet.questions.flatMap((q) => choicesOf(q).map((c) => c.id)));
    expect(ids.some((id) => scenarioIds.has(id))).toBe(false);
  });

  it('keeps what the scenario says about each choice under its contentId', () => {
    for (const [i, q] of prepare(7).entries()) {
      const authored = choicesOf(fixtureSet.questions[i]!);
      const byContent = new Map(q.choices.map((c) => [c.contentId, c]));
      expect(byContent.size).toBe(authored.length);
      for (const c of authored)
        expect(byContent.get(c.id)).toMatchObject({ text: c.text, correct: c.correct });
    }
  });

  it('is the same for the same seed and differs between games', () => {
    expect(idsOf(prepare(123))).toEqual(idsOf(prepare(123)));
    const a = new Set(idsOf(prepare(123)));
    expect(idsOf(prepare(124)).some((id) => a.has(id))).toBe(false);
  });
});

describe('contentIdsOf', () => {
  it("maps this game's ids back to the scenario's, in the order given", () => {
    const q = prepare(5)[1]!; // q-multi
    const id = (content: string) => q.choices.find((c) => c.contentId === content)!.id;
    expect(contentIdsOf(q, [id('targetport'), id('port')])).toEqual(['targetport', 'port']);
  });

  it('leaves the ids of a game created before per-game ids as they are (they are the scenario ids)', () => {
    const legacy: GameQuestion = {
      ...prepare(5)[0]!,
      choices: [{ id: 'clusterip', text: 'ClusterIP', correct: true }],
    };
    expect(contentIdsOf(legacy, ['clusterip'])).toEqual(['clusterip']);
  });
});
