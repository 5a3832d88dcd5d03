import { describe, expect, it } from 'vitest';
import { commandsCsv } from './commands-csv.js';

describe('commandsCsv', () => {
  it('one quoted row per command, formulas neutralised', () => {
    const csv = commandsCsv([
      {
        roundId: 'r1',
        puzzleId: 'tiny',
        teamId: 'team-1',
        nickname: '=cmd()',
        seq: 1,
        line: 'kubectl get svc',
        exitCode: 0,
        output: 'NAME   TYPE\nweb    ClusterIP, "x"\n',
        ranAt: new Date(Date.UTC(2025, 0, 1)),
      },
    ]);
    expect(csv).toBe(
      'round_id,puzzle_id,team,seq,nickname,ran_at,command,exit_code,output\r\n' +
        `r1,tiny,team-1,1,'=cmd(),2025-01-01T00:00:00.000Z,kubectl get svc,0,"NAME   TYPE\nweb    ClusterIP, ""x""\n"\r\n`,
    );
  });

  it('quotes a command holding `;` and neutralises a full-width formula in the output', () => {
    const csv = commandsCsv([
      {
        roundId: 'r1',
        puzzleId: 'tiny',
        teamId: 'team-1',
        nickname: 'ana',
        seq: 2,
        line: 'kubectl get svc;=cmd()',
        exitCode: 1,
        output: '\uFF20SUM(A1)',
        ranAt: new Date(Date.UTC(2025, 0, 1)),
      },
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      `r1,tiny,team-1,2,ana,2025-01-01T00:00:00.000Z,"kubectl get svc;=cmd()",1,'\uFF20SUM(A1)`,
    );
  });
});
