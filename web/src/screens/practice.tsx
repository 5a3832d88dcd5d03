import { useEffect, useState } from 'preact/hooks';
import type { PracticeMeResponse } from '../../../server/protocol/index.js';
import { ErrorMessage } from '../components/shared/error-message.js';
import { Link } from '../components/shared/link.js';
import { PracticeBests } from '../components/practice/practice-bests.js';
import { PracticeHistory } from '../components/practice/practice-history.js';
import { PracticeStartForm } from '../components/practice/practice-start-form.js';
import { runProgress } from '../lib/practice-format.js';
import { forgetIdentity, loadIdentity } from '../lib/practice-identity.js';
import { browserStore } from '../lib/seat-storage.js';
import { useTitle } from '../lib/use-title.js';
import { fetchPracticeMe } from '../net/practice.js';
import type { ClientError } from '../net/socket.js';
import '../styles/practice.css';

/** Practice home: resume the open run, start a new one, personal bests and history. */
export function PracticeScreen() {
  useTitle('Practice');
  const [identity, setIdentity] = useState(() => loadIdentity(browserStore()));
  const [me, setMe] = useState<PracticeMeResponse | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    if (!identity) return;
    let alive = true;
    void fetchPracticeMe(identity.token).then((res) => {
      if (!alive) return;
      if (res.ok) return setMe(res.data);
      // The server no longer knows this token (a fresh database, say): start over with a nickname.
      if (res.error.code === 'auth/invalid-token') {
        forgetIdentity(browserStore());
        setIdentity(null);
      } else setError(res.error);
    });
    return () => {
      alive = false;
    };
  }, [identity]);

  const forget = () => {
    forgetIdentity(browserStore());
    setIdentity(null);
    setMe(null);
  };

  const active = me?.activeRun ?? null;
  return (
    <main id="main" class="page practice">
      <section class="hero hero--small">
        <h1 class="hero__title">Practice</h1>
        <p class="hero__lead">
          Work through a scenario set at your own pace. Every answer is explained, and the questions you miss
          come back before the end.
        </p>
      </section>
      {identity && (
        <p class="practice-who" data-testid="practice-learner" data-nickname={identity.nickname}>
          Practising as <strong class="nickname">{identity.nickname}</strong>
          <button type="button" class="button button--small button--ghost" onClick={forget}>
            Not you? Use another nickname
          </button>
        </p>
      )}
      <ErrorMessage error={error} />
      <div class="home__grid">
        {active && (
          <section class="card" aria-labelledby="practice-resume-title">
            <h2 id="practice-resume-title">Carry on where you left off</h2>
            <p>
              {active.setTitle}
              {active.kind === 'review' && <span class="tag">Review mistakes</span>}
              {active.timed && <span class="tag">Timed</span>}
            </p>
            <p class="muted">
              {runProgress(active).label}, {active.score} points so far.
            </p>
            <Link class="button button--primary button--block" href={`/practice/run/${active.runId}`}>
              <span data-testid="practice-resume">Resume</span>
            </Link>
          </section>
        )}
        <section class="card" aria-labelledby="practice-start-title">
          <h2 id="practice-start-title">{active ? 'Or start a new run' : 'Start a run'}</h2>
          <PracticeStartForm
            identity={identity}
            hasActiveRun={active !== null}
            onIdentityLost={() => setIdentity(null)}
          />
        </section>
      </div>
      {identity && me && (
        <section class="practice-mine" aria-label="Your results">
          <PracticeBests bests={me.bests} />
          <PracticeHistory token={identity.token} bests={me.bests} />
        </section>
      )}
    </main>
  );
}
