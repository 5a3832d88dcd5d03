import type { ClockView } from '../../../../server/protocol/index.js';
import { displaySeconds, isUrgent, remainingFraction, remainingMs } from '../../lib/countdown.js';
import { useNow } from '../../lib/use-now.js';

interface Props {
  clock: ClockView;
  receivedAt: number;
  limitMs: number;
}

export function Countdown({ clock, receivedAt, limitMs }: Props) {
  const now = useNow(250, !clock.paused);
  const left = remainingMs(clock, receivedAt, now);
  const seconds = displaySeconds(left);
  const urgent = !clock.paused && isUrgent(left);
  return (
    <div class={`countdown ${urgent ? 'countdown--urgent' : ''} ${clock.paused ? 'countdown--paused' : ''}`}>
      <div
        class="countdown__ring"
        role="timer"
        aria-label={`${seconds} seconds left${clock.paused ? ', paused' : ''}`}
      >
        <span data-testid="countdown">{seconds}</span>
      </div>
      <div class="countdown__bar" aria-hidden="true">
        <div class="countdown__fill" style={{ transform: `scaleX(${remainingFraction(left, limitMs)})` }} />
      </div>
      {clock.paused && <p class="countdown__paused">Paused</p>}
    </div>
  );
}
