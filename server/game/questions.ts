/**
 * Scenario questions turned into the game's own shape (content/question-rules.ts: playing units, one
 * choice list for every type), with the per-game display order and the per-game choice ids fixed once at
 * createGame.
 */
import {
  choicesOf,
  questionBasics,
  type QuestionBasics,
  type QuestionChoice,
} from '../content/question-rules.js';
import type { ScenarioSet } from '../content/schema.js';
import { randomId, shuffle, type RandomCursor } from '../common/rng.js';

export interface GameChoice extends QuestionChoice {
  /**
   * The scenario's id of this choice (true/false: `true` / `false`). `id` is this game's own opaque id,
   * the only one clients see or send; `contentId` is what the database stores and the CSV reads, so
   * results mean the same whichever game they came from. Absent in games created before per-game ids:
   * there `id` is the scenario's id.
   */
  contentId?: string;
}

export interface GameQuestion extends QuestionBasics {
  /** In display order (shuffled once per game; true/false keeps True, False). */
  choices: GameChoice[];
}

/**
 * Per-game choice ids: drawn from the game's generator, so a game restored from its snapshot (or replayed)
 * has the same ids, while practice (which shows the scenario's ids and which of them are correct) teaches
 * nothing about another game's ids. The underscore never occurs in a scenario choice id
 * (`[a-z0-9-]`), so a replayed scenario id can never name a choice of a game.
 */
const CHOICE_ID_PREFIX = 'c_';
const CHOICE_ID_LENGTH = 8;

/**
 * The game's questions in set order. Choices are shuffled with the game's generator, once, so every player
 * sees the same order (shapes and colours follow the position); true/false stays True, False because
 * a shuffled "False, True" reads like a trick. Each choice then gets its game id, unique in the game.
 */
export function prepareQuestions(set: ScenarioSet, rnd: RandomCursor): GameQuestion[] {
  const used = new Set<string>();
  const newId = () => {
    let id = randomId(CHOICE_ID_PREFIX, CHOICE_ID_LENGTH, rnd);
    while (used.has(id)) id = randomId(CHOICE_ID_PREFIX, CHOICE_ID_LENGTH, rnd);
    used.add(id);
    return id;
  };
  return set.questions.map((q) => {
    const authored = choicesOf(q);
    const ordered = q.type === 'truefalse' ? authored : shuffle(authored, rnd);
    return {
      ...questionBasics(q),
      choices: ordered.map((c) => ({ id: newId(), contentId: c.id, text: c.text, correct: c.correct })),
    };
  });
}

/** The scenario's ids of `choiceIds` (this game's ids), as the database stores them. */
export function contentIdsOf(q: GameQuestion, choiceIds: readonly string[]): string[] {
  const byId = new Map(q.choices.map((c) => [c.id, c.contentId ?? c.id]));
  return choiceIds.map((id) => byId.get(id) ?? id);
}
