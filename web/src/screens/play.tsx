import { ConnectionBanner } from '../components/game/connection-banner.js';
import { ErrorMessage } from '../components/shared/error-message.js';
import { PhaseStatus, UnsupportedPhase } from '../components/game/phase-status.js';
import { SeatProblem } from '../components/game/seat-problem.js';
import { formatScore } from '../lib/format.js';
import { useTitle } from '../lib/use-title.js';
import { useAction } from '../net/use-action.js';
import { useGameSession } from '../net/use-game-session.js';
import { PlayLobby } from './play-lobby.js';
import { PlayPodium } from './play-podium.js';
import { PlayPuzzle } from './play-puzzle.js';
import { PlayPuzzleReveal } from './play-puzzle-reveal.js';
import { PlayQuestion } from './play-question.js';
import { PlayReveal } from './play-reveal.js';
import { PlayScoreboard } from './play-scoreboard.js';
import { PlayTeams } from './play-teams.js';

export function PlayScreen({ code }: { code: string }) {
  const session = useGameSession(code, 'player');
  useTitle(`Game ${code}`);
  const action = useAction(session.act);
  if (!session.seat || session.fatal) return <SeatProblem code={code} error={session.fatal} role="player" />;

  const current = session.current;
  const view = current?.view ?? null;
  return (
    <main id="main" class="page page--play">
      <PhaseStatus view={view} />
      <ConnectionBanner status={session.status} />
      <ErrorMessage error={session.resumeError} />
      {!current || !view ? (
        <p class="loading">Rejoining game {code}…</p>
      ) : (
        <>
          <p class="play-bar">
            <span class="nickname" data-testid="my-nickname">
              {view.me.nickname}
            </span>
            {/* The one my-score on the page, in every phase, so a reload can be checked against it. */}
            <span class="play-bar__score">
              <span data-testid="my-score" data-score={view.me.score}>
                {formatScore(view.me.score)}
              </span>{' '}
              pts
            </span>
          </p>
          <UnsupportedPhase view={view} />
          {view.phase === 'lobby' && <PlayLobby view={view} />}
          {view.phase === 'question' && view.question && (
            // Keyed by question so a new question starts with an empty selection and no stale error.
            <PlayQuestion
              key={view.question.id}
              view={view}
              receivedAt={current.receivedAt}
              act={session.act}
            />
          )}
          {view.phase === 'reveal' && <PlayReveal view={view} />}
          {view.phase === 'scoreboard' && <PlayScoreboard view={view} />}
          {view.phase === 'podium' && <PlayPodium view={view} />}
          {view.phase === 'teams' && <PlayTeams view={view} action={action} />}
          {view.phase === 'puzzle' && (
            <PlayPuzzle view={view} receivedAt={current.receivedAt} act={session.act} action={action} />
          )}
          {view.phase === 'puzzle-reveal' && <PlayPuzzleReveal view={view} />}
        </>
      )}
    </main>
  );
}
