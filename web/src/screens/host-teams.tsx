/**
 * Before a puzzle round, on the projector: teams as cards, a team menu per player, and "make teams of
 * N" to shuffle everybody. Players can also pick their own team meanwhile; whoever has no team when
 * the round starts plays solo.
 */
import { useState } from 'preact/hooks';
import type { HostView, TeamMember } from '../../../server/protocol/index.js';
import { HostControls } from '../components/game/host-controls.js';
import { RichText } from '../components/shared/rich-text.js';
import { clockText, hostTeamOptions } from '../lib/teams.js';
import type { ActionRunner } from '../net/use-action.js';
import '../styles/puzzle.css';

export function HostTeams({ view, action }: { view: HostView; action: ActionRunner }) {
  const round = view.puzzle?.round;
  const [size, setSize] = useState(2);
  const options = hostTeamOptions(view.teams, round?.newTeamId ?? null);
  const maxSize = round?.maxTeamSize ?? 5;
  const busy = action.pending !== null;

  const assign = (m: TeamMember, current: string | null) => (
    <AssignSelect member={m} current={current} options={options} action={action} />
  );

  return (
    <div class="host-game host-teams" data-testid="teams-phase">
      <p class="eyebrow">
        Puzzle round · {round ? clockText(round.timeLimitMs) : ''} · up to {round?.points ?? 0} points
      </p>
      <h1 class="screen-title">{round?.title ?? 'Puzzle round'}</h1>
      {round?.summary && (
        <p class="muted">
          <RichText text={round.summary} />
        </p>
      )}
      <form
        class="host-teams__auto"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run('team:auto', { size });
        }}
      >
        <label for="auto-size">Make teams of</label>
        <select
          id="auto-size"
          class="input input--compact"
          data-testid="auto-size"
          value={size}
          onChange={(e) => setSize(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {Array.from({ length: maxSize }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n === 1 ? '1 (everyone solo)' : n}
            </option>
          ))}
        </select>
        <button type="submit" class="button" data-testid="auto-teams" disabled={busy}>
          Shuffle into teams
        </button>
      </form>
      <div class="host-teams__grid">
        {view.teams.map((t) => (
          <section
            key={t.id}
            class="card team-box"
            data-testid={`team-${t.id}`}
            data-members={t.members.length}
          >
            <h2 class="team-box__name">
              {t.name}{' '}
              <span class="muted">
                {t.members.length}/{maxSize}
              </span>
            </h2>
            <ul class="team-box__members">
              {t.members.map((m) => (
                <li key={m.playerId} data-testid="team-member" data-player-id={m.playerId}>
                  <span class={`nickname ${m.connected ? '' : 'is-away'}`}>{m.nickname}</span>
                  {assign(m, t.id)}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {(view.puzzle?.unassigned.length ?? 0) > 0 && (
          <section class="card team-box team-box--none" data-testid="unassigned">
            <h2 class="team-box__name">No team yet (will play solo)</h2>
            <ul class="team-box__members">
              {view.puzzle?.unassigned.map((m) => (
                <li key={m.playerId} data-testid="team-member" data-player-id={m.playerId}>
                  <span class={`nickname ${m.connected ? '' : 'is-away'}`}>{m.nickname}</span>
                  {assign(m, null)}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <HostControls view={view} action={action} />
    </div>
  );
}

/** The host's team menu for one player ('' = no team). */
export function AssignSelect(props: {
  member: TeamMember;
  current: string | null;
  options: { id: string; label: string }[];
  action: ActionRunner;
  allowNone?: boolean;
}) {
  const { member: m, current, options, action, allowNone = true } = props;
  return (
    <select
      class="input input--compact"
      data-testid={`assign-${m.playerId}`}
      aria-label={`Team of ${m.nickname}`}
      value={current ?? ''}
      disabled={action.pending !== null}
      onChange={(e) => {
        const value = (e.currentTarget as HTMLSelectElement).value;
        void action.run('team:set', { playerId: m.playerId, teamId: value === '' ? null : value });
      }}
    >
      {(allowNone || current === null) && (
        <option value="">{allowNone ? 'no team (solo)' : 'choose a team'}</option>
      )}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
