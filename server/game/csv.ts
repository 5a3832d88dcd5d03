/**
 * Results export: RFC 4180 CSV (CRLF line ends; every cell through `csvCell`, the one cell rule of
 * every CSV: formulas neutralised, quoted when it holds a separator, quote or line break), one row per
 * player per question, header first. Takes plain rows (as read back from the
 * database), not GameState, so it works for finished games that are no longer in memory.
 */
import type { AnswerRow } from '../common/records.js';
import type { Question } from '../content/schema.js';
import { choicesOf } from '../content/question-rules.js';

export interface CsvPlayer {
  playerId: string;
  nickname: string;
}

export type CsvAnswer = Pick<
  AnswerRow<unknown>,
  'playerId' | 'questionId' | 'choiceIds' | 'correct' | 'responseMs' | 'points'
>;

export interface CsvInput {
  /** The set's questions in game order (scenario content; true/false gets "True"/"False" as choices). */
  questions: readonly Question[];
  players: readonly CsvPlayer[];
  answers: readonly CsvAnswer[];
  /** Final ranks; players without one (e.g. kicked) come last with an empty rank. */
  ranking: readonly { playerId: string; rank: number }[];
}

export const CSV_HEADER = [
  'rank',
  'nickname',
  'question_number',
  'question_id',
  'question',
  'answer',
  'correct',
  'response_ms',
  'points',
] as const;

/** What a cell may hold: text (from users and content), or a number / boolean the server computed. */
export type CsvValue = string | number | boolean | null;

/**
 * Spreadsheets run a cell that starts with = + - @ (or their full-width forms, which East Asian
 * locales read the same, or a tab / CR) as a formula: a nickname like `=HYPERLINK(...)` must stay
 * text, so such text gets a leading apostrophe (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/;
/**
 * Quoted when it holds the separator of any locale — `,` or `;` (Excel in many European locales), a
 * tab — a quote or a line break: so no locale splits a cell and exposes a formula-looking piece of it.
 */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * The one rule for every CSV cell this server writes (results.csv, commands.csv). Numbers and booleans
 * are the server's own values (a rank, `-1`), written as they are; all text is neutralised and quoted.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 text: comma-separated cells, CRLF after every row (the header included). */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

export function resultsCsv(input: CsvInput): string {
  const rankOf = new Map(input.ranking.map((r) => [r.playerId, r.rank]));
  const players = input.players
    .map((p, order) => ({ p, order, rank: rankOf.get(p.playerId) ?? null }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.order - b.order);
  const answers = new Map(input.answers.map((a) => [`${a.playerId}\u0000${a.questionId}`, a]));
  const rows: CsvValue[][] = [[...CSV_HEADER]];
  for (const { p, rank } of players) {
    input.questions.forEach((q, i) => {
      const a = answers.get(`${p.playerId}\u0000${q.id}`);
      // Choice texts in the question's authored order, whatever order the player clicked them in.
      const answer = a
        ? choicesOf(q)
            .filter((c) => a.choiceIds.includes(c.id))
            .map((c) => c.text)
            .join(' | ')
        : '';
      rows.push([
        rank,
        p.nickname,
        i + 1,
        q.id,
        q.prompt,
        answer,
        a?.correct ?? false,
        a ? a.responseMs : null,
        a?.points ?? 0,
      ]);
    });
  }
  return csvText(rows);
}
