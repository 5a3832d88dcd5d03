/**
 * A scenario set turned into what a practice run plays: questions keyed by id, with every option's
 * correctness and `why` (the run shows the `why` of a wrong option after the learner picked it).
 * Puzzles (issue 4) join here as a second item kind; the run's queue already tags each entry with `kind`.
 */
import type { ScenarioSet } from '../content/schema.js';
import { choicesOf } from '../game/index.js';
import type { QuestionType } from '../protocol/views.js';

export interface PracticeChoice {
  id: string;
  text: string;
  correct: boolean;
  why: string | null;
}

export interface PracticeQuestion {
  kind: 'question';
  id: string;
  type: QuestionType;
  prompt: string;
  explanation: string;
  timeLimitMs: number;
  multiplier: 0 | 1 | 2;
  /** Authoring order; a run stores its own display order. */
  choices: PracticeChoice[];
}

export type PracticeItem = PracticeQuestion;

export interface PracticeContent {
  setId: string;
  title: string;
  /** Item ids in authoring order. */
  order: string[];
  items: ReadonlyMap<string, PracticeItem>;
}

export function practiceContentOf(set: ScenarioSet): PracticeContent {
  const items = new Map<string, PracticeItem>();
  for (const q of set.questions) {
    // A true/false question has one `why`: it explains the wrong side.
    const whyOf = (id: string): string | null =>
      q.type === 'truefalse' ? (q.why ?? null) : (q.choices.find((c) => c.id === id)?.why ?? null);
    items.set(q.id, {
      kind: 'question',
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      explanation: q.explanation,
      timeLimitMs: q.timeLimitSec * 1000,
      multiplier: q.points,
      choices: choicesOf(q).map((c) => ({ ...c, why: c.correct ? null : whyOf(c.id) })),
    });
  }
  return { setId: set.id, title: set.title, order: set.questions.map((q) => q.id), items };
}

export function correctIdsOf(q: PracticeQuestion): string[] {
  return q.choices.filter((c) => c.correct).map((c) => c.id);
}
