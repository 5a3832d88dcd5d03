import type { ClockView } from '../../../../server/protocol/index.js';
import { isUrgent, remainingFraction, remainingMs } from '../../lib/countdown.js';
import { clockText } from '../../lib/teams.js';
import { useNow } from '../../lib/use-now.js';

/** The round's time left as m:ss with a thin bar; paused rounds say so. */
export function PuzzleClock({
  clock,
  receivedAt,
  limitMs,
}: {
  clock: ClockView;
  receivedAt: number;
  limitMs: number;
}) {
  const now = useNow(500, !clock.paused);
  const left = remainingMs(clock, receivedAt, now);
  const urgent = !clock.paused && isUrgent(left * 6);
  return (
    <div class={`puzzle-clock ${urgent ? 'is-urgent' : ''} ${clock.paused ? 'is-paused' : ''}`}>
      <span
        class="puzzle-clock__time"
        role="timer"
        data-testid="time-left"
        data-seconds={Math.ceil(left / 1000)}
        aria-label={`${clockText(left)} left${clock.paused ? ', paused' : ''}`}
      >
        {clockText(left)}
      </span>
      {clock.paused && <span class="tag">paused</span>}
      <span class="puzzle-clock__bar" aria-hidden="true">
        <span
          class="puzzle-clock__fill"
          style={{ transform: `scaleX(${remainingFraction(left, limitMs)})` }}
        />
      </span>
    </div>
  );
}
