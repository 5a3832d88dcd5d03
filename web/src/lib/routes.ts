/**
 * Client-side routes. The server answers every non-API GET with index.html, so the pathname alone decides
 * which screen to show; codes are normalised here so `/play/abc123` and `/play/ABC123` are the same seat.
 */
import { parsePracticeRoute, practiceRoutePath, type PracticeRoute } from './practice-routes.js';

export type Route =
  | PracticeRoute
  | { name: 'home' }
  | { name: 'join'; code: string | null }
  | { name: 'host'; code: string }
  | { name: 'play'; code: string }
  | { name: 'not-found'; path: string };

const CODE_RE = /^[A-Z0-9]{6}$/;

export function normalizeCode(raw: string): string {
  return raw.trim().toUpperCase();
}

export function isJoinCode(raw: string): boolean {
  return CODE_RE.test(normalizeCode(raw));
}

export function parseRoute(pathname: string): Route {
  const parts = pathname
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => safeDecode(p));
  const [first, second, ...rest] = parts;
  if (first === undefined) return { name: 'home' };
  const practice = parsePracticeRoute(parts);
  if (practice) return practice;
  if (rest.length > 0) return { name: 'not-found', path: pathname };
  if (first === 'join') {
    // A mistyped code in a shared link still lands on the form, just not pre-filled.
    const code = second !== undefined && isJoinCode(second) ? normalizeCode(second) : null;
    return { name: 'join', code };
  }
  if ((first === 'host' || first === 'play') && second !== undefined && isJoinCode(second)) {
    return { name: first, code: normalizeCode(second) };
  }
  return { name: 'not-found', path: pathname };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'join':
      return route.code ? `/join/${route.code}` : '/join';
    case 'host':
      return `/host/${route.code}`;
    case 'play':
      return `/play/${route.code}`;
    case 'not-found':
      return route.path;
    default:
      return practiceRoutePath(route);
  }
}

export function joinUrl(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/join/${normalizeCode(code)}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
