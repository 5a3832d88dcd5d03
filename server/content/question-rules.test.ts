import { describe, expect, it } from 'vitest';
import {
  checkChoices,
  choiceViews,
  choicesOf,
  correctIdsOf,
  isCorrectAnswer,
  questionBasics,
} from './question-rules.js';
import { fixtureInput } from './test-sets.js';
import { scenarioSetSchema } from './schema.js';

const set = scenarioSetSchema.parse(fixtureInput);
const byId = (id: string) => {
  const q = set.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no ${id}`);
  return { ...questionBasics(q), choices: choicesOf(q) };
};
const code = (r: ReturnType<typeof checkChoices>) => (r.ok ? 'ok' : r.error.code);

describe('isCorrectAnswer', () => {
  it('needs every correct option and no wrong one', () => {
    expect(isCorrectAnswer(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(isCorrectAnswer(['a', 'b'], ['a'])).toBe(false);
    expect(isCorrectAnswer(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(isCorrectAnswer(['a'], ['a'])).toBe(true);
    expect(isCorrectAnswer(['a'], ['c'])).toBe(false);
  });
});

describe('a question in playing units', () => {
  it('true/false becomes True then False; times are in ms', () => {
    const tf = byId('q-tf');
    expect(tf.choices).toEqual([
      { id: 'true', text: 'True', correct: false },
      { id: 'false', text: 'False', correct: true },
    ]);
    expect(correctIdsOf(tf)).toEqual(['false']);
    expect(byId('q-multi')).toMatchObject({ timeLimitMs: 10_000, multiplier: 2 });
  });
});

describe('checkChoices', () => {
  it('takes known, distinct ids: one for single and true/false, one or more for multiple', () => {
    expect(checkChoices(byId('q-single'), ['clusterip'])).toEqual({ ok: true, data: ['clusterip'] });
    expect(code(checkChoices(byId('q-multi'), ['port', 'targetport']))).toBe('ok');
    expect(code(checkChoices(byId('q-tf'), ['false']))).toBe('ok');
  });

  it('refuses unknown or repeated ids, several for a single answer, and none', () => {
    expect(code(checkChoices(byId('q-single'), ['nope']))).toBe('game/invalid-choice');
    expect(code(checkChoices(byId('q-multi'), ['port', 'port']))).toBe('game/invalid-choice');
    expect(code(checkChoices(byId('q-single'), ['clusterip', 'nodeport']))).toBe('game/invalid-choice');
    expect(code(checkChoices(byId('q-tf'), ['true', 'false']))).toBe('game/invalid-choice');
    expect(code(checkChoices(byId('q-multi'), []))).toBe('game/invalid-choice');
  });
});

describe('choiceViews', () => {
  it('gives each position its shape and colour and never carries correctness', () => {
    const views = choiceViews(byId('q-single').choices);
    expect(views.map((v) => [v.id, v.shape, v.color])).toEqual([
      ['clusterip', 'triangle', 'red'],
      ['nodeport', 'diamond', 'blue'],
      ['loadbalancer', 'circle', 'yellow'],
      ['externalname', 'square', 'green'],
    ]);
    expect(JSON.stringify(views)).not.toContain('correct');
  });
});
