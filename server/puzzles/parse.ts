/**
 * One puzzle file's text → a validated puzzle, or errors naming file, path, problem and line. Pure.
 * Error shapes and formatting are the question loader's (server/content/parse.ts), so authors see one
 * style. After the schema, a dry run fills every param with its first value and checks that the result
 * still validates and that the manifests are readable YAML.
 */
import { readDocument } from '../content/parse.js';
import { valueAt } from '../content/yaml-paths.js';
import type { ContentError, PathSegment } from '../content/parse.js';
import { PuzzleResolveError, manifestErrors, manifestText, resolvePuzzle } from './resolve.js';
import { puzzleSchema } from './schema.js';
import type { ParamValue, Puzzle } from './schema.js';

export type ParsedPuzzleFile =
  | { ok: true; file: string; puzzle: Puzzle; idLine?: number }
  | { ok: false; file: string; errors: ContentError[] };

export function parsePuzzleText(file: string, text: string): ParsedPuzzleFile {
  const read = readDocument(file, text);
  if (!read.ok) return { ok: false, file, errors: read.errors };
  const { data, located, lineOf } = read;
  const result = puzzleSchema.safeParse(data);
  if (!result.success) {
    const errors: ContentError[] = [];
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
      // zod reports unknown keys on the parent; point at each key so a typo is easy to find.
      if (issue.code === 'unrecognized_keys')
        for (const k of issue.keys) errors.push(located([...path, k], `unknown field "${k}"`));
      else if (issue.code === 'invalid_type' && valueAt(data, path) === undefined)
        errors.push(located(path, `required field is missing (expected ${issue.expected})`));
      else errors.push(located(path, issue.message));
    }
    errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { ok: false, file, errors };
  }

  const errors = dryRun(result.data).map((e) => located(e.path, e.message));
  if (errors.length > 0) return { ok: false, file, errors };
  const idLine = lineOf(['id']);
  return idLine === undefined
    ? { ok: true, file, puzzle: result.data }
    : { ok: true, file, puzzle: result.data, idLine };
}

/** Resolve with each param's first value (captures as placeholders) and report what breaks. */
function dryRun(puzzle: Puzzle): { path: PathSegment[]; message: string }[] {
  const values: Record<string, ParamValue> = {};
  for (const [name, spec] of Object.entries(puzzle.params))
    values[name] = spec.choices?.[0] ?? spec.range?.[0] ?? 0;
  for (const f of puzzle.faults)
    if ('capture' in f && f.capture)
      for (const name of Object.values(f.capture)) if (name) values[name] = 'captured';
  try {
    const resolved = resolvePuzzle(puzzle, values);
    const out: { path: PathSegment[]; message: string }[] = [];
    if (resolved.manifests !== undefined)
      for (const m of manifestErrors(manifestText(resolved.manifests)))
        out.push({ path: ['manifests'], message: m });
    resolved.files.forEach((f, i) => {
      for (const m of manifestErrors(f.content)) out.push({ path: ['files', i, 'content'], message: m });
    });
    resolved.solution.forEach((s, i) => {
      if (typeof s === 'string') return;
      for (const m of manifestErrors(s.apply)) out.push({ path: ['solution', i, 'apply'], message: m });
    });
    return out;
  } catch (e) {
    if (!(e instanceof PuzzleResolveError)) throw e;
    return e.issues.map((i) => ({ path: i.path, message: `with params filled in: ${i.message}` }));
  }
}
