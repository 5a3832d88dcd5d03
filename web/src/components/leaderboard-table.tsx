import { formatScore } from '../lib/format.js';
import { formatAccuracy, formatDuration } from '../lib/practice-format.js';

export interface BoardRow {
  key: string;
  rank: number;
  nickname: string;
  score: number;
  accuracy: number;
  timeMs: number;
  me: boolean;
}

interface Props {
  rows: BoardRow[];
  caption: string;
  /** `leaderboard-row` for practice boards, `game-result-row` for a classroom game. */
  rowTestId: string;
  timeLabel?: string;
}

/** Rank, nickname, score, accuracy, time; the viewer's row is marked in colour and in words. */
export function LeaderboardTable({ rows, caption, rowTestId, timeLabel = 'Time' }: Props) {
  return (
    <div class="table-scroll">
      <table class="ranking leaderboard">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Nickname</th>
            <th scope="col" class="num">
              Score
            </th>
            <th scope="col" class="num">
              Accuracy
            </th>
            <th scope="col" class="num col-time">
              {timeLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              class={r.me ? 'ranking__me' : undefined}
              aria-current={r.me ? 'true' : undefined}
              data-testid={rowTestId}
              data-rank={r.rank}
              data-nickname={r.nickname}
              data-score={r.score}
              data-me={String(r.me)}
            >
              <td>{r.rank}</td>
              <th scope="row" class="nickname">
                {r.nickname}
                {r.me && <span class="tag tag--ok">you</span>}
              </th>
              <td class="num">{formatScore(r.score)}</td>
              <td class="num">{formatAccuracy(r.accuracy)}</td>
              <td class="num col-time">{formatDuration(r.timeMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
