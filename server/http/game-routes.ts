/**
 * The classroom game's HTTP routes: the scenario sets a host picks from, creating a game, and the
 * host's CSV exports. Games are capped per client address (GAMES_PER_ADDRESS_PER_HOUR) here, and per
 * node (MAX_ROOMS) by the RoomManager.
 */
import express, { type Request, type Response, type Router } from 'express';
import type { Clock } from '../common/clock.js';
import { KeyedRateLimiter } from '../common/rate-limit.js';
import { toWire } from '../edge/wire-errors.js';
import { createGameBody, type CreateGameResponse, type ScenarioSetSummary } from '../protocol/http.js';
import type { GameExports } from '../rooms/game-exports.js';
import type { RoomManager } from '../rooms/room-manager.js';
import { bearerOf, parseOr400, sendCsv, sendError, sendResult } from './respond.js';

export interface GameRoutesDeps {
  manager: RoomManager;
  /** results.csv and commands.csv of a game, for its host. */
  exports: GameExports;
  clock: Clock;
  /** Origin of the join URL (read per request: tests listen on port 0). */
  readonly publicUrl: string;
  /** Games one address may create: this many at once, refilled at this many per hour. */
  gamesPerAddressPerHour: number;
}

const HOUR_MS = 60 * 60_000;

export function gameRoutes(deps: GameRoutesDeps): Router {
  const perHour = deps.gamesPerAddressPerHour;
  // An address forgotten after an hour would have refilled its bucket anyway.
  const creations = new KeyedRateLimiter(perHour, perHour / 3600, HOUR_MS);
  const router = express.Router();

  router.get('/scenario-sets', (_req, res) => {
    const sets: ScenarioSetSummary[] = deps.manager.scenarioSets();
    sendResult(res, { ok: true, data: sets });
  });

  router.post('/games', express.json({ limit: '16kb' }), async (req, res) => {
    if (!creations.take(req.ip ?? 'unknown', deps.clock.now())) {
      return sendError(res, {
        code: 'rate/too-many-games',
        message: `this address created ${perHour} games lately; wait a few minutes before creating another`,
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
    sendResult(res, { ok: true, data: response }, 201);
  });

  /** The game behind `:code` when the request carries its host token; otherwise answers the error. */
  const hostGame = async (req: Request, res: Response): Promise<string | null> => {
    const code = String(req.params.code).toUpperCase();
    const host = await deps.exports.hostGame(code, bearerOf(req));
    if (!host.ok) sendError(res, toWire(host.error));
    return host.ok ? host.data : null;
  };

  router.get('/games/:code/results.csv', async (req, res) => {
    const code = await hostGame(req, res);
    if (!code) return;
    const csv = await deps.exports.resultsCsv(code);
    if (csv === null) return sendError(res, toWire({ kind: 'game-not-found', code }));
    sendCsv(res, `kube-arena-${code}.csv`, csv);
  });

  // Puzzle rounds: every terminal command of the game (host only, like results.csv).
  router.get('/games/:code/commands.csv', async (req, res) => {
    const code = await hostGame(req, res);
    if (code) sendCsv(res, `kube-arena-${code}-commands.csv`, await deps.exports.commandsCsv(code));
  });

  return router;
}
