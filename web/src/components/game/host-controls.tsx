import type { HostView } from '../../../../server/protocol/index.js';
import type { ComponentChildren } from 'preact';
import type { ActionRunner } from '../../net/use-action.js';
import { ErrorMessage } from '../shared/error-message.js';

const SKIP_LABEL: Record<string, string> = {
  question: 'Skip question',
  teams: 'Skip this puzzle',
  puzzle: 'End the round now',
};

/** The host's buttons for the current phase; End game is always last and styled as dangerous. */
export function HostControls({ view, action }: { view: HostView; action: ActionRunner }) {
  // Sets with puzzle rounds count steps (questions and rounds); older views only count questions.
  const isLast =
    view.stepCount > 0 ? view.stepIndex + 1 >= view.stepCount : view.questionIndex + 1 >= view.questionCount;
  const paused = view.clock?.paused ?? false;
  const timed = view.phase === 'question' || view.phase === 'puzzle';
  return (
    <div class="host-controls">
      <div class="host-controls__row">
        {view.phase === 'teams' && (
          <GameButton
            class="button button--primary button--large"
            testId="start-round"
            event="game:next"
            action={action}
          >
            Start the puzzle round
          </GameButton>
        )}
        {timed &&
          (paused ? (
            <GameButton class="button" testId="resume" event="game:resume" action={action}>
              Resume
            </GameButton>
          ) : (
            <GameButton class="button" testId="pause" event="game:pause" action={action}>
              Pause
            </GameButton>
          ))}
        {(view.phase === 'question' || view.phase === 'teams' || view.phase === 'puzzle') && (
          <GameButton class="button" testId="skip" event="game:skip" action={action}>
            {SKIP_LABEL[view.phase]}
          </GameButton>
        )}
        {(view.phase === 'reveal' || view.phase === 'puzzle-reveal' || view.phase === 'scoreboard') && (
          <GameButton
            class="button button--primary button--large"
            testId="next"
            event="game:next"
            action={action}
          >
            {view.phase !== 'scoreboard'
              ? 'Show scoreboard'
              : isLast
                ? 'Show final results'
                : view.stepCount !== view.questionCount
                  ? 'Next'
                  : 'Next question'}
          </GameButton>
        )}
        <GameButton class="button button--danger" testId="end-game" event="game:end" action={action}>
          End game
        </GameButton>
      </div>
      <ErrorMessage error={action.error} />
    </div>
  );
}

type GameEvent = 'game:next' | 'game:skip' | 'game:pause' | 'game:resume' | 'game:end';

/** Every host control sends one payload-less game event and waits while any action is in flight. */
function GameButton(props: {
  class: string;
  testId: string;
  event: GameEvent;
  action: ActionRunner;
  children: ComponentChildren;
}) {
  const { action, event } = props;
  return (
    <button
      type="button"
      class={props.class}
      data-testid={props.testId}
      disabled={action.pending !== null}
      onClick={() => void action.run(event, {})}
    >
      {props.children}
    </button>
  );
}
