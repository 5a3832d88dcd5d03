/** A player's team choice: existing teams (full ones disabled) and a new team when one can be started. */
import type { TeamSummary } from '../../../../server/protocol/index.js';
import { teamChoices } from '../../lib/teams.js';
import type { ActionRunner } from '../../net/use-action.js';
import { ErrorMessage } from '../shared/error-message.js';

interface Props {
  teams: readonly TeamSummary[];
  myTeamId: string | null;
  newTeamId: string | null;
  maxSize: number;
  action: ActionRunner;
  /** During a round a player may join a team but not leave it. */
  canLeave: boolean;
}

export function TeamPicker({ teams, myTeamId, newTeamId, maxSize, action, canLeave }: Props) {
  const choices = teamChoices(teams, myTeamId, newTeamId, maxSize);
  const busy = action.pending !== null;
  return (
    <div class="team-picker" data-testid="team-select">
      <ul class="team-picker__list">
        {choices.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              class={`team-card ${c.mine ? 'is-mine' : ''} ${c.isNew ? 'is-new' : ''}`}
              data-testid={`team-${c.id}`}
              data-members={c.members.length}
              data-mine={c.mine}
              aria-pressed={c.mine}
              disabled={busy || c.full || c.mine}
              onClick={() => void action.run('team:choose', { teamId: c.id })}
            >
              <span class="team-card__name">{c.isNew ? `Start ${c.name}` : c.name}</span>
              <span class="team-card__members">
                {c.members.length === 0 ? (
                  <span class="muted">{c.isNew ? 'a new team' : 'nobody yet'}</span>
                ) : (
                  c.members.map((m, i) => (
                    <span key={i} class="nickname team-card__member">
                      {m}
                    </span>
                  ))
                )}
              </span>
              <span class="team-card__size muted">
                {c.mine ? 'your team' : c.full ? 'full' : `${c.members.length}/${maxSize}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {canLeave && myTeamId && (
        <button
          type="button"
          class="button button--small button--ghost"
          data-testid="team-leave"
          disabled={busy}
          onClick={() => void action.run('team:choose', { teamId: null })}
        >
          Leave my team (play solo if nobody joins me)
        </button>
      )}
      <ErrorMessage error={action.error} />
    </div>
  );
}
