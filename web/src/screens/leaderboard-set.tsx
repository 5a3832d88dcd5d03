import { useEffect, useMemo, useState } from 'preact/hooks';
import type {
  LeaderboardWindow,
  PracticeLeaderboardResponse,
  PracticeLeaderboardRow,
  PracticeMode,
} from '../../../server/protocol/index.js';
import { ErrorMessage } from '../components/shared/error-message.js';
import { LeaderboardPager } from '../components/shared/leaderboard-pager.js';
import { LeaderboardSearch, useDebouncedSearch } from '../components/leaderboards/leaderboard-search.js';
import { LeaderboardTable, type BoardRow } from '../components/leaderboards/leaderboard-table.js';
import { LeaderboardTabs } from '../components/leaderboards/leaderboard-tabs.js';
import { Link } from '../components/shared/link.js';
import { formatScore, ordinal } from '../lib/format.js';
import { pageOfRank, WINDOW_LABELS } from '../lib/practice-format.js';
import { boardSearch, parseBoardQuery } from '../lib/practice-board-query.js';
import { loadIdentity } from '../lib/practice-identity.js';
import { browserStore } from '../lib/seat-storage.js';
import { useTitle } from '../lib/use-title.js';
import { fetchPracticeBoard } from '../net/practice.js';
import type { ClientError } from '../net/socket.js';
import '../styles/practice.css';

const PAGE_SIZE = 20;

const toRow = (r: PracticeLeaderboardRow): BoardRow => ({
  key: String(r.learnerId),
  rank: r.rank,
  nickname: r.nickname,
  score: r.score,
  accuracy: r.accuracy,
  timeMs: r.durationMs,
  me: r.me,
});

/** The practice leaderboard of one set: best run per learner in a time window. */
export function LeaderboardSetScreen({ setId }: { setId: string }) {
  const token = useMemo(() => loadIdentity(browserStore())?.token ?? null, []);
  const initial = useMemo(() => parseBoardQuery(location.search), []);
  const [win, setWin] = useState<LeaderboardWindow>(initial.window);
  const [mode, setMode] = useState<PracticeMode>(initial.mode);
  const [page, setPage] = useState(initial.page);
  const { search, setSearch, q, setQ } = useDebouncedSearch(initial.q, () => setPage(1));
  const [board, setBoard] = useState<PracticeLeaderboardResponse | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  useTitle(board ? `Leaderboard: ${board.setTitle}` : 'Leaderboard');

  // The view lives in the address too, so it can be linked to (replace: tabs are not history steps).
  useEffect(() => {
    const url = location.pathname + boardSearch({ window: win, mode, page, q });
    if (url !== location.pathname + location.search) history.replaceState(null, '', url);
  }, [win, mode, page, q]);

  useEffect(() => {
    let alive = true;
    void fetchPracticeBoard(setId, { window: win, mode, page, pageSize: PAGE_SIZE, q }, token).then((res) => {
      if (!alive) return;
      setError(res.ok ? null : res.error);
      if (res.ok) setBoard(res.data);
    });
    return () => {
      alive = false;
    };
  }, [setId, win, mode, page, q, token]);

  const you = board?.you ?? null;
  const youOnPage = !!board?.rows.some((r) => r.me);
  const shown = board && board.window === win && board.mode === mode ? board : null;
  return (
    <main id="main" class="page leaderboard-page">
      <p class="eyebrow">
        <Link href="/leaderboards">Leaderboards</Link> · practice
      </p>
      <h1 data-testid="leaderboard-title">{board?.setTitle ?? setId}</h1>
      <div class="leaderboard-controls">
        <LeaderboardTabs
          value={win}
          onChange={(w) => {
            setWin(w);
            setPage(1);
          }}
        />
        <label class="inline-field">
          <span>Mode</span>
          <select
            class="input input--small"
            data-testid="leaderboard-mode"
            value={mode}
            onChange={(e) => {
              setMode(e.currentTarget.value === 'timed' ? 'timed' : 'untimed');
              setPage(1);
            }}
          >
            <option value="untimed">Untimed</option>
            <option value="timed">Timed</option>
          </select>
        </label>
        <LeaderboardSearch value={search} onChange={setSearch} />
      </div>
      {you && (
        <p
          class="notice leaderboard-you"
          data-testid="leaderboard-you"
          data-rank={you.rank}
          data-score={you.score}
        >
          You are <strong>{ordinal(you.rank)}</strong> ({WINDOW_LABELS[win].toLowerCase()}) with{' '}
          {formatScore(you.score)} points.
          {!youOnPage && (
            <button
              type="button"
              class="button button--small button--ghost"
              data-testid="leaderboard-show-me"
              onClick={() => {
                setSearch('');
                setQ('');
                setPage(pageOfRank(you.rank, PAGE_SIZE));
              }}
            >
              Show my row
            </button>
          )}
        </p>
      )}
      <ErrorMessage error={error} />
      <div id="leaderboard-panel" role="tabpanel" aria-labelledby={`leaderboard-tab-${win}`}>
        {!board && !error && <p class="loading">Loading…</p>}
        {shown && shown.rows.length === 0 && (
          <p class="muted" data-testid="leaderboard-empty">
            {q ? `Nobody called “${q}” here.` : 'No finished runs in this window yet.'}{' '}
            <Link href="/practice">Practise this set</Link>
          </p>
        )}
        {shown && shown.rows.length > 0 && (
          <LeaderboardTable
            rows={shown.rows.map(toRow)}
            caption={`${WINDOW_LABELS[shown.window]}, ${shown.mode}: best run per learner`}
            rowTestId="leaderboard-row"
          />
        )}
        {shown && (
          <LeaderboardPager
            page={shown.page}
            pageSize={shown.pageSize}
            total={shown.total}
            onPage={setPage}
          />
        )}
      </div>
    </main>
  );
}
