/**
 * A player's puzzle round: the story and goals on top, then the work area: terminal, cluster picture
 * and YAML editor. On a phone the three are tabs; on a wide screen the picture sits beside the
 * terminal (or the editor).
 */
import { useState } from 'preact/hooks';
import type { PlayerView, TeamPuzzleView } from '../../../server/protocol/index.js';
import { PuzzleBrief } from '../components/puzzle/puzzle-brief.js';
import { PuzzleClock } from '../components/puzzle/puzzle-clock.js';
import { PuzzleWorkspace } from '../components/puzzle/puzzle-workspace.js';
import { TeamPicker } from '../components/puzzle/team-picker.js';
import type { ActionRunner } from '../net/use-action.js';
import type { GameSession } from '../net/use-game-session.js';
import '../styles/puzzle.css';

interface Props {
  view: PlayerView;
  receivedAt: number;
  act: GameSession<'player'>['act'];
  action: ActionRunner;
}

export function PlayPuzzle({ view, receivedAt, act, action }: Props) {
  const puzzle = view.puzzle;
  if (!puzzle) return <p class="loading">Loading the puzzle…</p>;
  const team = puzzle.team;
  if (!team)
    return (
      <section class="card narrow" data-testid="puzzle-no-team">
        <h1>{puzzle.round.title}</h1>
        <p>The round has started. Join one of the teams to play along:</p>
        <TeamPicker
          teams={view.teams}
          myTeamId={view.myTeamId}
          newTeamId={null}
          maxSize={puzzle.round.maxTeamSize}
          action={action}
          canLeave={false}
        />
      </section>
    );
  return (
    <PuzzleBoard
      key={`${puzzle.round.roundId}:${team.teamId}`}
      view={view}
      team={team}
      receivedAt={receivedAt}
      act={act}
      action={action}
    />
  );
}

function PuzzleBoard({ view, team, receivedAt, act, action }: Props & { team: TeamPuzzleView }) {
  const round = view.puzzle!.round;
  // On a phone the story starts folded so the goals and the terminal fit on the first screen.
  const [storyOpen] = useState(
    () => typeof matchMedia !== 'function' || matchMedia('(min-width: 700px)').matches,
  );
  const paused = view.clock?.paused ?? false;
  const readOnly = team.solved ? 'solved' : paused ? 'paused by the host' : null;

  const send = async (line: string, files?: Record<string, string>): Promise<string | null> => {
    const res = await act('puzzle:command', files ? { line, files } : { line });
    return res.ok ? null : res.error.message;
  };

  return (
    <div class="puzzle" data-testid="puzzle" data-team={team.teamId} data-solved={team.solved}>
      <header class="puzzle__head">
        <div>
          <p class="eyebrow">
            {team.name} ·{' '}
            {team.members.map((m, i) => (
              <span key={m.playerId} class={`nickname ${m.connected ? '' : 'is-away'}`}>
                {i > 0 ? ', ' : ''}
                {m.nickname}
              </span>
            ))}
          </p>
          <h1 class="puzzle__title">{round.title}</h1>
        </div>
        {view.clock && <PuzzleClock clock={view.clock} receivedAt={receivedAt} limitMs={round.timeLimitMs} />}
      </header>

      {team.solved && (
        <p class="notice puzzle__solved" role="status" data-testid="puzzle-solved" data-points={team.points}>
          Solved in {Math.round((team.solvedInMs ?? 0) / 1000)} s: +{team.points} points for every member.
          Wait for the other teams or the host.
        </p>
      )}

      <PuzzleBrief
        work={team}
        guided={round.guided}
        storyOpen={storyOpen}
        hintDisabled={action.pending !== null || readOnly !== null}
        onHint={() => void action.run('puzzle:hint', {})}
        showNoHints
      >
        {action.error && action.pending === null && (
          <p class="error-message" role="alert" data-testid="error-message">
            {action.error.message}
          </p>
        )}
      </PuzzleBrief>

      <PuzzleWorkspace work={team} meId={view.me.playerId} readOnly={readOnly} send={send} />
    </div>
  );
}
