/**
 * The QR code is drawn as one SVG path (no canvas, no injected markup), so it stays crisp on a projector
 * and is rendered by Preact like any other element.
 */
import QRCode from 'qrcode';

export interface QrMatrix {
  size: number;
  get(row: number, col: number): number;
}

export interface QrSvg {
  /** viewBox size including the quiet zone. */
  size: number;
  path: string;
}

export const QUIET_ZONE = 2;

export function qrMatrix(text: string): QrMatrix {
  return QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
}

export function qrSvgPath(matrix: QrMatrix, margin = QUIET_ZONE): QrSvg {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (matrix.get(row, col)) parts.push(`M${col + margin} ${row + margin}h1v1h-1z`);
    }
  }
  return { size: matrix.size + margin * 2, path: parts.join('') };
}
