/**
 * A scenario set turned into what a practice run plays: questions keyed by id, with every option's
 * correctness and `why` (the run shows the `why` of a wrong option after the learner picked it).
 * Puzzles (issue 4) join here as a second item kind; the run's queue already tags each entry with `kind`.
 */
import { choicesOf, questionBasics, type QuestionBasics } from '../content/question-rules.js';
import type { ScenarioSet } from '../content/schema.js';
import type { Puzzle } from '../puzzles/index.js';

export interface PracticeChoice {
  id: string;
  text: string;
  correct: boolean;
  why: string | null;
}

export interface PracticeQuestion extends QuestionBasics {
  kind: 'question';
  /** Authoring order; a run stores its own display order. */
  choices: PracticeChoice[];
}

/** A puzzle round of the set: the definition is copied in, like a classroom game copies it. */
export interface PracticePuzzle {
  kind: 'puzzle';
  id: string;
  title: string;
  def: Puzzle;
  /** The round's points (the set may override the puzzle file's); hint costs come off them. */
  points: number;
}

export type PracticeItem = PracticeQuestion | PracticePuzzle;

/** Where a set's puzzle rounds find their puzzles (server/puzzles/set-puzzles.ts). */
export interface PuzzleLookup {
  get(id: string): Puzzle | undefined;
}

export interface PracticeContent {
  setId: string;
  title: string;
  /** Item ids in authoring order. */
  order: string[];
  items: ReadonlyMap<string, PracticeItem>;
}

/**
 * Without `puzzles` (or for a puzzle the lookup does not know) a set's puzzle rounds are left out, as
 * before puzzles could be practised.
 */
export function practiceContentOf(set: ScenarioSet, puzzles?: PuzzleLookup): PracticeContent {
  const items = new Map<string, PracticeItem>();
  for (const q of set.questions) {
    // A true/false question has one `why`: it explains the wrong side.
    const whyOf = (id: string): string | null =>
      q.type === 'truefalse' ? (q.why ?? null) : (q.choices.find((c) => c.id === id)?.why ?? null);
    items.set(q.id, {
      kind: 'question',
      ...questionBasics(q),
      choices: choicesOf(q).map((c) => ({ ...c, why: c.correct ? null : whyOf(c.id) })),
    });
  }
  const order = set.questions.map((q) => q.id);
  for (const step of set.steps ?? []) {
    const def = step.kind === 'puzzle' ? puzzles?.get(step.puzzleId) : undefined;
    if (step.kind !== 'puzzle' || !def || items.has(step.id)) continue;
    items.set(step.id, {
      kind: 'puzzle',
      id: step.id,
      title: def.title,
      def,
      points: step.points ?? def.points,
    });
    order.push(step.id);
  }
  return { setId: set.id, title: set.title, order, items };
}

export const isQuestion = (item: PracticeItem | undefined): item is PracticeQuestion =>
  item?.kind === 'question';
