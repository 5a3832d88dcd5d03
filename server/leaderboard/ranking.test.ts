import { describe, expect, it } from 'vitest';
import { beats, compareRankKeys, type RankKey } from './ranking.js';

const key = (over: Partial<RankKey> = {}): RankKey => ({
  score: 1000,
  durationMs: 30_000,
  finishedAt: 1_700_000_000_000,
  runId: 5,
  ...over,
});

describe('practice board order', () => {
  it('ranks by score, then the shorter run, the earlier finish, the lower run id', () => {
    const rows = [
      key({ runId: 6 }),
      key({ score: 900 }),
      key({ durationMs: 20_000 }),
      key({ finishedAt: 1_600_000_000_000 }),
      key(),
    ];
    expect(rows.sort(compareRankKeys)).toEqual([
      key({ durationMs: 20_000 }),
      key({ finishedAt: 1_600_000_000_000 }),
      key(),
      key({ runId: 6 }),
      key({ score: 900 }),
    ]);
  });

  it('lets only a strictly better run replace a best', () => {
    expect(beats(key({ score: 1001 }), key())).toBe(true);
    expect(beats(key(), key())).toBe(false);
    expect(beats(key({ durationMs: 31_000 }), key())).toBe(false);
  });
});
