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
  const errors: ContentError[] = [];
  const byId = new Map<string, { set: ScenarioSet; file: string }>();
  for (const f of files) {
    if (!f.ok) {
      errors.push(...f.errors);
      continue;
    }
    const first = byId.get(f.set.id);
    if (first !== undefined) {
      const e: ContentError = {
        file: f.file,
        path: 'id',
        message: `duplicate set id "${f.set.id}" (already used by ${first.file})`,
      };
      errors.push(f.idLine === undefined ? e : { ...e, line: f.idLine });
      continue;
    }
    byId.set(f.set.id, { set: f.set, file: f.file });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, catalog: catalogOf([...byId.values()].map((v) => v.set)) };
}

export function catalogOf(sets: readonly ScenarioSet[]): ScenarioCatalog {
  const byId = new Map(sets.map((s) => [s.id, s]));
  return {
    list: () => [...sets],
    get: (id) => byId.get(id),
  };
}
