import { describe, expect, it } from 'vitest';
import { humanDuration } from './duration.js';
import { renderTable } from './table.js';

describe('humanDuration', () => {
  const s = 1000;
  const m = 60 * s;
  const h = 60 * m;
  const d = 24 * h;
  it.each([
    [-5 * s, '<invalid>'],
    [-1 * s, '0s'],
    [0, '0s'],
    [5 * s, '5s'],
    [119 * s, '119s'],
    [120 * s, '2m'],
    [150 * s, '2m30s'],
    [3 * m + 2 * s, '3m2s'],
    [10 * m, '10m'],
    [179 * m, '179m'],
    [3 * h, '3h'],
    [3 * h + 30 * m, '3h30m'],
    [10 * h, '10h'],
    [47 * h, '47h'],
    [50 * h, '2d2h'],
    [51 * h, '2d3h'],
    [72 * h, '3d'],
    [10 * d, '10d'],
    [400 * d, '400d'],
    [800 * d, '2y70d'],
    [3000 * d, '8y'],
  ])('%d ms → %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });
});

describe('renderTable', () => {
  it('pads every column but the last to width + 3 (min 6)', () => {
    expect(
      renderTable([
        ['NAME', 'A', 'AGE'],
        ['kubernetes', 'B', '5s'],
      ]),
    ).toBe('NAME         A     AGE\nkubernetes   B     5s\n');
  });
});
