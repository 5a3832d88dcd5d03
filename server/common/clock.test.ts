import { describe, expect, it } from 'vitest';
import { ManualClock, systemClock } from './clock.js';

describe('ManualClock', () => {
  it('fires due timers in time order, each at its own time', () => {
    const clock = new ManualClock(1000);
    const fired: string[] = [];
    clock.setTimer(() => fired.push(`b@${clock.now()}`), 200);
    clock.setTimer(() => fired.push(`a@${clock.now()}`), 100);
    const cancelled = clock.setTimer(() => fired.push('never'), 150);
    clock.clearTimer(cancelled);
    clock.advance(150);
    expect(fired).toEqual(['a@1100']);
    expect(clock.now()).toBe(1150);
    clock.advance(100);
    expect(fired).toEqual(['a@1100', 'b@1200']);
    expect(clock.now()).toBe(1250);
  });

  it('runs timers that timers set, when they fall inside the advance', () => {
    const clock = new ManualClock(0);
    const fired: number[] = [];
    clock.setTimer(() => {
      fired.push(clock.now());
      clock.setTimer(() => fired.push(clock.now()), 10);
    }, 10);
    clock.advance(25);
    expect(fired).toEqual([10, 20]);
  });
});

describe('systemClock', () => {
  it('reads the real time and sets real timers', async () => {
    const before = Date.now();
    expect(systemClock.now()).toBeGreaterThanOrEqual(before);
    await new Promise<void>((resolve) => systemClock.setTimer(resolve, 1));
    const handle = systemClock.setTimer(() => {
      throw new Error('cleared timers never fire');
    }, 1);
    systemClock.clearTimer(handle);
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
});
