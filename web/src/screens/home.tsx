import { CreateGameForm } from '../components/create-game-form.js';
import { JoinForm } from '../components/join-form.js';
import { useTitle } from '../lib/use-title.js';

export function HomeScreen() {
  useTitle('');
  return (
    <main id="main" class="page home">
      <section class="hero">
        <h1 class="hero__title">Learn Kubernetes Services by playing</h1>
        <p class="hero__lead">
          kube-arena is a live classroom quiz. The host puts the questions on the big screen, everyone answers
          from their phone or laptop, and the fastest correct answers climb the leaderboard: ClusterIP,
          NodePort, DNS names, selectors, ports and the mistakes everyone makes once.
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
      </div>
    </main>
  );
}
