import { useEffect, useState } from 'preact/hooks';
import { joinCodeSchema, type ScenarioSetSummary } from '../../../server/protocol/index.js';
import { ErrorMessage } from '../components/shared/error-message.js';
import { LeaderboardGames } from '../components/leaderboards/leaderboard-games.js';
import { Link } from '../components/shared/link.js';
import { navigate } from '../lib/use-route.js';
import { useTitle } from '../lib/use-title.js';
import { listScenarioSets } from '../net/http.js';
import type { ClientError } from '../net/socket.js';
import '../styles/practice.css';

/** Leaderboards home: one practice board per set, public classroom games, and results by code. */
export function LeaderboardsScreen() {
  useTitle('Leaderboards');
  const [sets, setSets] = useState<ScenarioSetSummary[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void listScenarioSets().then((res) => {
      if (!alive) return;
      if (res.ok) setSets(res.data);
      else setError(res.error);
    });
    return () => {
      alive = false;
    };
  }, []);

  const openResults = (event: Event) => {
    event.preventDefault();
    const parsed = joinCodeSchema.safeParse(code);
    if (!parsed.success) return setCodeError('Enter the 6-character game code.');
    navigate(`/results/${parsed.data}`);
  };

  return (
    <main id="main" class="page leaderboard-page">
      <h1>Leaderboards</h1>
      <div class="home__grid">
        <section class="card" aria-labelledby="boards-practice">
          <h2 id="boards-practice">Practice, per scenario set</h2>
          <p class="muted">Each learner’s best run: today, this week and all time.</p>
          <ErrorMessage error={error} />
          {sets && (
            <ul class="set-list">
              {sets.map((s) => (
                <li key={s.id}>
                  <Link href={`/leaderboards/${encodeURIComponent(s.id)}`}>
                    <span data-testid="leaderboard-set-link" data-set-id={s.id}>
                      {s.title}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section class="card" aria-labelledby="boards-code">
          <h2 id="boards-code">A game’s results</h2>
          <p class="muted">Enter a finished game’s join code.</p>
          <form class="form" onSubmit={openResults} noValidate>
            <input
              class="input input--code"
              data-testid="results-code-input"
              aria-label="Game code"
              value={code}
              onInput={(e) => setCode(e.currentTarget.value.toUpperCase())}
              autocomplete="off"
              spellcheck={false}
              maxLength={6}
              placeholder="ABC123"
            />
            <ErrorMessage error={codeError} />
            <button type="submit" class="button button--primary" data-testid="results-open">
              Show results
            </button>
          </form>
        </section>
      </div>
      <section class="card leaderboard-games" aria-labelledby="boards-games">
        <h2 id="boards-games">Public classroom games</h2>
        <LeaderboardGames />
      </section>
    </main>
  );
}
