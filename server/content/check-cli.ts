/**
 * `npm run scenarios:check [-- --dir <path>]`: validates every scenario file and prints
 * `ok: <file> (<n> questions)` per good file or `<file>: <path>: <message> (line N)` per problem.
 * Exits 1 on any problem, so CI and authors get the same verdict as the server's start-up.
 */
import { defaultScenariosDir, formatContentError, loadScenarios } from './load.js';
import { loadPuzzleContent } from './puzzle-content.js';

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

const result = await loadScenarios(dirArg(process.argv.slice(2)));
const errors = result.ok ? [] : result.errors;
const lines: string[] = [];
const reported = new Set<string>();
for (const f of result.files) {
  const own = errors.filter((e) => e.file === f.file);
  reported.add(f.file);
  if (own.length > 0) lines.push(...own.map(formatContentError));
  else if (f.ok) {
    const rounds = (f.set.steps ?? []).filter((s) => s.kind === 'puzzle').length;
    const puzzles = rounds ? `, ${rounds} puzzle round${rounds === 1 ? '' : 's'}` : '';
    lines.push(`ok: ${f.file} (${f.set.questions.length} questions${puzzles})`);
  }
}
// Problems not tied to a parsed file, such as an unreadable directory.
lines.push(...errors.filter((e) => !reported.has(e.file)).map(formatContentError));

// Puzzle rounds must name puzzles that exist (scenarios/puzzles, checked in full by puzzles:check).
if (result.ok) {
  const puzzles = await loadPuzzleContent(
    dirArg(process.argv.slice(2)) ?? defaultScenariosDir,
    result.catalog,
  );
  if (!puzzles.ok) {
    lines.push(...puzzles.errors);
    errors.push(...puzzles.errors.map((message) => ({ file: '', path: '', message })));
  }
}

for (const line of lines) (line.startsWith('ok: ') ? console.log : console.error)(line);
if (errors.length > 0) {
  console.error(`${errors.length} problem${errors.length === 1 ? '' : 's'} found`);
  process.exitCode = 1;
}
