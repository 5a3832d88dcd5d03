import { ChoiceTile } from '../components/shared/choice-tile.js';
import { Countdown } from '../components/shared/countdown.js';
import { HostControls } from '../components/game/host-controls.js';
import { PlayerList } from '../components/game/player-list.js';
import { QuestionHeader } from '../components/game/question-header.js';
import type { HostView } from '../../../server/protocol/index.js';
import type { ActionRunner } from '../net/use-action.js';

export function HostQuestion({
  view,
  receivedAt,
  action,
}: {
  view: HostView;
  receivedAt: number;
  action: ActionRunner;
}) {
  const q = view.question;
  if (!q) return null;
  return (
    <div class="host-game">
      <QuestionHeader question={q} />
      <div class="host-question__status">
        {view.clock && <Countdown clock={view.clock} receivedAt={receivedAt} limitMs={q.timeLimitMs} />}
        <p
          class="answered"
          data-testid="answered-count"
          data-answered={view.answeredCount}
          data-total={view.players.length}
        >
          <span class="answered__num">{view.answeredCount}</span>{' '}
          <span class="answered__label">of {view.players.length} answered</span>
        </p>
      </div>
      <ul class="choices choices--host" aria-label="Choices">
        {q.choices.map((c, i) => (
          <ChoiceTile key={c.id} choice={c} index={i} />
        ))}
      </ul>
      <HostControls view={view} action={action} />
      <details class="host-players">
        <summary>Players ({view.players.length})</summary>
        <PlayerList players={view.players} action={action} showAnswered />
      </details>
    </div>
  );
}
