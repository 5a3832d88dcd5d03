/**
 * Scenario questions turned into the game's own shape (content/question-rules.ts: playing units, one
 * choice list for every type), with the per-game display order fixed once at createGame.
 */
import {
  choicesOf,
  questionBasics,
  type QuestionBasics,
  type QuestionChoice,
} from '../content/question-rules.js';
import type { ScenarioSet } from '../content/schema.js';
import { shuffle, type RandomCursor } from '../common/rng.js';

export type GameChoice = QuestionChoice;

export interface GameQuestion extends QuestionBasics {
  /** In display order (shuffled once per game; true/false keeps True, False). */
  choices: GameChoice[];
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
