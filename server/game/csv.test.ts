import { describe, expect, it } from 'vitest';
import { csvCell, csvText, resultsCsv, type CsvInput } from './csv.js';
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

  it('keeps a `;`-separated formula and a full-width one inert in every locale', () => {
    const csv = resultsCsv({
      ...input,
      players: [
        { playerId: 'p_a', nickname: 'x;=cmd()' },
        { playerId: 'p_b', nickname: '\uFF1Dcmd()' },
      ],
      answers: [],
      ranking: [],
    });
    const lines = csv.split('\r\n');
    expect(lines[1]?.startsWith(',"x;=cmd()",1,')).toBe(true);
    expect(lines[4]?.startsWith(",'\uFF1Dcmd(),1,")).toBe(true);
  });

  it('a header alone when nobody played', () => {
    expect(resultsCsv({ ...input, players: [], answers: [], ranking: [] })).toBe(
      'rank,nickname,question_number,question_id,question,answer,correct,response_ms,points\r\n',
    );
  });
});

describe('csvCell: the one rule for every CSV cell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    // `;`-separated locales split on `;` (and tab): a cell holding one stays one cell.
    ['a;=HYPERLINK("x")', '"a;=HYPERLINK(""x"")"'],
    ['tab\there', '"tab\there"'],
    ['', ''],
  ])('quotes %j as %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+cmd', "'+cmd"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    // Full-width forms, which spreadsheets in East Asian locales read as the ASCII ones.
    ['\uFF1D1+2', "'\uFF1D1+2"],
    ['\uFF0Bcmd', "'\uFF0Bcmd"],
    ['\uFF0D2', "'\uFF0D2"],
    ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
    // A leading tab or CR also starts a formula; the neutralised cell is then quoted for its tab/CR.
    ['\tTAB', `"'\tTAB"`],
    ['\r=1', `"'\r=1"`],
    // Neutralised and quoted: the comma and quotes stay inside the one cell.
    ['=HYPERLINK("x"),"evil"', `"'=HYPERLINK(""x""),""evil"""`],
    ['safe = yes', 'safe = yes'],
  ])('neutralises %j as %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('writes numbers and booleans as they are (no text from a user, so nothing to neutralise)', () => {
    expect([csvCell(-1), csvCell(950), csvCell(true), csvCell(false), csvCell(null)]).toEqual([
      '-1',
      '950',
      'true',
      'false',
      '',
    ]);
  });

  it('csvText: rows of cells, CRLF after each row', () => {
    expect(
      csvText([
        ['a', 1],
        ['=b;c', null],
      ]),
    ).toBe(`a,1\r\n"'=b;c",\r\n`);
  });
});
