import { describe, expect, it } from 'vitest';
import { KeyedRateLimiter, TokenBucket } from './rate-limit.js';

describe('TokenBucket', () => {
  it('allows a burst of `capacity`, then refills at `perSecond`', () => {
    const bucket = new TokenBucket(3, 2, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(bucket.take(499)).toBe(false);
    expect(bucket.take(500)).toBe(true);
    // Never more than the capacity, however long it rested.
    const rested = [0, 1, 2, 3].map(() => bucket.take(60_000));
    expect(rested).toEqual([true, true, true, false]);
  });
});

describe('KeyedRateLimiter', () => {
  it('keeps one bucket per key', () => {
    const limiter = new KeyedRateLimiter(1, 1);
    expect(limiter.take('a', 0)).toBe(true);
    expect(limiter.take('a', 0)).toBe(false);
    expect(limiter.take('b', 0)).toBe(true);
    expect(limiter.take('a', 1000)).toBe(true);
  });

  it('forgets keys not seen for a while once it holds many', () => {
    const limiter = new KeyedRateLimiter(1, 0, 1000);
    for (let i = 0; i <= 10_000; i++) limiter.take(`k${i}`, 0);
    expect(limiter.take('k0', 0)).toBe(false);
    // The sweep drops the idle keys, so k0 starts over with a full bucket.
    limiter.take('fresh', 5000);
    expect(limiter.take('k0', 5000)).toBe(true);
  });

  it('refund gives back a taken token, never beyond the capacity, and ignores unknown keys', () => {
    const limiter = new KeyedRateLimiter(2, 0);
    expect([limiter.take('a', 0), limiter.take('a', 0), limiter.take('a', 0)]).toEqual([true, true, false]);
    limiter.refund('a');
    expect([limiter.take('a', 0), limiter.take('a', 0)]).toEqual([true, false]);
    limiter.refund('b');
    limiter.refund('a');
    limiter.refund('a');
    limiter.refund('a');
    expect([limiter.take('a', 0), limiter.take('a', 0), limiter.take('a', 0)]).toEqual([true, true, false]);
  });
});
