import type { PracticeRunView } from '../../../../server/protocol/index.js';
import { formatScore } from '../../lib/format.js';
import { runProgress } from '../../lib/practice-format.js';

/** Set title, mode badges, score, and a bar of items done out of the (growing) total. */
export function PracticeProgress({ run }: { run: PracticeRunView }) {
  const p = runProgress(run);
  return (
    <div class="practice-bar">
      <div class="play-bar">
        <span class="practice-bar__title">
          {run.setTitle}
          {run.kind === 'review' && <span class="tag">Review mistakes</span>}
          {run.timed && <span class="tag">Timed</span>}
        </span>
        <span class="play-bar__score" data-testid="practice-score" data-score={run.score}>
          {formatScore(run.score)} pts
        </span>
      </div>
      <div
        class="practice-progress"
        role="progressbar"
        aria-label="Progress"
        aria-valuemin={0}
        aria-valuemax={p.total}
        aria-valuenow={p.done}
        aria-valuetext={`${p.done} of ${p.total} done`}
        data-testid="practice-progress"
        data-position={run.position}
        data-total={run.total}
        data-done={p.done}
      >
        <div class="practice-progress__fill" style={{ transform: `scaleX(${p.fraction})` }} />
      </div>
    </div>
  );
}
