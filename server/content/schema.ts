/**
 * Scenario files (scenarios/*.yaml): one zod schema, used by the server at start-up and by
 * `npm run scenarios:check`. A set's `questions` may also list puzzle rounds (`- puzzle: <puzzle-id>`).
 */
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'ids are lowercase letters, digits and dashes (max 60)');

export const choiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'choice ids are lowercase letters, digits and dashes'),
  text: z.string().trim().min(1).max(200),
  correct: z.boolean().default(false),
  /** Why this option is wrong (or right); shown in practice mode after the answer. */
  why: z.string().trim().min(1).max(600).optional(),
});

const questionBase = {
  id,
  prompt: z.string().trim().min(1).max(600),
  explanation: z.string().trim().min(1).max(1200),
  /** Seconds players get; the server turns it into a deadline. */
  timeLimitSec: z.number().int().min(5).max(300).default(20),
  /** Point multiplier: 0 (warm-up), 1 (standard), 2 (double points). */
  points: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(1),
  topic: z.string().trim().min(1).max(60).optional(),
};

export const choiceQuestionSchema = z.object({
  ...questionBase,
  type: z.enum(['single', 'multiple']),
  choices: z.array(choiceSchema).min(2).max(4),
});

export const trueFalseQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('truefalse'),
  answer: z.boolean(),
  /** Why the wrong side is wrong; shown in practice mode. */
  why: z.string().trim().min(1).max(600).optional(),
});

/** Per-question rules zod cannot express in the object schemas (also applied to set items). */
function checkChoices(
  q: { type: string; choices?: { id: string; correct: boolean }[] },
  ctx: z.RefinementCtx,
) {
  if (q.type === 'truefalse' || !q.choices) return;
  const correct = q.choices.filter((c) => c.correct).length;
  if (q.type === 'single' && correct !== 1)
    ctx.addIssue({
      code: 'custom',
      path: ['choices'],
      message: `a single-choice question needs exactly 1 correct choice, found ${correct}`,
    });
  if (q.type === 'multiple' && correct < 1)
    ctx.addIssue({
      code: 'custom',
      path: ['choices'],
      message: 'a multiple-choice question needs at least 1 correct choice',
    });
  const ids = new Set<string>();
  q.choices.forEach((c, i) => {
    if (ids.has(c.id))
      ctx.addIssue({
        code: 'custom',
        path: ['choices', i, 'id'],
        message: `duplicate choice id "${c.id}"`,
      });
    ids.add(c.id);
  });
}

export const questionSchema = z
  .discriminatedUnion('type', [choiceQuestionSchema, trueFalseQuestionSchema])
  .superRefine(checkChoices);

/**
 * A puzzle round among the questions: `- puzzle: selector-mismatch` (the `type: puzzle` is implied).
 * The puzzle id is checked against scenarios/puzzles by `checkPuzzleRefs` (server/puzzles/set-refs.ts),
 * since a set file alone cannot know which puzzles exist.
 */
export const puzzleItemSchema = z.object({
  type: z.literal('puzzle'),
  puzzle: id,
  /** The round's id in this set (default: the puzzle id), unique among the set's items. */
  id: id.optional(),
  /** Overrides of the puzzle file's own time limit and points. */
  timeLimitSec: z.number().int().min(60).max(3600).optional(),
  points: z.number().int().min(100).max(5000).optional(),
});

const itemUnion = z
  .discriminatedUnion('type', [choiceQuestionSchema, trueFalseQuestionSchema, puzzleItemSchema])
  .superRefine(checkChoices);
/** An item of `questions`: a question, or a puzzle round written `{ puzzle: <id> }`. */
export const setItemSchema = z.preprocess(
  (v) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && 'puzzle' in v && !('type' in v)
      ? { type: 'puzzle', ...v }
      : v,
  itemUnion,
);

/** A set's rounds in play order: the questions, with puzzle rounds where the file lists them. */
export type SetStep =
  | { kind: 'question'; id: string }
  | { kind: 'puzzle'; id: string; puzzleId: string; timeLimitSec?: number; points?: number };

/** The set's fields (kept as an object so unknown-keys.ts can list them). */
export const scenarioSetObject = z.object({
  id,
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().min(1).max(600),
  /**
   * A set made for automated tests (the browser tests' `e2e-*` sets): the server leaves it out of its
   * catalogue unless ENABLE_TEST_SETS=1, so production never lists or serves it.
   */
  testSet: z.boolean().optional(),
  questions: z.array(setItemSchema).min(1),
});

export const scenarioSetSchema = scenarioSetObject
  .superRefine((set, ctx) => {
    const ids = new Set<string>();
    set.questions.forEach((q, i) => {
      const itemId = q.type === 'puzzle' ? (q.id ?? q.puzzle) : q.id;
      if (ids.has(itemId))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, q.type === 'puzzle' && q.id === undefined ? 'puzzle' : 'id'],
          message:
            q.type === 'puzzle' && q.id === undefined
              ? `duplicate id "${itemId}" (give the repeated puzzle round its own \`id\`)`
              : `duplicate question id "${itemId}"`,
        });
      ids.add(itemId);
    });
  })
  // `questions` keeps only the questions (what the quiz, practice mode and the CSV read); `steps` is the
  // play order including puzzle rounds.
  .transform(({ questions: items, ...rest }) => {
    const questions: Question[] = [];
    const steps: SetStep[] = [];
    for (const item of items) {
      if (item.type !== 'puzzle') {
        questions.push(item);
        steps.push({ kind: 'question', id: item.id });
        continue;
      }
      const { puzzle, id: itemId, timeLimitSec, points } = item;
      steps.push({
        kind: 'puzzle',
        id: itemId ?? puzzle,
        puzzleId: puzzle,
        ...(timeLimitSec === undefined ? {} : { timeLimitSec }),
        ...(points === undefined ? {} : { points }),
      });
    }
    // Quiz-only sets keep their old shape exactly (no `steps`: the questions are the steps).
    const set: ScenarioSetShape =
      steps.length === questions.length ? { ...rest, questions } : { ...rest, questions, steps };
    return set;
  });

/** A parsed set. `steps` is present only when the set has puzzle rounds; otherwise the questions are the steps. */
export interface ScenarioSetShape {
  id: string;
  title: string;
  description: string;
  /** Only for automated tests (see `testSet` in the schema). */
  testSet?: boolean;
  questions: Question[];
  steps?: SetStep[];
}

/** A quiz-only set as written (what TypeScript fixtures use); files may also list puzzle rounds. */
export type ScenarioSetInput = Omit<z.input<typeof scenarioSetObject>, 'questions'> & {
  questions: z.input<typeof questionSchema>[];
};
/** A set as written, puzzle rounds included (`{ puzzle: <id> }`, `type: puzzle` optional). */
export type ScenarioSetWithPuzzlesInput = Omit<ScenarioSetInput, 'questions'> & {
  questions: (
    | z.input<typeof questionSchema>
    | z.input<typeof puzzleItemSchema>
    | Omit<z.input<typeof puzzleItemSchema>, 'type'>
  )[];
};
export type ScenarioSet = ScenarioSetShape;
export type PuzzleItem = z.output<typeof puzzleItemSchema>;
export type Question = z.output<typeof questionSchema>;
export type Choice = z.output<typeof choiceSchema>;
