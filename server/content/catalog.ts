/**
 * The in-memory catalogue of scenario sets the server offers, built from parsed files.
 * Pure: duplicate set ids across files are detected here, not in the file parser.
 */
import type { ContentError, ParsedFile } from './parse.js';
import type { ScenarioSet } from './schema.js';

export interface ScenarioCatalog {
  /** All sets in file-name order (the host's "pick a set" screen summarises them). */
  list(): ScenarioSet[];
  get(id: string): ScenarioSet | undefined;
}

export type CatalogResult = { ok: true; catalog: ScenarioCatalog } | { ok: false; errors: ContentError[] };

export function buildCatalog(files: readonly ParsedFile[]): CatalogResult {
  const r = itemsById(
    files.map((f) => (f.ok ? { ...f, item: f.set } : f)),
    'set',
  );
  return r.ok ? { ok: true, catalog: catalogOf(r.items) } : r;
}

/** A parsed content file, whatever kind of item it holds. */
export type ParsedItem<T> =
  { ok: true; file: string; item: T; idLine?: number } | { ok: false; errors: ContentError[] };

/**
 * The items in file order; or every file's errors plus one per id a later file reuses (at its `id:` line).
 * Shared by the scenario and puzzle catalogues.
 */
export function itemsById<T extends { id: string }>(
  files: readonly ParsedItem<T>[],
  noun: string,
): { ok: true; items: T[] } | { ok: false; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const byId = new Map<string, { item: T; file: string }>();
  for (const f of files) {
    if (!f.ok) {
      errors.push(...f.errors);
      continue;
    }
    const first = byId.get(f.item.id);
    if (first !== undefined) {
      const e: ContentError = {
        file: f.file,
        path: 'id',
        message: `duplicate ${noun} id "${f.item.id}" (already used by ${first.file})`,
      };
      errors.push(f.idLine === undefined ? e : { ...e, line: f.idLine });
      continue;
    }
    byId.set(f.item.id, { item: f.item, file: f.file });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, items: [...byId.values()].map((v) => v.item) };
}

export function catalogOf(sets: readonly ScenarioSet[]): ScenarioCatalog {
  const byId = new Map(sets.map((s) => [s.id, s]));
  return {
    list: () => [...sets],
    get: (id) => byId.get(id),
  };
}

/**
 * The catalogue without the sets made for automated tests (`testSet: true`): what the server offers
 * unless ENABLE_TEST_SETS=1. One filter at the catalogue, so listing, games, practice and leaderboards
 * all agree that such a set does not exist.
 */
export function withoutTestSets(catalog: ScenarioCatalog): ScenarioCatalog {
  return catalogOf(catalog.list().filter((s) => s.testSet !== true));
}
