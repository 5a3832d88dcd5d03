/**
 * The scenario-file half of `npm run scenarios:check` (the command itself, which also checks the puzzle
 * rounds against scenarios/puzzles, is server/puzzles/scenarios-check-cli.ts): one
 * `ok: <file> (<n> questions)` line per good file, one `<file>: <path>: <message> (line N)` per problem.
 */
import { formatContentError, type LoadResult } from './load.js';

export interface ScenarioReport {
  /** In file order; problems not tied to a parsed file (an unreadable directory) last. */
  lines: string[];
  problems: number;
}

export function reportScenarios(result: LoadResult): ScenarioReport {
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
  lines.push(...errors.filter((e) => !reported.has(e.file)).map(formatContentError));
  return { lines, problems: errors.length };
}
