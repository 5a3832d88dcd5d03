import { describe, expect, it } from 'vitest';
import {
  csvFileName,
  formatMs,
  formatPoints,
  formatScore,
  ordinal,
  progressLabel,
  setLength,
} from './format.js';

describe('format', () => {
  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });

  it('signs earned points and groups thousands', () => {
    expect(formatPoints(850)).toBe('+850');
    expect(formatPoints(1500)).toBe('+1,500');
    expect(formatPoints(0)).toBe('0');
    expect(formatScore(12345)).toBe('12,345');
  });

  it('shows response times in seconds', () => {
    expect(formatMs(1234)).toBe('1.2 s');
  });

  it('builds a safe CSV file name', () => {
    expect(csvFileName('ABC123', 'services/basics')).toBe('kube-arena-ABC123-services-basics-results.csv');
    expect(csvFileName('ABC123', '///')).toBe('kube-arena-ABC123-game-results.csv');
  });
});

describe('progressLabel', () => {
  it('counts questions in plain sets and rounds in mixed ones', () => {
    expect(progressLabel({ questionIndex: 1, questionCount: 5, stepIndex: 1, stepCount: 5 })).toBe(
      'After question 2 of 5',
    );
    expect(progressLabel({ questionIndex: 0, questionCount: 2, stepIndex: 1, stepCount: 3 })).toBe(
      'After round 2 of 3',
    );
  });
});

describe('setLength', () => {
  it('counts questions, and puzzle rounds apart so a puzzle set never reads as empty', () => {
    expect(setLength({ questionCount: 12, stepCount: 12 })).toBe('12 questions');
    expect(setLength({ questionCount: 3, stepCount: 14 })).toBe('3 questions, 11 puzzle rounds');
    expect(setLength({ questionCount: 0, stepCount: 1 })).toBe('0 questions, 1 puzzle round');
    expect(setLength({ questionCount: 1, stepCount: 1 })).toBe('1 question');
  });
});
