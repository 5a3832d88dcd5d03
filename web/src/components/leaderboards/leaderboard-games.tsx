import { useEffect, useState } from 'preact/hooks';
import type { Paged, PublicGameRow } from '../../../../server/protocol/index.js';
import { formatDate } from '../../lib/practice-format.js';
import { fetchPublicGames } from '../../net/practice.js';
import type { ClientError } from '../../net/socket.js';
import { ErrorMessage } from '../shared/error-message.js';
import { LeaderboardPager } from '../shared/leaderboard-pager.js';
import { Link } from '../shared/link.js';

const PAGE_SIZE = 10;

/** Finished classroom games whose hosts made the results public, newest first. */
export function LeaderboardGames() {
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Paged<PublicGameRow> | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    let alive = true;
    void fetchPublicGames({ page, pageSize: PAGE_SIZE }).then((res) => {
      if (!alive) return;
      setError(res.ok ? null : res.error);
      if (res.ok) setData(res.data);
    });
    return () => {
      alive = false;
    };
  }, [page]);

  return (
    <>
      <ErrorMessage error={error} />
      {data && data.rows.length === 0 && (
        <p class="muted" data-testid="public-games-empty">
          No public games yet. Hosts can publish a game’s results from its final screen.
        </p>
      )}
      {data && data.rows.length > 0 && (
        <ul class="game-list" data-testid="public-games">
          {data.rows.map((g) => (
            <li key={g.code} class="game-list__item" data-testid="public-game-row" data-code={g.code}>
              <Link href={`/results/${g.code}`}>
                <span class="game-list__code">{g.code}</span>
              </Link>
              <span>{g.setTitle}</span>
              <span class="muted">
                {g.playerCount} {g.playerCount === 1 ? 'player' : 'players'}
                {g.winner && (
                  <>
                    {' '}
                    · winner <strong class="nickname">{g.winner}</strong>
                  </>
                )}{' '}
                · {formatDate(g.endedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {data && (
        <LeaderboardPager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
      )}
    </>
  );
}
