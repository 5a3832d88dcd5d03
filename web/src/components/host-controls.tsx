import type { HostView } from '../../../server/protocol/index.js';
import type { ActionRunner } from '../net/use-action.js';
import { ErrorMessage } from './error-message.js';

const SKIP_LABEL: Record<string, string> = {
  question: 'Skip question',
  teams: 'Skip this puzzle',
  puzzle: 'End the round now',
};

/** The host's buttons for the current phase; End game is always last and styled as dangerous. */
export function HostControls({ view, action }: { view: HostView; action: ActionRunner }) {
  const busy = action.pending !== null;
  // Sets with puzzle rounds count steps (questions and rounds); older views only count questions.
  const isLast =
    view.stepCount > 0 ? view.stepIndex + 1 >= view.stepCount : view.questionIndex + 1 >= view.questionCount;
  const paused = view.clock?.paused ?? false;
  const timed = view.phase === 'question' || view.phase === 'puzzle';
  return (
    <div class="host-controls">
      <div class="host-controls__row">
        {view.phase === 'teams' && (
          <button
            type="button"
            class="button button--primary button--large"
            data-testid="start-round"
            disabled={busy}
            onClick={() => void action.run('game:next', {})}
          >
            Start the puzzle round
          </button>
        )}
        {timed &&
          (paused ? (
            <button
              type="button"
              class="button"
              data-testid="resume"
              disabled={busy}
              onClick={() => void action.run('game:resume', {})}
            >
              Resume
            </button>
          ) : (
            <button
              type="button"
              class="button"
              data-testid="pause"
              disabled={busy}
              onClick={() => void action.run('game:pause', {})}
            >
              Pause
            </button>
          ))}
        {(view.phase === 'question' || view.phase === 'teams' || view.phase === 'puzzle') && (
          <button
            type="button"
            class="button"
            data-testid="skip"
            disabled={busy}
            onClick={() => void action.run('game:skip', {})}
          >
            {SKIP_LABEL[view.phase]}
          </button>
        )}
        {(view.phase === 'reveal' || view.phase === 'puzzle-reveal' || view.phase === 'scoreboard') && (
          <button
            type="button"
            class="button button--primary button--large"
            data-testid="next"
            disabled={busy}
            onClick={() => void action.run('game:next', {})}
          >
            {view.phase !== 'scoreboard'
              ? 'Show scoreboard'
              : isLast
                ? 'Show final results'
                : view.stepCount !== view.questionCount
                  ? 'Next'
                  : 'Next question'}
          </button>
        )}
        <button
          type="button"
          class="button button--danger"
          data-testid="end-game"
          disabled={busy}
          onClick={() => void action.run('game:end', {})}
        >
          End game
        </button>
      </div>
      <ErrorMessage error={action.error} />
    </div>
  );
}
