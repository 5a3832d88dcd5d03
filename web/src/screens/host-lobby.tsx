import { ErrorMessage } from '../components/shared/error-message.js';
import { PlayerList } from '../components/game/player-list.js';
import { QrCode } from '../components/game/qr-code.js';
import type { HostView } from '../../../server/protocol/index.js';
import { joinUrl } from '../lib/routes.js';
import type { ActionRunner } from '../net/use-action.js';

export function HostLobby({ view, action }: { view: HostView; action: ActionRunner }) {
  const url = joinUrl(location.origin, view.code);
  const count = view.players.length;
  return (
    <div class="host-lobby">
      <section class="host-lobby__join" aria-labelledby="join-heading">
        <p class="eyebrow">{view.setTitle}</p>
        <h1 id="join-heading" class="host-lobby__heading">
          Join at{' '}
          <span data-testid="join-url" class="join-url">
            {url}
          </span>
        </h1>
        <p class="host-lobby__code-label">Game code</p>
        <p
          class="join-code"
          data-testid="join-code"
          aria-label={`Game code ${view.code.split('').join(' ')}`}
        >
          {view.code}
        </p>
        <QrCode text={url} />
      </section>
      <section class="host-lobby__players card" aria-labelledby="players-heading">
        <h2 id="players-heading">
          Players <span class="count-badge">{count}</span>
        </h2>
        {count === 0 ? (
          <p class="muted">Waiting for players to join…</p>
        ) : (
          <PlayerList players={view.players} action={action} />
        )}
        <ErrorMessage error={action.error} />
        <button
          type="button"
          class="button button--primary button--large button--block"
          data-testid="start-game"
          disabled={action.pending !== null}
          onClick={() => void action.run('game:start', {})}
        >
          Start game
        </button>
        <p class="field__help">
          Scoring: {view.scoring === 'classic' ? 'classic (speed + streaks)' : 'accuracy only'} ·{' '}
          {view.questionCount} questions
        </p>
      </section>
    </div>
  );
}
