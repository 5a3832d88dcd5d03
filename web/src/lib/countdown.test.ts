import { describe, expect, it } from 'vitest';
import type { ClockView } from '../../../server/protocol/index.js';
import { displaySeconds, isUrgent, remainingFraction, remainingMs } from './countdown.js';

const clock = (over: Partial<ClockView> = {}): ClockView => ({
  deadline: 1_000_000 + 20_000,
  remainingMs: 20_000,
  paused: false,
  serverNow: 1_000_000,
  ...over,
});

describe('remainingMs', () => {
  it('subtracts the time since the view arrived, not the server clock', () => {
    // The client clock is 1 hour off the server's; only the elapsed local time matters.
    const receivedAt = 5_000_000_000;
    expect(remainingMs(clock(), receivedAt, receivedAt + 3_500)).toBe(16_500);
  });

  it('never goes below zero', () => {
    expect(remainingMs(clock({ remainingMs: 1_000 }), 0, 5_000)).toBe(0);
  });

  it('freezes while paused', () => {
    expect(remainingMs(clock({ paused: true, remainingMs: 7_000, deadline: null }), 0, 60_000)).toBe(7_000);
  });

  it('ignores a local clock that went backwards', () => {
    expect(remainingMs(clock(), 10_000, 9_000)).toBe(20_000);
  });
});

describe('displaySeconds', () => {
  it('rounds up so zero only shows when time is over', () => {
    expect(displaySeconds(20_000)).toBe(20);
    expect(displaySeconds(19_001)).toBe(20);
    expect(displaySeconds(200)).toBe(1);
    expect(displaySeconds(0)).toBe(0);
    expect(displaySeconds(-50)).toBe(0);
  });
});

describe('remainingFraction and isUrgent', () => {
  it('clamps the fraction', () => {
    expect(remainingFraction(10_000, 20_000)).toBe(0.5);
    expect(remainingFraction(30_000, 20_000)).toBe(1);
    expect(remainingFraction(5, 0)).toBe(0);
  });

  it('flags the last five seconds', () => {
    expect(isUrgent(5_000)).toBe(true);
    expect(isUrgent(5_001)).toBe(false);
    expect(isUrgent(0)).toBe(false);
  });
});
