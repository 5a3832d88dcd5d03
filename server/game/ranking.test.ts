import { describe, expect, it } from 'vitest';
import { rankPlayers, type RankInput } from './ranking.js';

const p = (playerId: string, score: number, totalResponseMs: number): RankInput => ({
  playerId,
  nickname: playerId.toUpperCase(),
  score,
  correctCount: score > 0 ? 1 : 0,
  totalResponseMs,
});

describe('rankPlayers', () => {
  it('orders by score, then lower total response time, then join order', () => {
    const ranking = rankPlayers([
      p('a', 900, 3000),
      p('b', 1200, 9000),
      p('c', 900, 2000),
      p('d', 900, 2000),
    ]);
    expect(ranking.map((r) => [r.playerId, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 3],
      ['a', 4],
    ]);
  });

  it('carries the entry fields', () => {
    expect(rankPlayers([p('a', 10, 5)])).toEqual([
      { playerId: 'a', nickname: 'A', score: 10, rank: 1, correctCount: 1, totalResponseMs: 5 },
    ]);
  });

  it('handles nobody', () => {
    expect(rankPlayers([])).toEqual([]);
  });
});
