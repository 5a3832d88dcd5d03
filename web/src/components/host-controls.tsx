import type { HostView } from '../../../server/protocol/index.js';
import type { ActionRunner } from '../net/use-action.js';
import { ErrorMessage } from './error-message.js';

/** The host's buttons for the current phase; End game is always last and styled as dangerous. */
export function HostControls({ view, action }: { view: HostView; action: ActionRunner }) {
  const busy = action.pending !== null;
  const isLast = view.questionIndex + 1 >= view.questionCount;
  const paused = view.clock?.paused ?? false;
  return (
    <div class="host-controls">
      <div class="host-controls__row">
        {view.phase === 'question' &&
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
        {view.phase === 'question' && (
          <button
            type="button"
            class="button"
            data-testid="skip"
            disabled={busy}
            onClick={() => void action.run('game:skip', {})}
          >
            Skip question
          </button>
        )}
        {(view.phase === 'reveal' || view.phase === 'scoreboard') && (
          <button
            type="button"
            class="button button--primary button--large"
            data-testid="next"
            disabled={busy}
            onClick={() => void action.run('game:next', {})}
          >
            {view.phase === 'reveal' ? 'Show scoreboard' : isLast ? 'Show final results' : 'Next question'}
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
