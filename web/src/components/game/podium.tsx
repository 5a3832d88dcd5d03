import type { RankingEntry } from '../../../../server/protocol/index.js';
import { formatScore, ordinal } from '../../lib/format.js';

/** Second, first, third from left to right, like a real podium; the list order stays 1-2-3 for readers. */
export function Podium({ ranking }: { ranking: RankingEntry[] }) {
  const top = ranking.slice(0, 3);
  return (
    <ol class="podium" data-testid="podium" aria-label="Podium">
      {top.map((e, i) => (
        <li key={e.playerId} class={`podium__step podium__step--${i + 1}`} data-rank={e.rank}>
          <span class="podium__name nickname">{e.nickname}</span>
          <span class="podium__score">{formatScore(e.score)} pts</span>
          <span class="podium__block" aria-label={`${ordinal(e.rank)} place`}>
            {e.rank}
          </span>
        </li>
      ))}
    </ol>
  );
}
