import type { RankingEntry } from '../../../server/protocol/index.js';
import { formatMs, formatScore } from '../lib/format.js';

interface Props {
  entries: RankingEntry[];
  /** The viewer's own row, highlighted on a player's phone. */
  meId?: string | null;
  caption: string;
}

export function RankingTable({ entries, meId, caption }: Props) {
  return (
    <div class="table-scroll">
      <table class="ranking">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Player</th>
            <th scope="col" class="num">
              Correct
            </th>
            <th scope="col" class="num col-time">
              Time
            </th>
            <th scope="col" class="num">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr
              key={e.playerId}
              class={e.playerId === meId ? 'ranking__me' : undefined}
              data-testid="ranking-row"
              data-rank={e.rank}
              data-nickname={e.nickname}
              data-score={e.score}
            >
              <td>{e.rank}</td>
              <th scope="row" class="nickname">
                {e.nickname}
                {e.playerId === meId && <span class="tag">you</span>}
              </th>
              <td class="num">{e.correctCount}</td>
              <td class="num col-time">{formatMs(e.totalResponseMs)}</td>
              <td class="num">{formatScore(e.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
