/** Token bucket: `capacity` events at once, refilled at `perSecond`. Used per socket and per IP. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond);
    this.updatedAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Gives back a token taken for something that turned out not to count (see `KeyedRateLimiter.refund`). */
  refund(): void {
    this.tokens = Math.min(this.capacity, this.tokens + 1);
  }
}

/** Buckets by key (an IP, a token), forgetting keys not seen for a while so memory stays bounded. */
export class KeyedRateLimiter {
  private readonly buckets = new Map<string, { bucket: TokenBucket; seenAt: number }>();

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly forgetAfterMs = 10 * 60_000,
  ) {}

  take(key: string, now: number): boolean {
    if (this.buckets.size > 10_000) this.sweep(now);
    let entry = this.buckets.get(key);
    if (!entry) {
      entry = { bucket: new TokenBucket(this.capacity, this.perSecond, now), seenAt: now };
      this.buckets.set(key, entry);
    }
    entry.seenAt = now;
    return entry.bucket.take(now);
  }

  /**
   * Gives back the token a `take` for `key` used, when what it was taken for turned out not to count.
   * Counting only misses this way (take before the attempt, refund after a hit) holds a token while an
   * attempt runs, so a burst of parallel attempts cannot all start before the first one misses.
   */
  refund(key: string): void {
    this.buckets.get(key)?.bucket.refund();
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.buckets)
      if (now - entry.seenAt > this.forgetAfterMs) this.buckets.delete(key);
  }
}
