/**
 * The rules of playing one scenario question, shared by the classroom game and practice runs (each adds
 * its own timing, ordering and scoring): the question in playing units, one choice list for every type
 * (true/false becomes two choices), checking a pick against the choices, correctness, and the choices
 * as players see them, which never carry correctness.
 */
import type { ChoiceColor, ChoiceShape, ChoiceView, QuestionType } from '../protocol/views.js';
import { fail, ok, type Result } from './errors.js';
import type { Question } from './schema.js';

export interface QuestionChoice {
  id: string;
  text: string;
  correct: boolean;
}

/** What a played question carries besides its choices, in playing units (ms, point multiplier). */
export interface QuestionBasics {
  id: string;
  type: QuestionType;
  prompt: string;
  explanation: string;
  timeLimitMs: number;
  multiplier: 0 | 1 | 2;
}

export function questionBasics(q: Question): QuestionBasics {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    explanation: q.explanation,
    timeLimitMs: q.timeLimitSec * 1000,
    multiplier: q.points,
  };
}

/** Choice ids of the two synthetic true/false choices. */
export const TRUE_ID = 'true';
export const FALSE_ID = 'false';

/** A question's choices in authoring order; true/false questions get True then False. */
export function choicesOf(q: Question): QuestionChoice[] {
  if (q.type === 'truefalse') {
    return [
      { id: TRUE_ID, text: 'True', correct: q.answer },
      { id: FALSE_ID, text: 'False', correct: !q.answer },
    ];
  }
  return q.choices.map((c) => ({ id: c.id, text: c.text, correct: c.correct }));
}

type Choices = { choices: readonly { id: string; correct: boolean }[] };

export function correctIdsOf(q: Choices): string[] {
  return q.choices.filter((c) => c.correct).map((c) => c.id);
}

/**
 * Correct = exactly the set of correct options: for multiple choice every correct option and no wrong one.
 * Duplicates in `chosen` are ignored (`checkChoices` rejects them anyway).
 */
export function isCorrectAnswer(correctIds: readonly string[], chosen: readonly string[]): boolean {
  const picked = new Set(chosen);
  return picked.size === correctIds.length && correctIds.every((id) => picked.has(id));
}

/** Whether `chosen` (checked by `checkChoices`) answers `q` correctly. */
export function isCorrectPick(q: Choices, chosen: readonly string[]): boolean {
  return isCorrectAnswer(correctIdsOf(q), chosen);
}

/**
 * A pick is valid when every id is one of the question's choices, none repeats, and a single-answer
 * question (single, true/false) gets exactly one. Returns the ids as picked.
 */
export function checkChoices(
  q: { type: QuestionType; choices: readonly { id: string }[] },
  choiceIds: readonly string[],
): Result<string[]> {
  const known = new Set(q.choices.map((c) => c.id));
  const chosen = new Set(choiceIds);
  if (chosen.size !== choiceIds.length || choiceIds.some((id) => !known.has(id))) {
    return fail('game/invalid-choice', 'that is not one of the choices of this question');
  }
  if (q.type !== 'multiple' && chosen.size !== 1) {
    return fail('game/invalid-choice', 'pick exactly one choice for this question');
  }
  if (chosen.size === 0) return fail('game/invalid-choice', 'pick at least one choice');
  return ok([...choiceIds]);
}

/** By display position, so a colour-blind player can say "the triangle". */
const LOOKS: readonly { shape: ChoiceShape; color: ChoiceColor }[] = [
  { shape: 'triangle', color: 'red' },
  { shape: 'diamond', color: 'blue' },
  { shape: 'circle', color: 'yellow' },
  { shape: 'square', color: 'green' },
];

/** The choices as players see them, in display order. */
export function choiceViews(choices: readonly { id: string; text: string }[]): ChoiceView[] {
  // Built field by field: a spread of a QuestionChoice would carry `correct` to the client.
  return choices.map((c, i) => ({ id: c.id, text: c.text, ...(LOOKS[i % LOOKS.length] ?? LOOKS[0]!) }));
}
