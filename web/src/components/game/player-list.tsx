import type { LobbyPlayer } from '../../../../server/protocol/index.js';
import type { ActionRunner } from '../../net/use-action.js';

interface Props {
  players: LobbyPlayer[];
  action: ActionRunner;
  /** During a question, show who has answered. */
  showAnswered?: boolean;
}

/** Players with a kick button each. The nickname element holds only the nickname, as text. */
export function PlayerList({ players, action, showAnswered = false }: Props) {
  return (
    <ul class="player-list">
      {players.map((p) => (
        <li key={p.playerId} class={`player-list__item ${p.connected ? '' : 'player-list__item--away'}`}>
          <span class="player-list__name nickname" data-testid="lobby-player" data-player-id={p.playerId}>
            {p.nickname}
          </span>
          {!p.connected && <span class="tag">offline</span>}
          {showAnswered && p.answered && <span class="tag tag--ok">answered</span>}
          <button
            type="button"
            class="button button--small button--ghost"
            data-testid={`kick-${p.playerId}`}
            aria-label={`Remove ${p.nickname} from the game`}
            disabled={action.pending !== null}
            onClick={() => void action.run('player:kick', { playerId: p.playerId })}
          >
            Kick
          </button>
        </li>
      ))}
    </ul>
  );
}
