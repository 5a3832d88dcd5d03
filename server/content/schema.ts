/**
 * Scenario files (scenarios/*.yaml): one zod schema, used by the server at start-up and by
 * `npm run scenarios:check`. Puzzle rounds (issue 4) will extend `items` with a puzzle kind.
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

export const questionSchema = z
  .discriminatedUnion('type', [choiceQuestionSchema, trueFalseQuestionSchema])
  .superRefine((q, ctx) => {
    if (q.type === 'truefalse') return;
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
  });

export const scenarioSetSchema = z
  .object({
    id,
    title: z.string().trim().min(1).max(100),
    description: z.string().trim().min(1).max(600),
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((set, ctx) => {
    const ids = new Set<string>();
    set.questions.forEach((q, i) => {
      if (ids.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `duplicate question id "${q.id}"`,
        });
      ids.add(q.id);
    });
  });

export type ScenarioSetInput = z.input<typeof scenarioSetSchema>;
export type ScenarioSet = z.output<typeof scenarioSetSchema>;
export type Question = z.output<typeof questionSchema>;
export type Choice = z.output<typeof choiceSchema>;
