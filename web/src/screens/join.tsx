import { JoinForm } from '../components/game/join-form.js';
import { Link } from '../components/shared/link.js';
import { browserStore, loadSeat } from '../lib/seat-storage.js';
import { useTitle } from '../lib/use-title.js';

export function JoinScreen({ code }: { code: string | null }) {
  useTitle(code ? `Join ${code}` : 'Join a game');
  const existing = code ? loadSeat(browserStore(), code, 'player') : null;
  return (
    <main id="main" class="page">
      <section class="card narrow" aria-labelledby="join-title">
        <h1 id="join-title">Join {code ? `game ${code}` : 'a game'}</h1>
        {existing && code && (
          <p class="notice">
            You already joined this game as{' '}
            <strong class="nickname">{existing.nickname ?? 'a player'}</strong>.{' '}
            <Link href={`/play/${code}`}>Continue with that seat</Link>
          </p>
        )}
        <JoinForm initialCode={code} />
      </section>
    </main>
  );
}
