/**
 * The HTTP edge: security headers, the JSON API, the CSV exports and the built web client (with an SPA
 * fallback). Every JSON body, success or error, is the `{ ok, data } | { ok: false, error }` shape of
 * socket acks (respond.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { TrustFn } from '../common/client-address.js';
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import type { KeyedRateLimiter } from '../common/rate-limit.js';
import { INTERNAL, wireErrorOf } from '../edge/wire-errors.js';
import type { LeaderboardService } from '../leaderboard/service.js';
import type { PracticeService } from '../practice/service.js';
import type { GameExports } from '../rooms/game-exports.js';
import type { RoomManager } from '../rooms/room-manager.js';
import { codeLookupGuard } from './code-lookups.js';
import { gameRoutes } from './game-routes.js';
import { leaderboardRoutes } from './leaderboard-routes.js';
import { practiceRoutes } from './practice-routes.js';
import { sendError, sendResult } from './respond.js';
import { securityHeaders } from './security.js';

export interface AppDeps {
  manager: RoomManager;
  /** results.csv and commands.csv of a game, for its host. */
  exports: GameExports;
  practice: PracticeService;
  leaderboard: LeaderboardService;
  clock: Clock;
  log: Logger;
  publicUrl: string;
  webDistDir: string;
  /** Which proxies may name the client (TRUST_PROXY): `req.ip` is `clientAddress` with it. */
  trustProxy: TrustFn;
  /** Misses of join-code lookups per client address, shared with the socket edge. */
  codeMisses: KeyedRateLimiter;
  gamesPerAddressPerHour: number;
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // The same trust function the socket edge uses, so both key a client by the same address.
  app.set('trust proxy', deps.trustProxy);
  app.use(securityHeaders());

  app.get('/api/health', (_req, res) => {
    sendResult(res, { ok: true, data: { status: 'up' } });
  });

  const { clock, practice, leaderboard } = deps;
  // Every per-code route (CSV exports, ranking, PATCH) counts its 404s against the address.
  app.use('/api/games/:code', codeLookupGuard(deps.codeMisses, clock));
  app.use(
    '/api',
    gameRoutes({
      manager: deps.manager,
      exports: deps.exports,
      clock,
      get publicUrl() {
        return deps.publicUrl;
      },
      gamesPerAddressPerHour: deps.gamesPerAddressPerHour,
    }),
  );
  app.use('/api/practice', practiceRoutes({ practice, clock }));
  app.use('/api', leaderboardRoutes({ leaderboard, practice, clock }));

  app.use('/api', (_req, res) => sendError(res, { code: 'room/not-found', message: 'no such API route' }));

  const dist = path.resolve(deps.webDistDir);
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  // Client-side routes (/host/ABC123, /join/ABC123, ...) all load the single page.
  app.get(/^\/(?!socket\.io\/).*/, (_req, res) => {
    const index = path.join(dist, 'index.html');
    if (existsSync(index)) res.sendFile(index, { maxAge: 0 });
    else res.status(503).type('text/plain').send('The web client is not built yet: run `npm run build:web`.');
  });

  // Malformed JSON, a body over its limit and other thrown errors still answer in the API's error shape.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status;
    if (status === 400 || status === 413) {
      return sendError(res, { code: 'validation/invalid-payload', message: (err as Error).message });
    }
    deps.log.error('http request failed', err);
    // A typed persistence error (a race the route did not expect) keeps its meaning on the wire.
    sendError(res, wireErrorOf(err) ?? INTERNAL);
  });

  return app;
}
