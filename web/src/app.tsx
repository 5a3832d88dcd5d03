import { Link } from './components/link.js';
import { useRoute } from './lib/use-route.js';
import { HomeScreen } from './screens/home.js';
import { HostScreen } from './screens/host.js';
import { JoinScreen } from './screens/join.js';
import { NotFoundScreen } from './screens/not-found.js';
import { PlayScreen } from './screens/play.js';

/** Top navigation; later modes (practice, leaderboards) add their entries here once their pages exist. */
const NAV_LINKS: { href: string; label: string }[] = [{ href: '/join', label: 'Join a game' }];

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
      {route.name === 'not-found' && <NotFoundScreen path={route.path} />}
    </>
  );
}
