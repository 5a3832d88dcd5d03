/**
 * `npm run scenarios:check [-- --dir <path>]`: validates every scenario file (content/check-report.ts)
 * and that each puzzle round names a puzzle of `<dir>/puzzles`. Exits 1 on any problem, so CI and
 * authors get the same verdict as the server's start-up. It lives here, not in content, because it
 * needs both: puzzles may depend on content, never the other way round.
 */
import { reportScenarios } from '../content/check-report.js';
import { defaultScenariosDir, loadScenarios } from '../content/load.js';
import { loadPuzzleContent } from './set-puzzles.js';

function dirArg(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--dir');
  if (i === -1) return undefined;
  const dir = argv[i + 1];
  if (dir === undefined || dir.startsWith('--')) {
    console.error('usage: scenarios:check [--dir <directory>]');
    process.exit(2);
  }
  return dir;
}

const dir = dirArg(process.argv.slice(2));
const result = await loadScenarios(dir);
const report = reportScenarios(result);
const lines = report.lines;
let problems = report.problems;

// Puzzle rounds must name puzzles that exist (scenarios/puzzles, checked in full by puzzles:check).
if (result.ok) {
  const puzzles = await loadPuzzleContent(dir ?? defaultScenariosDir, result.catalog);
  if (!puzzles.ok) {
    lines.push(...puzzles.errors);
    problems += puzzles.errors.length;
  }
}

for (const line of lines) (line.startsWith('ok: ') ? console.log : console.error)(line);
if (problems > 0) {
  console.error(`${problems} problem${problems === 1 ? '' : 's'} found`);
  process.exitCode = 1;
}
