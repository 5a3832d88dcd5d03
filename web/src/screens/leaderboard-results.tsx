import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GameRankingResponse, GameRankingRow } from '../../../server/protocol/index.js';
import { ErrorMessage } from '../components/shared/error-message.js';
import { LeaderboardPager } from '../components/shared/leaderboard-pager.js';
import { LeaderboardSearch, useDebouncedSearch } from '../components/leaderboards/leaderboard-search.js';
import { LeaderboardPublicToggle } from '../components/shared/leaderboard-public-toggle.js';
import { LeaderboardTable, type BoardRow } from '../components/leaderboards/leaderboard-table.js';
import { Link } from '../components/shared/link.js';
import { formatDate } from '../lib/practice-format.js';
import { browserStore, loadSeat } from '../lib/seat-storage.js';
import { useTitle } from '../lib/use-title.js';
import { fetchGameRanking } from '../net/practice.js';
import type { ClientError } from '../net/socket.js';
import '../styles/practice.css';

const PAGE_SIZE = 20;

/**
 * One classroom game's results. Public games open for anyone; a private one only in the browser that
 * hosted it (its host seat carries the token), which is what the host's result link relies on.
 */
export function LeaderboardResultsScreen({ code }: { code: string }) {
  useTitle(`Results ${code}`);
  const hostToken = useMemo(() => loadSeat(browserStore(), code, 'host')?.token ?? null, [code]);
  const playerId = useMemo(() => loadSeat(browserStore(), code, 'player')?.playerId ?? null, [code]);
  // The host's shareable result link carries a read-only key that opens a private game's results.
  const linkKey = useMemo(() => new URLSearchParams(location.search).get('key') ?? undefined, []);
  const [page, setPage] = useState(1);
  const { search, setSearch, q } = useDebouncedSearch('', () => setPage(1));
  const [data, setData] = useState<GameRankingResponse | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    let alive = true;
    const params = { page, pageSize: PAGE_SIZE, q, ...(linkKey ? { key: linkKey } : {}) };
    void fetchGameRanking(code, params, hostToken).then((res) => {
      if (!alive) return;
      setError(res.ok ? null : res.error);
      if (res.ok) setData(res.data);
    });
    return () => {
      alive = false;
    };
  }, [code, page, q, hostToken, linkKey]);

  const toRow = (r: GameRankingRow): BoardRow => ({
    key: r.playerId,
    rank: r.rank,
    nickname: r.nickname,
    score: r.score,
    accuracy: r.accuracy,
    timeMs: r.timeMs,
    me: r.playerId === playerId,
  });

  return (
    <main id="main" class="page leaderboard-page">
      <p class="eyebrow">
        <Link href="/leaderboards">Leaderboards</Link> · classroom game
      </p>
      <h1 data-testid="game-results-title" data-code={code}>
        Game {code}
      </h1>
      {!data && error && (
        <section class="card narrow">
          <ErrorMessage error={error} />
          <p class="muted">
            Results appear once the game has finished. A game whose host keeps its results private opens only
            in the host’s browser and through the result link the host shares.
          </p>
        </section>
      )}
      {!data && !error && <p class="loading">Loading…</p>}
      {data && (
        <>
          <p class="lead" data-testid="game-results-meta" data-public={String(data.isPublic)}>
            {data.setTitle} · {data.playerCount} {data.playerCount === 1 ? 'player' : 'players'} ·{' '}
            {data.questionCount} {data.questionCount === 1 ? 'question' : 'questions'} · {data.scoring}{' '}
            scoring
            {data.endedAt && <> · {formatDate(data.endedAt)}</>}
            {data.endedEarly && <span class="tag">ended early</span>}
            {!data.isPublic && <span class="tag">private</span>}
          </p>
          {hostToken && <LeaderboardPublicToggle code={code} hostToken={hostToken} />}
          {data.resultKey && (
            <p class="muted">
              Result link for your class (works while the results are private):{' '}
              <code data-testid="result-share-link">
                {`${location.origin}/results/${code}?key=${data.resultKey}`}
              </code>
            </p>
          )}
          <div class="leaderboard-controls">
            <LeaderboardSearch value={search} onChange={setSearch} />
          </div>
          <ErrorMessage error={error} />
          {data.rows.length === 0 ? (
            <p class="muted" data-testid="leaderboard-empty">
              {q ? `Nobody called “${q}” played this game.` : 'Nobody played this game.'}
            </p>
          ) : (
            <LeaderboardTable
              rows={data.rows.map(toRow)}
              caption="Final ranking"
              rowTestId="game-result-row"
              timeLabel="Answer time"
            />
          )}
          <LeaderboardPager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
    </main>
  );
}
