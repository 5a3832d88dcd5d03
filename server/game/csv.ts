/**
 * Results export: RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or line
 * break), one row per player per question, header first. Takes plain rows (as read back from the
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

/**
 * Spreadsheets run cells that start with = + - @ (or tab/CR) as formulas: a nickname like
 * `=HYPERLINK(...)` must stay text, so such cells get a leading apostrophe (OWASP "CSV injection").
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function resultsCsv(input: CsvInput): string {
  const rankOf = new Map(input.ranking.map((r) => [r.playerId, r.rank]));
  const players = input.players
    .map((p, order) => ({ p, order, rank: rankOf.get(p.playerId) ?? null }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.order - b.order);
  const answers = new Map(input.answers.map((a) => [`${a.playerId}\u0000${a.questionId}`, a]));
  const rows: string[][] = [[...CSV_HEADER]];
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
        rank === null ? '' : String(rank),
        neutralizeFormula(p.nickname),
        String(i + 1),
        q.id,
        neutralizeFormula(q.prompt),
        neutralizeFormula(answer),
        a?.correct ? 'true' : 'false',
        a ? String(a.responseMs) : '',
        String(a?.points ?? 0),
      ]);
    });
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
