/**
 * Start-up loading of the puzzles that scenario sets use: `<scenarios dir>/puzzles/*.yaml`, then a check
 * that every puzzle round of every set names a loaded puzzle. A scenarios directory without a `puzzles`
 * folder is fine as long as no set has a puzzle round.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ScenarioCatalog } from '../content/catalog.js';
import { formatContentError } from '../content/parse.js';
import { buildPuzzleCatalog, loadPuzzleDir, type PuzzleCatalog } from './load.js';
import { checkPuzzleRefs } from './set-refs.js';

export async function loadPuzzleContent(
  scenariosDir: string,
  sets: ScenarioCatalog,
): Promise<{ ok: true; catalog: PuzzleCatalog } | { ok: false; errors: string[] }> {
  const dir = path.join(scenariosDir, 'puzzles');
  const loaded = existsSync(dir) ? await loadPuzzleDir(dir) : emptyCatalog();
  if (!loaded.ok) return loaded;
  const files = sets.list().map((set) => ({ ok: true as const, file: `set "${set.id}"`, set }));
  const errors = checkPuzzleRefs(files, (id) => loaded.catalog.get(id) !== undefined);
  return errors.length === 0 ? loaded : { ok: false, errors: errors.map(formatContentError) };
}

function emptyCatalog(): { ok: true; catalog: PuzzleCatalog } {
  const built = buildPuzzleCatalog([]);
  if (!built.ok) throw new Error('an empty puzzle catalogue cannot fail');
  return built;
}
