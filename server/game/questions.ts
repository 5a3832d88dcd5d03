/**
 * Scenario questions turned into the game's own shape: time limits in ms, one choice list for every type
 * (true/false becomes two choices), and the per-game display order fixed once at createGame.
 */
import type { Question, ScenarioSet } from '../content/schema.js';
import type { QuestionType } from '../protocol/views.js';
import { shuffle, type RandomCursor } from './rng.js';

export interface GameChoice {
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

export interface GameQuestion extends QuestionBasics {
  /** In display order (shuffled once per game; true/false keeps True, False). */
  choices: GameChoice[];
}

/** Shared by classroom games and practice runs, which play a question with the same limits. */
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
export function choicesOf(q: Question): GameChoice[] {
  if (q.type === 'truefalse') {
    return [
      { id: TRUE_ID, text: 'True', correct: q.answer },
      { id: FALSE_ID, text: 'False', correct: !q.answer },
    ];
  }
  return q.choices.map((c) => ({ id: c.id, text: c.text, correct: c.correct }));
}

/**
 * The game's questions in set order. Choices are shuffled with the game's generator, once, so every player
 * sees the same order (shapes and colours follow the position); true/false stays True, False because
 * a shuffled "False, True" reads like a trick.
 */
export function prepareQuestions(set: ScenarioSet, rnd: RandomCursor): GameQuestion[] {
  return set.questions.map((q) => {
    const authored = choicesOf(q);
    return {
      ...questionBasics(q),
      choices: q.type === 'truefalse' ? authored : shuffle(authored, rnd),
    };
  });
}

export function correctIdsOf(q: GameQuestion): string[] {
  return q.choices.filter((c) => c.correct).map((c) => c.id);
}
