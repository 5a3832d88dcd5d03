/**
 * Reads every scenario file (`*.yaml`, `*.yml`, `*.json`) from a directory. The thin I/O edge around
 * the pure parser and catalogue; the server calls it at start-up and refuses to start on errors.
 */
import { fileURLToPath } from 'node:url';
import { buildCatalog, withoutTestSets } from './catalog.js';
import type { ScenarioCatalog } from './catalog.js';
import { formatContentError, parseScenarioText } from './parse.js';
import type { ContentError, ParsedFile } from './parse.js';
import { label, readContentDir } from './read-dir.js';

export type { ScenarioCatalog } from './catalog.js';
export type { ContentError, ParsedFile } from './parse.js';
export { formatContentError } from './parse.js';

/** The repository's `scenarios/` directory, independent of the working directory. */
export const defaultScenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export type LoadResult =
  | { ok: true; catalog: ScenarioCatalog; files: ParsedFile[] }
  | { ok: false; errors: ContentError[]; files: ParsedFile[] };

export async function loadScenarios(dir: string = defaultScenariosDir): Promise<LoadResult> {
  const read = await readContentDir(dir, parseScenarioText);
  if (!read.ok) return { ok: false, errors: read.errors, files: [] };
  const { files } = read;
  if (files.length === 0) {
    const message = 'no scenario files (*.yaml, *.yml, *.json) found';
    return { ok: false, errors: [{ file: label(dir), path: '', message }], files: [] };
  }
  const built = buildCatalog(files);
  return built.ok ? { ok: true, catalog: built.catalog, files } : { ok: false, errors: built.errors, files };
}

/**
 * The server's start-up entry: the catalogue it serves, or every problem already formatted as
 * `<file>: <path>: <message> (line N)` so it can be printed before refusing to start. Every file is
 * validated, but sets made for tests (`testSet: true`) are served only with `testSets` (ENABLE_TEST_SETS).
 */
export async function loadScenarioDir(
  dir: string = defaultScenariosDir,
  options: { testSets?: boolean } = {},
): Promise<{ ok: true; catalog: ScenarioCatalog } | { ok: false; errors: string[] }> {
  const result = await loadScenarios(dir);
  if (!result.ok) return { ok: false, errors: result.errors.map(formatContentError) };
  return { ok: true, catalog: options.testSets ? result.catalog : withoutTestSets(result.catalog) };
}
