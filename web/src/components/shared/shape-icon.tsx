import type { ChoiceShape } from '../../../../server/protocol/index.js';

const PATHS: Record<ChoiceShape, string> = {
  triangle: 'M12 3 L22 20 H2 Z',
  diamond: 'M12 2 L22 12 L12 22 L2 12 Z',
  circle: 'M12 2 A10 10 0 1 1 11.99 2 Z',
  square: 'M3 3 H21 V21 H3 Z',
};

/** Decorative: the surrounding label always names the shape in words. */
export function ShapeIcon({ shape, class: className }: { shape: ChoiceShape; class?: string }) {
  return (
    <svg class={`shape-icon ${className ?? ''}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[shape]} />
    </svg>
  );
}
