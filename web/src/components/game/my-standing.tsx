import type { PlayerView } from '../../../../server/protocol/index.js';
import { formatScore, ordinal } from '../../lib/format.js';

/** Own rank and score, large enough to read from a phone at arm's length. */
export function MyStanding({ view }: { view: PlayerView }) {
  const rank = view.me.rank;
  return (
    <dl class="standing">
      <div class="standing__item">
        <dt>Your rank</dt>
        <dd data-testid="my-rank" data-rank={rank ?? ''}>
          {rank == null ? '–' : ordinal(rank)}
        </dd>
        <dd class="standing__of">of {view.playerCount}</dd>
      </div>
      <div class="standing__item">
        <dt>Your score</dt>
        <dd data-testid="standing-score" data-score={view.me.score}>
          {formatScore(view.me.score)}
        </dd>
      </div>
    </dl>
  );
}
