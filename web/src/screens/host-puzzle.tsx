/**
 * The host during and after a puzzle round: one live row per team (goals, hints, commands, the last
 * few lines) and any team opened read-only with its cluster picture and full terminal log. After the
 * round the opened team also shows the explanation and its reference solution.
 */
import { useEffect } from 'preact/hooks';
import type { HostView, TeamProgress, TeamPuzzleView } from '../../../server/protocol/index.js';
import { ClusterPicture } from '../components/puzzle/cluster-picture.js';
import { HostControls } from '../components/game/host-controls.js';
import { GoalList, HintList } from '../components/puzzle/puzzle-goals.js';
import { PuzzleClock } from '../components/puzzle/puzzle-clock.js';
import { PuzzleExplanation, PuzzleSolution, TeamResults } from '../components/puzzle/puzzle-solution.js';
import { TranscriptMirror } from '../components/puzzle/puzzle-terminal.js';
import { latestProbe } from '../lib/probe-path.js';
import { teamLabel } from '../lib/teams.js';
import { commandLine } from '../lib/transcript.js';
import type { ActionRunner } from '../net/use-action.js';
import '../styles/puzzle.css';
import { AssignSelect } from './host-teams.js';

export function HostPuzzle({
  view,
  receivedAt,
  action,
}: {
  view: HostView;
  receivedAt: number;
  action: ActionRunner;
}) {
  const puzzle = view.puzzle;
  const revealed = view.phase === 'puzzle-reveal';
  const watching = puzzle?.watching ?? null;
  const firstTeam = puzzle?.progress[0]?.teamId ?? null;

  // After the round the explanation and solutions live in team views: open the first team by default.
  useEffect(() => {
    if (revealed && !watching && firstTeam) void action.run('puzzle:watch', { teamId: firstTeam });
  }, [revealed, firstTeam]);

  if (!puzzle) return <p class="loading">Loading the puzzle round…</p>;
  const solved = puzzle.progress.filter((p) => p.solved).length;
  return (
    <div class="host-game host-puzzle" data-testid="host-puzzle">
      <header class="host-puzzle__head">
        <div>
          <p class="eyebrow">
            {revealed ? 'Puzzle round over' : 'Puzzle round'} · {solved}/{puzzle.progress.length} teams solved
          </p>
          <h1 class="screen-title">{puzzle.round.title}</h1>
        </div>
        {view.clock && !revealed && (
          <PuzzleClock clock={view.clock} receivedAt={receivedAt} limitMs={puzzle.round.timeLimitMs} />
        )}
      </header>
      {revealed && <TeamResults results={puzzle.progress} />}
      {!revealed && puzzle.unassigned.length > 0 && (
        <section class="card team-box team-box--none" data-testid="unassigned">
          <h2 class="team-box__name">Joined during the round: put them in a team</h2>
          <ul class="team-box__members">
            {puzzle.unassigned.map((m) => (
              <li key={m.playerId} data-testid="team-member" data-player-id={m.playerId}>
                <span class="nickname">{m.nickname}</span>
                <AssignSelect
                  member={m}
                  current={null}
                  options={puzzle.progress.map((p) => ({ id: p.teamId, label: teamLabel(p.teamId) }))}
                  action={action}
                  allowNone={false}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      <ul class="progress-list">
        {puzzle.progress.map((p) => (
          <ProgressRow key={p.teamId} p={p} open={watching?.teamId === p.teamId} action={action} />
        ))}
      </ul>
      {watching && <WatchedTeam team={watching} action={action} />}
      <HostControls view={view} action={action} />
    </div>
  );
}

function ProgressRow({ p, open, action }: { p: TeamProgress; open: boolean; action: ActionRunner }) {
  return (
    <li
      class={`card progress-row ${p.solved ? 'is-solved' : ''} ${open ? 'is-open' : ''}`}
      data-testid="team-progress"
      data-team={p.teamId}
      data-goals-met={p.goalsMet}
      data-goal-count={p.goalCount}
      data-hints={p.hintsTaken}
      data-commands={p.commandCount}
      data-solved={p.solved}
      data-points={p.points}
    >
      <div class="progress-row__head">
        <h2 class="progress-row__name">
          {p.name} {p.solved && <span class="tag tag--ok">solved +{p.points}</span>}
        </h2>
        <p class="progress-row__members muted">{p.members.map((m) => m.nickname).join(', ')}</p>
        <p class="progress-row__stats">
          <span class="progress-row__goals" aria-label={`${p.goalsMet} of ${p.goalCount} goals met`}>
            {p.goals.map((g) => (
              <span key={g.id} class={`goal-pip ${g.met ? 'is-met' : ''}`} title={g.description} />
            ))}{' '}
            {p.goalsMet}/{p.goalCount} goals
          </span>{' '}
          · {p.hintsTaken} hints · {p.commandCount} commands
        </p>
        <button
          type="button"
          class="button button--small"
          data-testid={`watch-team-${p.teamId}`}
          aria-pressed={open}
          disabled={action.pending !== null}
          onClick={() => void action.run('puzzle:watch', { teamId: open ? null : p.teamId })}
        >
          {open ? 'Close' : 'Open cluster'}
        </button>
      </div>
      {p.lastCommands.length > 0 && (
        <ol class="progress-row__log" aria-label={`Last commands of ${p.name}`}>
          {p.lastCommands.map((c) => (
            <li
              key={c.seq}
              class={c.exitCode === 0 ? '' : 'is-failed'}
              data-testid="last-command"
              data-exit-code={c.exitCode}
            >
              {commandLine(c)}
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

function WatchedTeam({ team, action }: { team: TeamPuzzleView; action: ActionRunner }) {
  const probe = latestProbe(team.terminal);
  return (
    <section
      class="watching card"
      data-testid="watching"
      data-team={team.teamId}
      aria-label={`${team.name}, read-only`}
    >
      <header class="watching__head">
        <h2>
          {team.name} <span class="tag">read-only</span>
        </h2>
        <button
          type="button"
          class="button button--small button--ghost"
          data-testid="stop-watching"
          onClick={() => void action.run('puzzle:watch', { teamId: null })}
        >
          Close
        </button>
      </header>
      <PuzzleExplanation text={team.explanation} />
      <PuzzleSolution steps={team.solution} />
      <div class="watching__grid">
        <div>
          <h3 class="puzzle__h">Goals</h3>
          <GoalList goals={team.goals} />
          <HintList hints={team.hints} />
          <h3 class="puzzle__h">Terminal ({team.commandCount} commands)</h3>
          <div class="transcript-box">
            {team.terminal.length === 0 ? (
              <p class="muted">No commands yet.</p>
            ) : (
              <TranscriptMirror entries={team.terminal} visible />
            )}
          </div>
        </div>
        <ClusterPicture view={team.cluster} probe={probe} />
      </div>
    </section>
  );
}
