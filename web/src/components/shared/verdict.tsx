import type { ComponentChildren } from 'preact';
import { formatPoints } from '../../lib/format.js';

interface Props {
  correct: boolean;
  title: string;
  points: number;
  /** Ids and test ids differ between the game reveal and practice feedback; the Playwright tests read both. */
  headingId: string;
  testId: string;
  pointsTestId: string;
  /** Extra lines under the points (the game's streak). */
  children?: ComponentChildren;
}

/** The big right/wrong banner after an answer, on the phone and in practice. */
export function Verdict({ correct, title, points, headingId, testId, pointsTestId, children }: Props) {
  return (
    <div class={`verdict ${correct ? 'verdict--right' : 'verdict--wrong'}`} data-testid={testId}>
      <span class="verdict__icon" aria-hidden="true">
        {correct ? '✓' : '✗'}
      </span>
      <h1 id={headingId} class="verdict__title">
        {title}
      </h1>
      <p class="verdict__points">
        <span data-testid={pointsTestId}>{formatPoints(points)}</span> points
      </p>
      {children}
    </div>
  );
}
