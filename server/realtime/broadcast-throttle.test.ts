import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BroadcastThrottle } from './broadcast-throttle.js';

describe('BroadcastThrottle', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('sends the first change at once and merges the rest of the window into one send of the newest', () => {
    const t = new BroadcastThrottle(100);
    const sent: string[] = [];
    t.request('ROOM', () => sent.push('v1'));
    expect(sent).toEqual(['v1']); // a quiet room: no delay
    t.request('ROOM', () => sent.push('v2'));
    t.request('ROOM', () => sent.push('v3'));
    vi.advanceTimersByTime(99);
    expect(sent).toEqual(['v1']);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(['v1', 'v3']); // only the newest state of the window
    t.request('ROOM', () => sent.push('v4')); // still inside the window the last send opened
    vi.advanceTimersByTime(100);
    expect(sent).toEqual(['v1', 'v3', 'v4']);
    vi.advanceTimersByTime(100); // a window without changes closes
    t.request('ROOM', () => sent.push('v5'));
    expect(sent).toEqual(['v1', 'v3', 'v4', 'v5']); // quiet again: at once
  });

  it('keeps rooms apart', () => {
    const t = new BroadcastThrottle(100);
    const sent: string[] = [];
    t.request('A', () => sent.push('a1'));
    t.request('B', () => sent.push('b1'));
    t.request('A', () => sent.push('a2'));
    expect(sent).toEqual(['a1', 'b1']);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual(['a1', 'b1', 'a2']);
  });

  it('sends what is pending on flushAll, and leaves no timer behind', () => {
    const t = new BroadcastThrottle(100);
    const sent: string[] = [];
    t.request('A', () => sent.push('a1'));
    t.request('A', () => sent.push('a2'));
    t.flushAll();
    expect(sent).toEqual(['a1', 'a2']);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(500);
    expect(sent).toEqual(['a1', 'a2']);
  });

  it('with interval 0 sends every request at once', () => {
    const t = new BroadcastThrottle(0);
    const sent: number[] = [];
    for (let i = 0; i < 3; i++) t.request('A', () => sent.push(i));
    expect(sent).toEqual([0, 1, 2]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
