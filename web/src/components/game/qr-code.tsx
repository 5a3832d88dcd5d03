import { useMemo } from 'preact/hooks';
import { qrMatrix, qrSvgPath } from '../../lib/qr.js';

export function QrCode({ text }: { text: string }) {
  const svg = useMemo(() => qrSvgPath(qrMatrix(text)), [text]);
  return (
    <svg
      class="qr-code"
      data-testid="qr-code"
      role="img"
      aria-label={`QR code for ${text}`}
      viewBox={`0 0 ${svg.size} ${svg.size}`}
      shape-rendering="crispEdges"
    >
      <rect width={svg.size} height={svg.size} fill="#fff" />
      <path d={svg.path} fill="#000" />
    </svg>
  );
}
