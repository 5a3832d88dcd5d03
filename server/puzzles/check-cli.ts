/**
 * `npx tsx server/puzzles/check-cli.ts [DIR] [--seeds 1,2,3]`: validates every puzzle file, then plays
 * each puzzle from its broken start through its reference solution for several seeds. Exit code 1 on
 * any problem, so it can run in CI next to `npm run scenarios:check`.
 */
import { formatContentError } from '../content/parse.js';
import { loadPuzzles } from './load.js';
import { DEFAULT_SEEDS, verifyPuzzle } from './verify.js';

export async function main(argv: readonly string[]): Promise<number> {
  const seedsAt = argv.indexOf('--seeds');
  const seeds =
    seedsAt >= 0 ? (argv[seedsAt + 1] ?? '').split(',').map(Number).filter(Number.isFinite) : DEFAULT_SEEDS;
  const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--seeds');
  const loaded = await loadPuzzles(dir);
  if (!loaded.ok) {
    for (const e of loaded.errors) console.error(formatContentError(e));
    return 1;
  }
  let failed = 0;
  for (const puzzle of loaded.catalog.list()) {
    const problems = verifyPuzzle(puzzle, seeds);
    failed += problems.length;
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${puzzle.id}`);
    for (const p of problems) console.log(`     seed ${p.seed}: ${p.message}`);
  }
  console.log(`${loaded.catalog.list().length} puzzles, ${seeds.length} seeds each, ${failed} problems`);
  return failed === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
