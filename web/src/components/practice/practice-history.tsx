import { useEffect, useState } from 'preact/hooks';
import type { Paged, PersonalBest, PracticeRunSummaryRow } from '../../../../server/protocol/index.js';
import { formatScore } from '../../lib/format.js';
import { formatAccuracy, formatDate, formatDuration } from '../../lib/practice-format.js';
import { fetchPracticeHistory } from '../../net/practice.js';
import type { ClientError } from '../../net/socket.js';
import { ErrorMessage } from '../shared/error-message.js';
import { LeaderboardPager } from '../shared/leaderboard-pager.js';
import { Link } from '../shared/link.js';
import { ResultsTable, type Column } from '../shared/results-table.js';

const PAGE_SIZE = 10;
const STATUS_LABEL = { active: 'in progress', finished: 'finished', abandoned: 'closed' } as const;

const COLUMNS: Column<PracticeRunSummaryRow>[] = [
  {
    label: 'Started',
    // An unfinished run can be picked up again from here.
    cell: (r) =>
      r.status === 'active' ? (
        <Link href={`/practice/run/${r.runId}`}>{formatDate(r.startedAt)}</Link>
      ) : (
        formatDate(r.startedAt)
      ),
  },
  { label: 'Set', cell: (r) => r.setTitle },
  {
    label: 'Run',
    cell: (r) => (
      <>
        {r.kind === 'review' ? 'review' : r.timed ? 'timed' : 'untimed'}
        <span class="tag">{STATUS_LABEL[r.status]}</span>
      </>
    ),
  },
  { label: 'Score', class: 'num', cell: (r) => formatScore(r.score) },
  { label: 'Accuracy', class: 'num', cell: (r) => formatAccuracy(r.accuracy) },
  { label: 'Time', class: 'num col-time', cell: (r) => formatDuration(r.durationMs) },
];

/** Every run of this learner, newest first, optionally for one set. */
export function PracticeHistory({ token, bests }: { token: string; bests: PersonalBest[] }) {
  const [setId, setSetId] = useState('');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Paged<PracticeRunSummaryRow> | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    let alive = true;
    void fetchPracticeHistory(token, { page, pageSize: PAGE_SIZE, setId: setId || undefined }).then((res) => {
      if (!alive) return;
      if (res.ok) setData(res.data);
      else setError(res.error);
    });
    return () => {
      alive = false;
    };
  }, [token, page, setId]);

  // The sets the learner has finished at least once, from the bests (no extra request).
  const sets = [...new Map(bests.map((b) => [b.setId, b.setTitle])).entries()];
  return (
    <section class="practice-history" aria-labelledby="practice-history-title">
      <div class="section-head">
        <h2 id="practice-history-title">History</h2>
        {sets.length > 0 && (
          <label class="inline-field">
            <span>Set</span>
            <select
              class="input input--small"
              data-testid="practice-history-set"
              value={setId}
              onChange={(e) => {
                setSetId(e.currentTarget.value);
                setPage(1);
              }}
            >
              <option value="">All sets</option>
              {sets.map(([id, title]) => (
                <option key={id} value={id}>
                  {title}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <ErrorMessage error={error} />
      {data && data.rows.length === 0 && <p class="muted">No runs yet.</p>}
      {data && data.rows.length > 0 && (
        <ResultsTable
          rows={data.rows}
          columns={COLUMNS}
          rowKey={(r) => String(r.runId)}
          rowProps={(r) => ({
            'data-testid': 'practice-history-row',
            'data-run-id': r.runId,
            'data-status': r.status,
            'data-score': r.score,
          })}
        />
      )}
      {data && (
        <LeaderboardPager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
      )}
    </section>
  );
}
