import type { PlayerView } from '../../../server/protocol/index.js';
import { RichText } from '../components/shared/rich-text.js';
import { TeamPicker } from '../components/puzzle/team-picker.js';
import { clockText, teamLabel } from '../lib/teams.js';
import type { ActionRunner } from '../net/use-action.js';
import '../styles/puzzle.css';

/** Before a puzzle round: what it is about, and picking a team (the host may also place players). */
export function PlayTeams({ view, action }: { view: PlayerView; action: ActionRunner }) {
  const round = view.puzzle?.round;
  return (
    <section class="card narrow play-teams" data-testid="teams-phase">
      <p class="eyebrow">Puzzle round · {round ? `${clockText(round.timeLimitMs)} min` : ''}</p>
      <h1>{round?.title ?? 'Puzzle round'}</h1>
      {round?.summary && (
        <p class="muted">
          <RichText text={round.summary} />
        </p>
      )}
      <p data-testid="my-team" data-team={view.myTeamId ?? ''}>
        {view.myTeamId ? (
          <>
            You are in <strong>{teamLabel(view.myTeamId)}</strong>. Wait for the host to start the round.
          </>
        ) : (
          'Pick a team, or wait: anyone without a team plays solo.'
        )}
      </p>
      <TeamPicker
        teams={view.teams}
        myTeamId={view.myTeamId}
        newTeamId={round?.newTeamId ?? null}
        maxSize={round?.maxTeamSize ?? 5}
        action={action}
        canLeave
      />
    </section>
  );
}
