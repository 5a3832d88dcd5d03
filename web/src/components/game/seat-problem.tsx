import type { ClientError } from '../../net/socket.js';
import { Link } from '../shared/link.js';

/** Shown when a seat cannot be used: no token in this browser, kicked, or the game is gone. */
export function SeatProblem({
  code,
  error,
  role,
}: {
  code: string;
  error: ClientError | null;
  role: 'host' | 'player';
}) {
  const kicked = error?.code === 'player/kicked';
  const title = kicked ? 'You were removed from the game' : "Can't open this game";
  const fallback =
    role === 'host'
      ? `This browser does not hold the host key for game ${code}. Only the browser that created a game can host it.`
      : `You have not joined game ${code} in this browser yet.`;
  return (
    <main id="main" class="page">
      <section class="card narrow center" aria-labelledby="seat-problem-title">
        <h1 id="seat-problem-title">{title}</h1>
        <p class="error-message" role="alert" data-testid="error-message">
          {error?.message ?? fallback}
        </p>
        <div class="actions">
          {!kicked && (
            <Link class="button" href={`/join/${code}`}>
              Join game {code} as a player
            </Link>
          )}
          <Link class="button button--ghost" href="/">
            Back to the start page
          </Link>
        </div>
      </section>
    </main>
  );
}
