import { pageCount } from '../../lib/practice-format.js';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** Previous / next with "page 2 of 7"; hidden when everything fits on one page. */
export function LeaderboardPager({ page, pageSize, total, onPage }: Props) {
  const pages = pageCount(total, pageSize);
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav class="pager" aria-label="Pages">
      <button
        type="button"
        class="button button--small"
        data-testid="leaderboard-prev"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        ← Previous
      </button>
      <span data-testid="leaderboard-page" data-page={page} data-pages={pages}>
        Page {page} of {pages}
      </span>
      <button
        type="button"
        class="button button--small"
        data-testid="leaderboard-next"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        Next →
      </button>
    </nav>
  );
}
