import { MyStanding } from '../components/game/my-standing.js';
import type { PlayerView } from '../../../server/protocol/index.js';
import { progressLabel } from '../lib/format.js';

export function PlayScoreboard({ view }: { view: PlayerView }) {
  return (
    <section class="card narrow center" data-testid="scoreboard" aria-labelledby="scoreboard-title">
      <p class="eyebrow">{progressLabel(view)}</p>
      <h1 id="scoreboard-title">Scoreboard</h1>
      <MyStanding view={view} />
      {view.me.streak > 1 && <p class="muted">You are on a streak of {view.me.streak}. Keep it going!</p>}
      <p class="muted">Look at the big screen for the top 5.</p>
    </section>
  );
}
