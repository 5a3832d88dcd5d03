import { describe, expect, it } from 'vitest';
import { csvField, neutralizeFormula, resultsCsv, type CsvInput } from './csv.js';
import { fixtureSet } from './test-helpers.js';

/** A tiny RFC 4180 reader, to check the output parses back to what went in. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

const input: CsvInput = {
  questions: fixtureSet.questions.slice(0, 3),
  players: [
    { playerId: 'p_a', nickname: 'ana' },
    { playerId: 'p_b', nickname: '=HYPERLINK("x"),"evil"' },
    { playerId: 'p_k', nickname: 'kicked' },
  ],
  answers: [
    {
      playerId: 'p_a',
      questionId: 'q-single',
      choiceIds: ['clusterip'],
      correct: true,
      responseMs: 2000,
      points: 950,
    },
    {
      playerId: 'p_a',
      questionId: 'q-multi',
      choiceIds: ['targetport', 'port'],
      correct: true,
      responseMs: 3000,
      points: 2200,
    },
    {
      playerId: 'p_b',
      questionId: 'q-single',
      choiceIds: ['nodeport'],
      correct: false,
      responseMs: 4000,
      points: 0,
    },
    {
      playerId: 'p_b',
      questionId: 'q-tf',
      choiceIds: ['false'],
      correct: true,
      responseMs: 500,
      points: 1000,
    },
  ],
  ranking: [
    { playerId: 'p_b', rank: 2 },
    { playerId: 'p_a', rank: 1 },
  ],
};

describe('resultsCsv', () => {
  it('one row per player per question, ranked, header first, CRLF', () => {
    const csv = resultsCsv(input);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      'rank',
      'nickname',
      'question_number',
      'question_id',
      'question',
      'answer',
      'correct',
      'response_ms',
      'points',
    ]);
    expect(rows).toHaveLength(1 + 3 * 3);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['1', 'ana', '1', 'q-single'],
      ['1', 'ana', '2', 'q-multi'],
      ['1', 'ana', '3', 'q-tf'],
      ['2', `'=HYPERLINK("x"),"evil"`, '1', 'q-single'],
      ['2', `'=HYPERLINK("x"),"evil"`, '2', 'q-multi'],
      ['2', `'=HYPERLINK("x"),"evil"`, '3', 'q-tf'],
      ['', 'kicked', '1', 'q-single'],
      ['', 'kicked', '2', 'q-multi'],
      ['', 'kicked', '3', 'q-tf'],
    ]);
    // Choice texts in authored order, joined with " | "; unanswered → empty answer, no time, 0 points.
    expect(rows[2]?.slice(5)).toEqual(['port | targetPort', 'true', '3000', '2200']);
    expect(rows[3]?.slice(5)).toEqual(['', 'false', '', '0']);
    expect(rows[6]?.slice(5)).toEqual(['False', 'true', '500', '1000']);
    expect(rows[1]?.[4]).toBe('Which Service type is reachable only inside the cluster?');
  });

  it('quotes the formula-looking nickname, with its commas and quotes, as one field', () => {
    const line = resultsCsv(input).split('\r\n')[4]!;
    expect(line.startsWith(`2,"'=HYPERLINK(""x""),""evil""",1,q-single,`)).toBe(true);
  });

  it('a header alone when nobody played', () => {
    expect(resultsCsv({ ...input, players: [], answers: [], ranking: [] })).toBe(
      'rank,nickname,question_number,question_id,question,answer,correct,response_ms,points\r\n',
    );
  });
});

describe('csv helpers', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
  ])('csvField(%j) → %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+cmd', "'+cmd"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['safe = yes', 'safe = yes'],
  ])('neutralizeFormula(%j) → %j', (input, output) => {
    expect(neutralizeFormula(input)).toBe(output);
  });
});
