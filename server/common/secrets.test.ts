import { describe, expect, it } from 'vitest';
import { hashToken, newJoinCode, newSeed, newToken, resultKeyOf, sameHash } from './secrets.js';

describe('secrets', () => {
  it('makes join codes without look-alike characters', () => {
    for (let i = 0; i < 50; i++) expect(newJoinCode()).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  });

  it('makes distinct url-safe tokens and keeps only their hash', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newToken()).not.toBe(a);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).toBe(hashToken(a));
  });

  it('compares hashes in constant time, refusing different lengths', () => {
    const h = hashToken('x');
    expect(sameHash(h, hashToken('x'))).toBe(true);
    expect(sameHash(h, hashToken('y'))).toBe(false);
    expect(sameHash(h, h.slice(0, 10))).toBe(false);
  });

  it('derives a stable 24-character result key from the host hash', () => {
    const key = resultKeyOf(hashToken('host'));
    expect(key).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(resultKeyOf(hashToken('host'))).toBe(key);
    expect(resultKeyOf(hashToken('other'))).not.toBe(key);
  });

  it('draws seeds as non-negative 31-bit integers', () => {
    const seed = newSeed();
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 31).toBe(true);
  });
});
