import { useState } from 'preact/hooks';
import { ErrorMessage } from '../components/shared/error-message.js';
import { LeaderboardPublicToggle } from '../components/shared/leaderboard-public-toggle.js';
import { Link } from '../components/shared/link.js';
import { Podium } from '../components/game/podium.js';
import { RankingTable } from '../components/game/ranking-table.js';
import type { HostView } from '../../../server/protocol/index.js';
import { csvFileName } from '../lib/format.js';
import { fetchResultsCsv } from '../net/http.js';
import type { ClientError } from '../net/socket.js';

export function HostPodium({ view, hostToken }: { view: HostView; hostToken: string }) {
  const ranking = view.ranking ?? [];
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  const download = async () => {
    setPending(true);
    setError(null);
    const res = await fetchResultsCsv(view.code, hostToken);
    setPending(false);
    if (!res.ok) return setError(res.error);
    saveBlob(res.data, csvFileName(view.code, view.setId));
  };

  return (
    <div class="host-game">
      <h1 class="screen-title">{view.endedEarly ? 'Game ended early' : 'Final results'}</h1>
      <p class="eyebrow">{view.setTitle}</p>
      {ranking.length === 0 ? <p class="muted">Nobody played this game.</p> : <Podium ranking={ranking} />}
      {ranking.length > 0 && <RankingTable entries={ranking} caption="Full ranking" />}
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          data-testid="download-csv"
          disabled={pending}
          onClick={() => void download()}
        >
          {pending ? 'Preparing…' : 'Download results (CSV)'}
        </button>
        <Link class="button button--ghost" href={`/results/${view.code}`}>
          <span data-testid="results-link">Results page</span>
        </Link>
        <Link class="button button--ghost" href="/">
          Host another game
        </Link>
      </div>
      <LeaderboardPublicToggle code={view.code} hostToken={hostToken} />
      <ErrorMessage error={error} />
    </div>
  );
}

/** Save through a temporary object URL: the CSV needs the bearer header, so a plain link cannot fetch it. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
