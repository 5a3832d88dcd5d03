import { useEffect, useState } from 'preact/hooks';
import { fetchGameRanking, setGamePublic } from '../../net/practice.js';
import type { ClientError } from '../../net/socket.js';
import { ErrorMessage } from './error-message.js';

/**
 * The host's switch for a finished game: private (the default, results only through the host's link)
 * or public (listed on the leaderboards page). The current value is read from the ranking route,
 * which answers the host even for a private game.
 */
export function LeaderboardPublicToggle({ code, hostToken }: { code: string; hostToken: string }) {
  const [isPublic, setIsPublic] = useState<boolean | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    let alive = true;
    void fetchGameRanking(code, { page: 1, pageSize: 1, q: '' }, hostToken).then((res) => {
      if (!alive) return;
      if (res.ok) setIsPublic(res.data.isPublic);
      // Results are stored just before the podium; until then the switch simply starts as private.
      else setIsPublic(false);
    });
    return () => {
      alive = false;
    };
  }, [code, hostToken]);

  // Optimistic: the box follows the click at once and flips back if the server refuses.
  const change = async (next: boolean) => {
    const previous = isPublic;
    setIsPublic(next);
    setPending(true);
    setError(null);
    const res = await setGamePublic(code, hostToken, next);
    setPending(false);
    if (res.ok) setIsPublic(res.data.isPublic);
    else {
      setIsPublic(previous);
      setError(res.error);
    }
  };

  return (
    <div class="public-toggle">
      <label class="check">
        <input
          type="checkbox"
          role="switch"
          data-testid="results-public-toggle"
          checked={isPublic === true}
          disabled={pending || isPublic === null}
          onChange={(e) => void change(e.currentTarget.checked)}
        />
        <span>
          Make results public{' '}
          <span class="muted" data-testid="results-public-state" data-public={String(isPublic === true)}>
            {isPublic === null
              ? ''
              : isPublic
                ? '(listed on the leaderboards page)'
                : '(private: only through your results link)'}
          </span>
        </span>
      </label>
      <ErrorMessage error={error} />
    </div>
  );
}
