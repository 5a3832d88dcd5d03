/**
 * Turns a puzzle template plus parameter values into a resolved puzzle (numbers are numbers, every text
 * final), and reads its manifests into Kubernetes objects. Pure; used by the loader's dry run and by
 * `instantiate`.
 */
import { parseAllDocuments, stringify } from 'yaml';
import { resolvedPuzzleSchema } from './schema.js';
import type { Puzzle, ResolvedPuzzle } from './schema.js';
import { substituteDeep } from './template.js';
import type { ParamValues } from './template.js';

export class PuzzleResolveError extends Error {
  constructor(
    message: string,
    readonly issues: { path: (string | number)[]; message: string }[] = [],
  ) {
    super(message);
  }
}

/** Everything but the faults, which are substituted one by one during set-up (captures grow). */
export function resolvePuzzle(puzzle: Puzzle, values: ParamValues): ResolvedPuzzle {
  const { faults, ...rest } = puzzle;
  const substituted = substituteDeep(rest, values) as Record<string, unknown>;
  const parsed = resolvedPuzzleSchema.safeParse({ ...substituted, faults });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.filter((s): s is string | number => typeof s !== 'symbol'),
      message: i.message,
    }));
    const first = issues[0];
    throw new PuzzleResolveError(
      `puzzle "${puzzle.id}" is invalid once its params are filled in: ${first ? `${first.path.join('.')}: ${first.message}` : ''}`,
      issues,
    );
  }
  return parsed.data;
}

/** Manifests as one multi-document YAML text, the form `kubectl apply -f` receives. */
export function manifestText(manifests: string | Record<string, unknown>[]): string {
  if (typeof manifests === 'string') return manifests;
  return manifests.map((m) => stringify(m)).join('---\n');
}

/** YAML syntax problems of a manifest text, as messages (empty when it parses). */
export function manifestErrors(text: string): string[] {
  const errors: string[] = [];
  for (const doc of parseAllDocuments(text) as ReturnType<typeof parseAllDocuments> & unknown[]) {
    for (const e of doc.errors) errors.push(`YAML: ${e.message.split('\n')[0] ?? e.message}`);
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value))
      errors.push('a manifest document must be a mapping');
    else if (!('kind' in value) || !('apiVersion' in value))
      errors.push('a manifest document needs apiVersion and kind');
  }
  return errors;
}
