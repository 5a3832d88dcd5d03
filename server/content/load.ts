/**
 * Reads every scenario file (`*.yaml`, `*.yml`, `*.json`) from a directory. The thin I/O edge around
 * the pure parser and catalogue; the server calls it at start-up and refuses to start on errors.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog } from './catalog.js';
import type { ScenarioCatalog } from './catalog.js';
import { formatContentError, parseScenarioText } from './parse.js';
import type { ContentError, ParsedFile } from './parse.js';

export type { ScenarioCatalog } from './catalog.js';
export type { ContentError, ParsedFile } from './parse.js';
export { formatContentError } from './parse.js';

/** The repository's `scenarios/` directory, independent of the working directory. */
export const defaultScenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

const scenarioFile = /\.(ya?ml|json)$/i;

export type LoadResult =
  | { ok: true; catalog: ScenarioCatalog; files: ParsedFile[] }
  | { ok: false; errors: ContentError[]; files: ParsedFile[] };

export async function loadScenarios(dir: string = defaultScenariosDir): Promise<LoadResult> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((e) => e.isFile() && scenarioFile.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      errors: [{ file: label(dir), path: '', message: `cannot read directory: ${reason}` }],
      files: [],
    };
  }
  if (names.length === 0) {
    const message = 'no scenario files (*.yaml, *.yml, *.json) found';
    return { ok: false, errors: [{ file: label(dir), path: '', message }], files: [] };
  }

  const files = await Promise.all(
    names.map(async (name): Promise<ParsedFile> => {
      const full = path.join(dir, name);
      try {
        return parseScenarioText(label(full), await readFile(full, 'utf8'));
      } catch (err) {
        const message = `cannot read file: ${err instanceof Error ? err.message : String(err)}`;
        return { ok: false, file: label(full), errors: [{ file: label(full), path: '', message }] };
      }
    }),
  );
  const built = buildCatalog(files);
  return built.ok ? { ok: true, catalog: built.catalog, files } : { ok: false, errors: built.errors, files };
}

/**
 * The server's start-up entry: the catalogue, or every problem already formatted as
 * `<file>: <path>: <message> (line N)` so it can be printed before refusing to start.
 */
export async function loadScenarioDir(
  dir: string = defaultScenariosDir,
): Promise<{ ok: true; catalog: ScenarioCatalog } | { ok: false; errors: string[] }> {
  const result = await loadScenarios(dir);
  return result.ok
    ? { ok: true, catalog: result.catalog }
    : { ok: false, errors: result.errors.map(formatContentError) };
}

/** Paths under the working directory are shown relative to it (`scenarios/x.yaml`), others in full. */
function label(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
}
