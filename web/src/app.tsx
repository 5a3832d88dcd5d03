import { Link } from './components/shared/link.js';
import { useRoute } from './lib/use-route.js';
import { HomeScreen } from './screens/home.js';
import { HostScreen } from './screens/host.js';
import { JoinScreen } from './screens/join.js';
import { LeaderboardResultsScreen } from './screens/leaderboard-results.js';
import { LeaderboardSetScreen } from './screens/leaderboard-set.js';
import { LeaderboardsScreen } from './screens/leaderboards.js';
import { NotFoundScreen } from './screens/not-found.js';
import { PlayScreen } from './screens/play.js';
import { PracticeRunScreen } from './screens/practice-run.js';
import { PracticeScreen } from './screens/practice.js';

/** Top navigation; later modes (practice, leaderboards) add their entries here once their pages exist. */
const NAV_LINKS: { href: string; label: string }[] = [
  { href: '/join', label: 'Join a game' },
  { href: '/practice', label: 'Practice' },
  { href: '/leaderboards', label: 'Leaderboards' },
];

export function App() {
  const route = useRoute();
  // The host screen is for a projector: no site chrome competing with the join code.
  const chrome = route.name !== 'host';
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      {chrome && (
        <header class="site-header">
          <Link class="brand" href="/">
            <span class="brand__mark" aria-hidden="true">
              ⎈
            </span>
            kube-arena
          </Link>
          <nav aria-label="Main">
            <ul class="site-nav">
              {NAV_LINKS.map((l) => (
                <li key={l.href}>
                  <Link href={l.href}>{l.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
      )}
      {route.name === 'home' && <HomeScreen />}
      {route.name === 'join' && <JoinScreen key={route.code ?? ''} code={route.code} />}
      {route.name === 'host' && <HostScreen key={route.code} code={route.code} />}
      {route.name === 'play' && <PlayScreen key={route.code} code={route.code} />}
      {route.name === 'practice' && <PracticeScreen />}
      {route.name === 'practice-run' && <PracticeRunScreen key={route.runId} runId={route.runId} />}
      {route.name === 'leaderboards' && <LeaderboardsScreen />}
      {route.name === 'leaderboard' && <LeaderboardSetScreen key={route.setId} setId={route.setId} />}
      {route.name === 'results' && <LeaderboardResultsScreen key={route.code} code={route.code} />}
      {route.name === 'not-found' && <NotFoundScreen path={route.path} />}
    </>
  );
}
