import { describe, expect, it } from 'vitest';
import type { TerminalEntry } from '../../../server/protocol/index.js';
import { commandLine, entryText, outputText, unseen } from './transcript.js';

const entry = (seq: number, over: Partial<TerminalEntry> = {}): TerminalEntry => ({
  seq,
  playerId: 'p1',
  nickname: 'ada',
  line: 'kubectl get svc',
  files: [],
  output: 'NAME   TYPE\nweb    ClusterIP\n',
  truncated: false,
  exitCode: 0,
  at: 0,
  ...over,
});

describe('transcript', () => {
  it('attributes each command and prints the output as sent', () => {
    expect(entryText(entry(1))).toBe('ada $ kubectl get svc\nNAME   TYPE\nweb    ClusterIP\n');
    expect(commandLine(entry(1, { line: 'kubectl apply -f web.yaml', files: ['web.yaml'] }))).toBe(
      'ada $ kubectl apply -f web.yaml   # with web.yaml',
    );
  });

  it('ends output with one line break and prints nothing for empty output', () => {
    expect(outputText('x')).toBe('x\n');
    expect(outputText('')).toBe('');
    expect(entryText(entry(1, { output: '' }))).toBe('ada $ kubectl get svc\n');
  });

  it('neutralises escape sequences a team mate could type', () => {
    expect(outputText('a\x1b[31mred\x07\tok\n')).toBe('a?[31mred?\tok\n');
    expect(commandLine(entry(1, { line: 'echo \x1b[2J' }))).toBe('ada $ echo ?[2J');
  });

  it('neutralises 8-bit (C1) sequences: an OSC 11 recolour and an OSC 8 link', () => {
    const line =
      'kubectl get svc \u009d11;rgb:ff/00/00\u009c\u009d8;;https://evil.example\u009cclick\u009d8;;\u009c';
    expect(commandLine(entry(1, { line }))).toBe(
      'ada $ kubectl get svc ?11;rgb:ff/00/00??8;;https://evil.example?click?8;;?',
    );
    expect(entryText(entry(1, { output: 'x\u009b2J\r\n' }))).toBe('ada $ kubectl get svc\nx?2J\n');
  });

  it('neutralises every part of the command line, line breaks included', () => {
    const e = entry(1, {
      nickname: 'ev\u009bil',
      line: 'kubectl apply -f a.yaml\nbob $ kubectl delete svc web',
      files: ['a\x1b]8;;x\x07.yaml', 'b\u202e.yaml'],
      output: '',
    });
    expect(commandLine(e)).toBe(
      'ev?il $ kubectl apply -f a.yaml?bob $ kubectl delete svc web   # with a?]8;;x?.yaml, b?.yaml',
    );
    expect(entryText(e).split('\n')).toHaveLength(2);
  });

  it('returns the entries after the last printed one, in order', () => {
    expect(unseen([entry(3), entry(1), entry(2)], 1).map((e) => e.seq)).toEqual([2, 3]);
    expect(unseen([entry(1)], 1)).toEqual([]);
  });
});
