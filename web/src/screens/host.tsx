import { ConnectionBanner } from '../components/game/connection-banner.js';
import { ErrorMessage } from '../components/shared/error-message.js';
import { PhaseStatus, UnsupportedPhase } from '../components/game/phase-status.js';
import { SeatProblem } from '../components/game/seat-problem.js';
import { useTitle } from '../lib/use-title.js';
import { useAction } from '../net/use-action.js';
import { useGameSession } from '../net/use-game-session.js';
import { HostLobby } from './host-lobby.js';
import { HostPodium } from './host-podium.js';
import { HostPuzzle } from './host-puzzle.js';
import { HostQuestion } from './host-question.js';
import { HostReveal } from './host-reveal.js';
import { HostScoreboard } from './host-scoreboard.js';
import { HostTeams } from './host-teams.js';

export function HostScreen({ code }: { code: string }) {
  const session = useGameSession(code, 'host');
  useTitle(`Host ${code}`);
  const action = useAction(session.act);
  if (!session.seat || session.fatal) return <SeatProblem code={code} error={session.fatal} role="host" />;

  const current = session.current;
  const view = current?.view ?? null;
  return (
    <main id="main" class="page page--host">
      <PhaseStatus view={view} />
      <ConnectionBanner status={session.status} />
      <ErrorMessage error={session.resumeError} />
      {!current || !view ? (
        <p class="loading">Loading game {code}…</p>
      ) : (
        <>
          <UnsupportedPhase view={view} />
          {view.phase === 'lobby' && <HostLobby view={view} action={action} />}
          {view.phase === 'question' && (
            <HostQuestion view={view} receivedAt={current.receivedAt} action={action} />
          )}
          {view.phase === 'reveal' && <HostReveal view={view} action={action} />}
          {view.phase === 'scoreboard' && <HostScoreboard view={view} action={action} />}
          {view.phase === 'teams' && <HostTeams view={view} action={action} />}
          {(view.phase === 'puzzle' || view.phase === 'puzzle-reveal') && (
            <HostPuzzle view={view} receivedAt={current.receivedAt} action={action} />
          )}
          {view.phase === 'podium' && <HostPodium view={view} hostToken={session.seat.token} />}
        </>
      )}
    </main>
  );
}
