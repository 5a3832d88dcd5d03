import { HostControls } from '../components/game/host-controls.js';
import { ScoreboardList } from '../components/game/scoreboard-list.js';
import type { HostView } from '../../../server/protocol/index.js';
import type { ActionRunner } from '../net/use-action.js';
import { progressLabel } from '../lib/format.js';

export function HostScoreboard({ view, action }: { view: HostView; action: ActionRunner }) {
  const top = (view.scoreboard ?? []).slice(0, 5);
  return (
    <div class="host-game" data-testid="scoreboard">
      <p class="eyebrow">{progressLabel(view)}</p>
      <h1 class="screen-title">Scoreboard</h1>
      {top.length === 0 ? <p class="muted">No players yet.</p> : <ScoreboardList entries={top} />}
      <HostControls view={view} action={action} />
    </div>
  );
}
