/**
 * The HTTP edge: the JSON API, the CSV export and the built web client (with an SPA fallback).
 * Errors use the same `{ ok: false, error: { code, message } }` shape as socket acks.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import { parseOr400, sendError } from './respond.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ScenarioCatalog } from '../content/load.js';
import type { GameRepository } from '../persistence/game-repository.js';
import { createGameBody, type CreateGameResponse, type ScenarioSetSummary } from '../protocol/http.js';
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import type { RoomManager } from '../rooms/room-manager.js';
import { hashToken, sameHash } from '../common/secrets.js';
import { KeyedRateLimiter } from '../common/rate-limit.js';
import { buildResultsCsv } from './results-csv.js';
import { commandsCsv } from '../game/puzzle/commands-csv.js';
import type { PracticeRepository } from '../persistence/practice-repository.js';
import type { LeaderboardRepository } from '../persistence/leaderboard-repository.js';
import type { PuzzleLookup } from '../practice/content.js';
import { practiceRoutes } from './practice-routes.js';
import { leaderboardRoutes } from './leaderboard-routes.js';

export interface AppDeps {
  manager: RoomManager;
  catalog: ScenarioCatalog;
  repo: GameRepository;
  clock: Clock;
  log: Logger;
  publicUrl: string;
  webDistDir: string;
  practice: PracticeRepository;
  leaderboard: LeaderboardRepository;
  /** Puzzles for practice runs of sets with puzzle rounds. */
  puzzles?: PuzzleLookup;
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
    const sets: ScenarioSetSummary[] = deps.catalog.list().map((s) => ({
      id: s.id,
      title: s.title,
      description: s.description,
      questionCount: s.questions.length,
    }));
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
    if (!created.ok) return sendError(res, created.error);
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
    const game = await deps.repo.findGameByCode(code);
    if (!game) {
      sendError(res, { code: 'room/not-found', message: `no game with code ${code}` });
      return null;
    }
    if (!token || !sameHash(hashToken(token), game.hostSecretHash)) {
      sendError(res, { code: 'auth/invalid-token', message: 'the host token is missing or wrong' });
      return null;
    }
    return code;
  };

  app.get('/api/games/:code/results.csv', async (req, res) => {
    const code = await hostGame(req, res);
    if (!code) return;
    const csv = await buildResultsCsv(deps.repo, deps.catalog, code);
    if (csv === null) return sendError(res, { code: 'room/not-found', message: `no game with code ${code}` });
    res.type('text/csv; charset=utf-8').attachment(`kube-arena-${code}.csv`).send(csv);
  });

  const { catalog, clock, practice, leaderboard } = deps;
  app.use('/api/practice', practiceRoutes({ practice, catalog, clock, puzzles: deps.puzzles }));
  app.use('/api', leaderboardRoutes({ leaderboard, practice, games: deps.repo, catalog, clock }));

  // Puzzle rounds: every terminal command of the game (host only, like results.csv).
  app.get('/api/games/:code/commands.csv', async (req, res) => {
    const code = await hostGame(req, res);
    if (!code) return;
    const rows = (await deps.repo.getPuzzleCommands(code)) ?? [];
    res.type('text/csv; charset=utf-8').attachment(`kube-arena-${code}-commands.csv`).send(commandsCsv(rows));
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
    sendError(res, { code: 'server/internal', message: 'something went wrong on the server' });
  });

  return app;
}
