import type { PersonalBest } from '../../../../server/protocol/index.js';
import { formatScore } from '../../lib/format.js';
import { formatAccuracy, formatDate, formatDuration } from '../../lib/practice-format.js';
import { Link } from '../shared/link.js';
import { ResultsTable, type Column } from '../shared/results-table.js';

const COLUMNS: Column<PersonalBest>[] = [
  {
    label: 'Set',
    rowHeader: true,
    cell: (b) => <Link href={`/leaderboards/${encodeURIComponent(b.setId)}`}>{b.setTitle}</Link>,
  },
  { label: 'Mode', cell: (b) => b.mode },
  { label: 'Score', class: 'num', cell: (b) => formatScore(b.score) },
  { label: 'Accuracy', class: 'num', cell: (b) => formatAccuracy(b.accuracy) },
  { label: 'Time', class: 'num col-time', cell: (b) => formatDuration(b.durationMs) },
  { label: 'When', class: 'col-time', cell: (b) => formatDate(b.finishedAt) },
];

/** All-time best per set and mode: the learner's own "personal best" board. */
export function PracticeBests({ bests }: { bests: PersonalBest[] }) {
  if (bests.length === 0) {
    return <p class="muted">Finish a run to see your personal bests here.</p>;
  }
  return (
    <ResultsTable
      rows={bests}
      columns={COLUMNS}
      caption="Personal bests"
      rowKey={(b) => `${b.setId}:${b.mode}`}
      rowProps={(b) => ({
        'data-testid': 'personal-best-row',
        'data-set-id': b.setId,
        'data-mode': b.mode,
        'data-score': b.score,
      })}
    />
  );
}
