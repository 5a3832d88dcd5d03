/**
 * Reads every puzzle file (`*.yaml`, `*.yml`, `*.json`) from scenarios/puzzles: the only I/O of the
 * puzzle module. Errors come out in the question loader's format (`<file>: <path>: <message> (line N)`).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatContentError } from '../content/parse.js';
import type { ContentError } from '../content/parse.js';
import { parsePuzzleText } from './parse.js';
import type { ParsedPuzzleFile } from './parse.js';
import type { Puzzle } from './schema.js';

export const defaultPuzzlesDir = fileURLToPath(new URL('../../scenarios/puzzles/', import.meta.url));

const puzzleFile = /\.(ya?ml|json)$/i;

export interface PuzzleCatalog {
  /** In file-name order. */
  list(): Puzzle[];
  get(id: string): Puzzle | undefined;
}

export type PuzzleLoadResult =
  | { ok: true; catalog: PuzzleCatalog; files: ParsedPuzzleFile[] }
  | { ok: false; errors: ContentError[]; files: ParsedPuzzleFile[] };

export async function loadPuzzles(dir: string = defaultPuzzlesDir): Promise<PuzzleLoadResult> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries.filter((e) => e.isFile() && puzzleFile.test(e.name)).map((e) => e.name);
    names.sort();
  } catch (err) {
    const message = `cannot read directory: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, errors: [{ file: label(dir), path: '', message }], files: [] };
  }
  const files = await Promise.all(
    names.map(async (name): Promise<ParsedPuzzleFile> => {
      const full = path.join(dir, name);
      try {
        return parsePuzzleText(label(full), await readFile(full, 'utf8'));
      } catch (err) {
        const message = `cannot read file: ${err instanceof Error ? err.message : String(err)}`;
        return { ok: false, file: label(full), errors: [{ file: label(full), path: '', message }] };
      }
    }),
  );
  const built = buildPuzzleCatalog(files);
  return built.ok ? { ok: true, catalog: built.catalog, files } : { ok: false, errors: built.errors, files };
}

/** Start-up entry: the catalogue, or every problem formatted for printing before refusing to start. */
export async function loadPuzzleDir(
  dir: string = defaultPuzzlesDir,
): Promise<{ ok: true; catalog: PuzzleCatalog } | { ok: false; errors: string[] }> {
  const r = await loadPuzzles(dir);
  return r.ok ? { ok: true, catalog: r.catalog } : { ok: false, errors: r.errors.map(formatContentError) };
}

/** Pure: collects file errors and rejects a puzzle id used by two files. */
export function buildPuzzleCatalog(
  files: readonly ParsedPuzzleFile[],
): { ok: true; catalog: PuzzleCatalog } | { ok: false; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const byId = new Map<string, { puzzle: Puzzle; file: string }>();
  for (const f of files) {
    if (!f.ok) {
      errors.push(...f.errors);
      continue;
    }
    const first = byId.get(f.puzzle.id);
    if (first) {
      const e = {
        file: f.file,
        path: 'id',
        message: `duplicate puzzle id "${f.puzzle.id}" (already used by ${first.file})`,
      };
      errors.push(f.idLine === undefined ? e : { ...e, line: f.idLine });
      continue;
    }
    byId.set(f.puzzle.id, { puzzle: f.puzzle, file: f.file });
  }
  if (errors.length > 0) return { ok: false, errors };
  const list = [...byId.values()].map((v) => v.puzzle);
  return { ok: true, catalog: { list: () => [...list], get: (id) => byId.get(id)?.puzzle } };
}

function label(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
}
