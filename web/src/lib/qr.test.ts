import { describe, expect, it } from 'vitest';
import { qrMatrix, qrSvgPath, type QrMatrix } from './qr.js';

describe('qrSvgPath', () => {
  it('draws one unit square per dark module, offset by the quiet zone', () => {
    const matrix: QrMatrix = { size: 2, get: (r, c) => (r === c ? 1 : 0) };
    expect(qrSvgPath(matrix, 1)).toEqual({ size: 4, path: 'M1 1h1v1h-1zM2 2h1v1h-1z' });
  });

  it('encodes a join URL into a real QR symbol', () => {
    const matrix = qrMatrix('http://localhost:3000/join/ABC123');
    expect(matrix.size).toBeGreaterThanOrEqual(21);
    // Every QR code has a dark finder pattern corner at the top left.
    expect(matrix.get(0, 0)).toBe(1);
    const svg = qrSvgPath(matrix);
    expect(svg.size).toBe(matrix.size + 4);
    expect(svg.path.startsWith('M2 2h1v1h-1z')).toBe(true);
  });
});
