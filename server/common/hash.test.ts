import { describe, expect, it } from 'vitest';
import { fnv32a, safeEncode } from './hash.js';

describe('text hashing', () => {
  it('is FNV-1a 32-bit', () => {
    expect(fnv32a('')).toBe(0x811c9dc5);
    expect(fnv32a('kube-arena')).toBe(4044767902);
  });

  it('encodes into the safe alphabet (pod-template-hash style)', () => {
    expect(safeEncode(String(fnv32a('kube-arena')))).toBe('8488cbcf46');
    expect(safeEncode('')).toBe('');
  });
});
