import type { RankingEntry } from '../../../../server/protocol/index.js';
import { formatMs, formatScore } from '../../lib/format.js';
import { ResultsTable, type Column } from '../shared/results-table.js';

interface Props {
  entries: RankingEntry[];
  /** The viewer's own row, highlighted on a player's phone. */
  meId?: string | null;
  caption: string;
}

export function RankingTable({ entries, meId, caption }: Props) {
  const columns: Column<RankingEntry>[] = [
    { label: 'Rank', cell: (e) => e.rank },
    {
      label: 'Player',
      rowHeader: true,
      rowHeaderClass: 'nickname',
      cell: (e) => (
        <>
          {e.nickname}
          {e.playerId === meId && <span class="tag">you</span>}
        </>
      ),
    },
    { label: 'Correct', class: 'num', cell: (e) => e.correctCount },
    { label: 'Time', class: 'num col-time', cell: (e) => formatMs(e.totalResponseMs) },
    { label: 'Score', class: 'num', cell: (e) => formatScore(e.score) },
  ];
  return (
    <ResultsTable
      rows={entries}
      columns={columns}
      caption={caption}
      rowKey={(e) => e.playerId}
      rowProps={(e) => ({
        class: e.playerId === meId ? 'ranking__me' : undefined,
        'data-testid': 'ranking-row',
        'data-rank': e.rank,
        'data-nickname': e.nickname,
        'data-score': e.score,
      })}
    />
  );
}
