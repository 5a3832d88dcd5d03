/**
 * The HTTP edge: the JSON API, the CSV export and the built web client (with an SPA fallback).
 * Errors use the same `{ ok: false, error: { code, message } }` shape as socket acks.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import { KeyedRateLimiter } from '../common/rate-limit.js';
import { INTERNAL, toWire, wireErrorOf } from '../edge/wire-errors.js';
import type { LeaderboardService } from '../leaderboard/service.js';
import type { PracticeService } from '../practice/service.js';
import { createGameBody, type CreateGameResponse, type ScenarioSetSummary } from '../protocol/http.js';
import type { GameExports } from '../rooms/game-exports.js';
import type { RoomManager } from '../rooms/room-manager.js';
import { leaderboardRoutes } from './leaderboard-routes.js';
import { practiceRoutes } from './practice-routes.js';
import { parseOr400, sendError } from './respond.js';

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
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const createLimiter = new KeyedRateLimiter(20, 0.2);

  app.get('/api/health', (_req, res) => {
    res.json({ ok: true, data: { status: 'up' } });
  });

  app.get('/api/scenario-sets', (_req, res) => {
    const sets: ScenarioSetSummary[] = deps.manager.scenarioSets();
    res.json(sets);
  });

  app.post('/api/games', express.json({ limit: '16kb' }), async (req, res) => {
    if (!createLimiter.take(req.ip ?? 'unknown', deps.clock.now())) {
      return sendError(res, {
        code: 'rate/limited',
        message: 'too many games created from this address; wait a minute',
      });
    }
    const body = parseOr400(res, createGameBody, req.body);
    if (!body) return;
    const created = await deps.manager.createGame(body);
    if (!created.ok) return sendError(res, toWire(created.error));
    const response: CreateGameResponse = {
      ...created.data,
      joinUrl: `${deps.publicUrl}/join/${created.data.code}`,
    };
    res.status(201).json(response);
  });

  /** The game behind `:code` when the request carries its host token; otherwise answers the error. */
  const hostGame = async (req: Request, res: Response): Promise<string | null> => {
    const code = String(req.params.code).toUpperCase();
    const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    const host = await deps.exports.hostGame(code, token);
    if (!host.ok) sendError(res, toWire(host.error));
    return host.ok ? host.data : null;
  };

  app.get('/api/games/:code/results.csv', async (req, res) => {
    const code = await hostGame(req, res);
    if (!code) return;
    const csv = await deps.exports.resultsCsv(code);
    if (csv === null) return sendError(res, toWire({ kind: 'game-not-found', code }));
    res.type('text/csv; charset=utf-8').attachment(`kube-arena-${code}.csv`).send(csv);
  });

  const { clock, practice, leaderboard } = deps;
  app.use('/api/practice', practiceRoutes({ practice, clock }));
  app.use('/api', leaderboardRoutes({ leaderboard, practice, clock }));

  // Puzzle rounds: every terminal command of the game (host only, like results.csv).
  app.get('/api/games/:code/commands.csv', async (req, res) => {
    const code = await hostGame(req, res);
    if (!code) return;
    const csv = await deps.exports.commandsCsv(code);
    res.type('text/csv; charset=utf-8').attachment(`kube-arena-${code}-commands.csv`).send(csv);
  });

  app.use('/api', (_req, res) => sendError(res, { code: 'room/not-found', message: 'no such API route' }));

  const dist = path.resolve(deps.webDistDir);
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  // Client-side routes (/host/ABC123, /join/ABC123, ...) all load the single page.
  app.get(/^\/(?!socket\.io\/).*/, (_req, res) => {
    const index = path.join(dist, 'index.html');
    if (existsSync(index)) res.sendFile(index, { maxAge: 0 });
    else res.status(503).type('text/plain').send('The web client is not built yet: run `npm run build:web`.');
  });

  // Malformed JSON and other thrown errors still answer in the API's error shape.
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
