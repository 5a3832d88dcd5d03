/**
 * Reads every puzzle file (`*.yaml`, `*.yml`, `*.json`) from scenarios/puzzles: the only I/O of the
 * puzzle module. Errors come out in the question loader's format (`<file>: <path>: <message> (line N)`).
 */
import { fileURLToPath } from 'node:url';
import { formatContentError } from '../content/parse.js';
import type { ContentError } from '../content/parse.js';
import { readContentDir } from '../content/read-dir.js';
import { parsePuzzleText } from './parse.js';
import type { ParsedPuzzleFile } from './parse.js';
import type { Puzzle } from './schema.js';

export const defaultPuzzlesDir = fileURLToPath(new URL('../../scenarios/puzzles/', import.meta.url));

export interface PuzzleCatalog {
  /** In file-name order. */
  list(): Puzzle[];
  get(id: string): Puzzle | undefined;
}

export type PuzzleLoadResult =
  | { ok: true; catalog: PuzzleCatalog; files: ParsedPuzzleFile[] }
  | { ok: false; errors: ContentError[]; files: ParsedPuzzleFile[] };

export async function loadPuzzles(dir: string = defaultPuzzlesDir): Promise<PuzzleLoadResult> {
  const read = await readContentDir(dir, parsePuzzleText);
  if (!read.ok) return { ok: false, errors: read.errors, files: [] };
  const { files } = read;
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
