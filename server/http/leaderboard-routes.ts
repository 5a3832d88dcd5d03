/**
 * HTTP routes of the leaderboards, mounted at /api: practice boards, public classroom results, one
 * game's ranking and the host's public/private switch. Reads are rate-limited per address.
 */
import express, { type Router } from 'express';
import { KeyedRateLimiter } from '../common/rate-limit.js';
import type { LeaderboardService } from '../leaderboard/service.js';
import type { PracticeService } from '../practice/service.js';
import { joinCodeSchema } from '../protocol/events.js';
import {
  gameRankingQuery,
  pageQuery,
  practiceLeaderboardQuery,
  setGamePublicBody,
} from '../protocol/practice.js';
import { bearerOf, parseOr400, sendError, sendResult } from './respond.js';

export interface LeaderboardRoutesDeps {
  leaderboard: LeaderboardService;
  /** Finds the viewer's practice identity, to mark their own row. */
  practice: Pick<PracticeService, 'identify'>;
  clock: { now(): number };
  /** Reads per address: `[capacity, refill per second]`. */
  readLimit?: [number, number];
}

export function leaderboardRoutes(deps: LeaderboardRoutesDeps): Router {
  const service = deps.leaderboard;
  const [capacity, perSecond] = deps.readLimit ?? [240, 20];
  const reads = new KeyedRateLimiter(capacity, perSecond);
  const router = express.Router();

  router.use((req, res, next) => {
    if (reads.take(req.ip ?? 'unknown', deps.clock.now())) return next();
    sendError(res, { code: 'rate/limited', message: 'too many requests from this address; wait a little' });
  });

  router.get('/leaderboards/practice/:setId', async (req, res) => {
    const query = parseOr400(res, practiceLeaderboardQuery, req.query);
    if (!query) return;
    // The viewer's own row is a courtesy: an unknown token just means "anonymous".
    const token = bearerOf(req);
    const viewer = token ? await deps.practice.identify(token) : null;
    sendResult(res, await service.practiceBoard(String(req.params.setId), query, viewer?.id ?? null));
  });

  router.get('/leaderboards/games', async (req, res) => {
    const query = parseOr400(res, pageQuery, req.query);
    if (query) sendResult(res, { ok: true, data: await service.publicGames(query) });
  });

  router.get('/games/:code/ranking', async (req, res) => {
    const code = parseOr400(res, joinCodeSchema, req.params.code);
    const query = code && parseOr400(res, gameRankingQuery, req.query);
    if (code && query) sendResult(res, await service.gameRanking(code, bearerOf(req), query));
  });

  router.patch('/games/:code', express.json({ limit: '4kb' }), async (req, res) => {
    const code = parseOr400(res, joinCodeSchema, req.params.code);
    const body = code && parseOr400(res, setGamePublicBody, req.body);
    if (code && body) sendResult(res, await service.setPublic(code, bearerOf(req), body.isPublic));
  });

  return router;
}
