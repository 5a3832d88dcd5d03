/**
 * Reads every puzzle file (`*.yaml`, `*.yml`, `*.json`) from scenarios/puzzles: the only I/O of the
 * puzzle module. Errors come out in the question loader's format (`<file>: <path>: <message> (line N)`).
 */
import { fileURLToPath } from 'node:url';
import { formatContentError } from '../content/parse.js';
import type { ContentError } from '../content/parse.js';
import { itemsById } from '../content/catalog.js';
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
  const r = itemsById(
    files.map((f) => (f.ok ? { ...f, item: f.puzzle } : f)),
    'puzzle',
  );
  if (!r.ok) return r;
  const list = r.items;
  const byId = new Map(list.map((p) => [p.id, p]));
  return { ok: true, catalog: { list: () => [...list], get: (id) => byId.get(id) } };
}
