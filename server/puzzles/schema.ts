/**
 * Puzzle files (scenarios/puzzles/*.yaml): a broken cluster, the story the player reads, goals that say
 * when it is fixed, ordered hints, a reference solution and an explanation. Text fields may use `${param}`
 * references; `params` are drawn per team from a seed so answers cannot be copied between teams.
 * Cross-field rules (references, ids, hint order) live in refine.ts.
 */
import { z } from 'zod';
import { goalSchemaWith, labelsSchema, resolvedNum, templateNum } from './goal-schema.js';
import type { NumField } from './goal-schema.js';
import { refinePuzzle } from './refine.js';

export const puzzleId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'ids are lowercase letters, digits and dashes (max 60)');
export const paramName = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'names are letters, digits and underscores, starting with a letter');

const paramValue = z.union([z.string().min(1).max(200), z.number().int()]);
export const paramSchema = z
  .strictObject({
    /** One of these values (a string, a number, or a record read as `${name.field}`). */
    choices: z
      .array(z.union([paramValue, z.record(paramName, paramValue)]))
      .min(1)
      .optional(),
    /** An integer in [min, max]. */
    range: z.tuple([z.number().int(), z.number().int()]).optional(),
    /** Never the same value as these params (e.g. the wrong port differs from the right one). */
    distinctFrom: z.array(paramName).optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.choices === undefined) === (p.range === undefined))
      ctx.addIssue({ code: 'custom', message: 'a param needs exactly one of choices or range' });
    if (p.range && p.range[0] > p.range[1])
      ctx.addIssue({ code: 'custom', path: ['range'], message: 'min > max' });
  });

/** Kubernetes documents: one YAML string (several `---` documents) or a list of objects. */
export const manifestsSchema = z.union([
  z.string().min(1),
  z.array(z.record(z.string(), z.unknown())).min(1),
]);

/** A pod of the starting cluster, picked by labels; `index` counts matching pods sorted by name. */
const podPick = z.strictObject({
  namespace: z.string().min(1).default('default'),
  selector: labelsSchema,
  index: z.number().int().min(0).default(0),
});
/** Store facts about the picked pod (before the fault acts) as params for later steps and texts. */
const capture = z
  .strictObject({ name: paramName.optional(), ip: paramName.optional(), node: paramName.optional() })
  .optional();

export const faultSchema = z.discriminatedUnion('op', [
  /** A kubectl (or `node ...`) command line, run as the cluster's previous operator did. */
  z.strictObject({ op: z.literal('kubectl'), run: z.string().min(1), mayFail: z.boolean().default(false) }),
  z.strictObject({ op: z.literal('apply'), manifests: manifestsSchema }),
  /** The container runtime kills the pod's container behind the API's back (stale kube-proxy rules). */
  z.strictObject({ op: z.literal('kill-container'), pod: podPick, capture }),
  z.strictObject({ op: z.literal('delete-pod'), pod: podPick, capture }),
  z.strictObject({ op: z.literal('label-remove'), pod: podPick, key: z.string().min(1), capture }),
  z.strictObject({ op: z.literal('capture'), pod: podPick, capture }),
]);

const fileName = z.string().regex(/^[\w.-]+\.ya?ml$/, 'file names are letters, digits, ._- and end in .yaml');
/** In a template, a file name may contain `${param}` references; resolving checks the final name. */
const templateFileName = z.string().regex(/^[\w.${}-]+\.ya?ml$/, 'file names end in .yaml');

/** A kubectl command line, or a manifest applied with `kubectl apply -f <file>`. */
function solutionStepWith(file: z.ZodString) {
  return z.union([z.string().min(1), z.strictObject({ apply: z.string().min(1), file: file.optional() })]);
}
export const solutionStepSchema = solutionStepWith(fileName);

const text = (max: number) => z.string().trim().min(1).max(max);

function puzzleShape<T>(num: NumField<T>, file: z.ZodString) {
  return {
    id: puzzleId,
    title: text(100),
    /** One line for lists (the host's picker, the results). */
    summary: text(200).optional(),
    topic: text(60).optional(),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
    /** The player's brief: what is wrong from the user's point of view, never the cause. */
    story: text(1500),
    /** Goals are steps to do in order (the hands-on lab); the UI may reveal them one by one. */
    guided: z.boolean().default(false),
    cluster: z
      .strictObject({
        nodes: z.number().int().min(1).max(6).default(2),
        loadBalancer: z.boolean().default(true),
      })
      .default({ nodes: 2, loadBalancer: true }),
    params: z.record(paramName, paramSchema).default({}),
    manifests: manifestsSchema.optional(),
    faults: z.array(faultSchema).default([]),
    /** Files preloaded in the player's YAML editor (e.g. the rejected manifest to fix). */
    files: z.array(z.strictObject({ name: file, content: z.string().min(1) })).default([]),
    goals: z.array(goalSchemaWith(num)).min(1).max(12),
    /** Ordered from a nudge to the fix; later hints give more away, so they never cost less. */
    hints: z
      .array(
        z.union([text(400), z.strictObject({ text: text(400), cost: z.number().int().min(0).max(1000) })]),
      )
      .min(1)
      .max(6),
    /** Points for solving with the full time left; the game scales them by time and hints. */
    points: z.number().int().min(100).max(5000).default(1000),
    /** Points one hint costs unless the hint sets its own. */
    hintCost: z.number().int().min(0).max(1000).default(100),
    timeLimitSec: z.number().int().min(60).max(3600).default(600),
    solution: z.array(solutionStepWith(file)).min(1),
    /** Shown to everyone after the round. */
    explanation: text(2000),
  };
}

export const puzzleSchema = z
  .strictObject(puzzleShape(templateNum, templateFileName))
  .superRefine(refinePuzzle);
/** The same puzzle with every parameter substituted (numbers are numbers again). */
export const resolvedPuzzleSchema = z.strictObject(puzzleShape(resolvedNum, fileName));

export type PuzzleInput = z.input<typeof puzzleSchema>;
export type Puzzle = z.output<typeof puzzleSchema>;
export type ResolvedPuzzle = z.output<typeof resolvedPuzzleSchema>;
export type Fault = z.output<typeof faultSchema>;
export type ParamSpec = z.output<typeof paramSchema>;
export type SolutionStep = z.output<typeof solutionStepSchema>;
export type ParamValue = string | number | Record<string, string | number>;
export type { Goal, TemplateGoal } from './goal-schema.js';
