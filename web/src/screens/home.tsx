import { CreateGameForm } from '../components/game/create-game-form.js';
import { JoinForm } from '../components/game/join-form.js';
import { Link } from '../components/shared/link.js';
import { useTitle } from '../lib/use-title.js';

export function HomeScreen() {
  useTitle('');
  return (
    <main id="main" class="page home">
      <section class="hero">
        <h1 class="hero__title">Learn Kubernetes Services by playing</h1>
        <p class="hero__lead">
          kube-arena is a live classroom quiz and a self-paced practice ground. In class, the host puts the
          questions on the big screen, everyone answers from their phone or laptop, and the fastest correct
          answers climb the leaderboard: ClusterIP, NodePort, DNS names, selectors, ports and the mistakes
          everyone makes once.
        </p>
      </section>
      <div class="home__grid">
        <section class="card" aria-labelledby="host-title">
          <h2 id="host-title">Host a game</h2>
          <p class="muted">Pick a question set, then share the join code with the room.</p>
          <CreateGameForm />
        </section>
        <section class="card" aria-labelledby="join-title">
          <h2 id="join-title">Join a game</h2>
          <p class="muted">Got a code from the host? Enter it with a nickname.</p>
          <JoinForm initialCode={null} />
        </section>
        <section class="card" aria-labelledby="practice-title">
          <h2 id="practice-title">Practise alone</h2>
          <p class="muted">
            No host, no code: work through a set at your own pace, with an explanation after every answer.
            Your progress is saved, so you can stop and come back.
          </p>
          <Link class="button" href="/practice">
            Start practising
          </Link>
        </section>
        <section class="card" aria-labelledby="boards-title">
          <h2 id="boards-title">Leaderboards</h2>
          <p class="muted">Best practice runs per set, and the results of public classroom games.</p>
          <Link class="button button--ghost" href="/leaderboards">
            Browse leaderboards
          </Link>
        </section>
      </div>
    </main>
  );
}
