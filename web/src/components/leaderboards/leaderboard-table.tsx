import { formatScore } from '../../lib/format.js';
import { formatAccuracy, formatDuration } from '../../lib/practice-format.js';
import { ResultsTable, type Column } from '../shared/results-table.js';

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
  const columns: Column<BoardRow>[] = [
    { label: 'Rank', cell: (r) => r.rank },
    {
      label: 'Nickname',
      rowHeader: true,
      rowHeaderClass: 'nickname',
      cell: (r) => (
        <>
          {r.nickname}
          {r.me && <span class="tag tag--ok">you</span>}
        </>
      ),
    },
    { label: 'Score', class: 'num', cell: (r) => formatScore(r.score) },
    { label: 'Accuracy', class: 'num', cell: (r) => formatAccuracy(r.accuracy) },
    { label: timeLabel, class: 'num col-time', cell: (r) => formatDuration(r.timeMs) },
  ];
  return (
    <ResultsTable
      rows={rows}
      columns={columns}
      caption={caption}
      variant="leaderboard"
      rowKey={(r) => r.key}
      rowProps={(r) => ({
        class: r.me ? 'ranking__me' : undefined,
        'aria-current': r.me ? 'true' : undefined,
        'data-testid': rowTestId,
        'data-rank': r.rank,
        'data-nickname': r.nickname,
        'data-score': r.score,
        'data-me': String(r.me),
      })}
    />
  );
}
