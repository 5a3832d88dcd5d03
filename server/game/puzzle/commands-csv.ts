/**
 * `GET /api/games/:code/commands.csv`: every terminal command of the game's puzzle rounds, one row each,
 * in the order they ran (RFC 4180 with results.csv's one cell rule, `csvCell`). The output is
 * the stored excerpt (first 2,000 characters).
 */
import { csvText, type CsvValue } from '../csv.js';

export interface CsvCommand {
  roundId: string;
  puzzleId: string;
  teamId: string;
  nickname: string;
  seq: number;
  line: string;
  exitCode: number;
  output: string;
  ranAt: Date;
}

export const COMMANDS_CSV_HEADER = [
  'round_id',
  'puzzle_id',
  'team',
  'seq',
  'nickname',
  'ran_at',
  'command',
  'exit_code',
  'output',
] as const;

export function commandsCsv(rows: readonly CsvCommand[]): string {
  const lines: CsvValue[][] = [[...COMMANDS_CSV_HEADER]];
  for (const r of rows) {
    lines.push([
      r.roundId,
      r.puzzleId,
      r.teamId,
      r.seq,
      r.nickname,
      r.ranAt.toISOString(),
      r.line,
      r.exitCode,
      r.output,
    ]);
  }
  return csvText(lines);
}
