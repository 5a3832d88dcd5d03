import type { RankingEntry } from '../../../../server/protocol/index.js';
import { formatScore } from '../../lib/format.js';

/** The big between-questions leaderboard on the projector. */
export function ScoreboardList({ entries }: { entries: RankingEntry[] }) {
  return (
    <ol class="scoreboard-list">
      {entries.map((e) => (
        <li
          key={e.playerId}
          class="scoreboard-list__item"
          data-testid="scoreboard-row"
          data-rank={e.rank}
          data-nickname={e.nickname}
          data-score={e.score}
        >
          <span class="scoreboard-list__rank">{e.rank}</span>
          <span class="scoreboard-list__name nickname">{e.nickname}</span>
          <span class="scoreboard-list__score">{formatScore(e.score)}</span>
        </li>
      ))}
    </ol>
  );
}
