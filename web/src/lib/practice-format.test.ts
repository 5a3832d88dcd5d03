import { describe, expect, it } from 'vitest';
import { formatAccuracy, formatDuration, pageCount, pageOfRank, runProgress } from './practice-format.js';

describe('practice formatting', () => {
  it('formats accuracy without claiming a perfect run too early', () => {
    expect(formatAccuracy(2 / 3)).toBe('67%');
    expect(formatAccuracy(1)).toBe('100%');
    expect(formatAccuracy(0.996)).toBe('99%');
    expect(formatAccuracy(0)).toBe('0%');
    expect(formatAccuracy(1.5)).toBe('100%');
  });

  it('formats durations by size', () => {
    expect(formatDuration(4200)).toBe('4.2 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
    expect(formatDuration(null)).toBe('–');
    expect(formatDuration(-1)).toBe('–');
  });

  it('counts pages and finds the page of a rank', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
    expect(pageOfRank(1, 20)).toBe(1);
    expect(pageOfRank(20, 20)).toBe(1);
    expect(pageOfRank(21, 20)).toBe(2);
  });

  it('shows progress for questions, feedback and the end', () => {
    expect(runProgress({ position: 0, total: 3, phase: 'question' })).toEqual({
      done: 0,
      total: 3,
      fraction: 0,
      label: 'Question 1 of 3',
    });
    expect(runProgress({ position: 0, total: 4, phase: 'feedback' })).toMatchObject({
      done: 1,
      fraction: 0.25,
      label: 'Question 1 of 4',
    });
    expect(runProgress({ position: 3, total: 4, phase: 'finished' })).toMatchObject({
      done: 4,
      fraction: 1,
      label: 'All 4 done',
    });
  });
});
