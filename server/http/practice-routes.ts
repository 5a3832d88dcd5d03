/**
 * HTTP routes of practice mode, mounted at /api/practice. Thin: parse (zod), rate-limit, identify the
 * learner by `Authorization: Bearer <practiceToken>`, call PracticeService, reply with a Result.
 * docs/protocol.md "Practice and leaderboards API" documents every route.
 */
import express, { type Request, type Response, type Router } from 'express';
import { KeyedRateLimiter } from '../common/rate-limit.js';
import type { PracticeService } from '../practice/service.js';
import {
  practiceAnswerBody,
  practiceCommandBody,
  practiceHistoryQuery,
  startPracticeBody,
} from '../protocol/practice.js';
import { bearerOf, parseOr400, sendError, sendResult } from './respond.js';

/** A practice identity, as PracticeService finds it by token. */
type Learner = NonNullable<Awaited<ReturnType<PracticeService['identify']>>>;

/** Token buckets: `[capacity, refill per second]`. */
export interface PracticeLimits {
  startPerToken: [number, number];
  startPerIp: [number, number];
  answerPerToken: [number, number];
  answerPerIp: [number, number];
  /** Puzzle terminal lines (and hints). */
  commandPerToken: [number, number];
  commandPerIp: [number, number];
}

/**
 * A learner starts a run now and then and answers at reading speed; an address may be a whole
 * classroom behind one NAT, hence the larger per-IP buckets.
 */
export const DEFAULT_PRACTICE_LIMITS: PracticeLimits = {
  startPerToken: [5, 0.1],
  startPerIp: [60, 1],
  answerPerToken: [20, 2],
  answerPerIp: [600, 40],
  // The classroom's allowance per player: bursts of 10, then 2 a second.
  commandPerToken: [10, 2],
  commandPerIp: [600, 40],
};

export interface PracticeRoutesDeps {
  practice: PracticeService;
  clock: { now(): number };
  limits?: Partial<PracticeLimits>;
}

export function practiceRoutes(deps: PracticeRoutesDeps): Router {
  const service = deps.practice;
  const limits = { ...DEFAULT_PRACTICE_LIMITS, ...deps.limits };
  const limiter = ([capacity, perSecond]: [number, number]) => new KeyedRateLimiter(capacity, perSecond);
  const start = { token: limiter(limits.startPerToken), ip: limiter(limits.startPerIp) };
  const answer = { token: limiter(limits.answerPerToken), ip: limiter(limits.answerPerIp) };
  const command = { token: limiter(limits.commandPerToken), ip: limiter(limits.commandPerIp) };
  const router = express.Router();
  // A terminal line may carry up to 4 manifests of 48 KiB (the `puzzle:command` limits).
  const small = express.json({ limit: '16kb' });
  const large = express.json({ limit: '256kb' });
  router.use((req, res, next) => (req.path.endsWith('/commands') ? large : small)(req, res, next));

  /** Both buckets must have room; the message says which limit was hit. */
  function allowed(
    res: Response,
    buckets: typeof start,
    token: string | undefined,
    ip: string,
    what: string,
  ): boolean {
    const now = deps.clock.now();
    if (!buckets.ip.take(ip, now)) {
      sendError(res, {
        code: 'rate/limited',
        message: `too many ${what} from this address; wait a little and retry`,
      });
      return false;
    }
    if (token !== undefined && !buckets.token.take(token, now)) {
      sendError(res, {
        code: 'rate/limited',
        message: `too many ${what} in a short time; wait a little and retry`,
      });
      return false;
    }
    return true;
  }

  /** The learner of the request's token; replies 401 (and returns null) when missing or unknown. */
  async function learnerOf(req: Request, res: Response): Promise<Learner | null> {
    const token = bearerOf(req);
    const learner = token ? await service.identify(token) : null;
    if (!learner) {
      sendError(res, {
        code: 'auth/invalid-token',
        message: 'this needs your practice token (Authorization: Bearer <token>)',
      });
    }
    return learner;
  }

  function runIdOf(req: Request, res: Response): number | undefined {
    const id = Number(req.params.runId);
    if (Number.isSafeInteger(id) && id > 0 && id < 2 ** 31) return id;
    sendError(res, { code: 'practice/not-found', message: `no practice run ${String(req.params.runId)}` });
    return undefined;
  }

  router.post('/runs', async (req, res) => {
    const body = parseOr400(res, startPracticeBody, req.body);
    if (!body) return;
    const token = bearerOf(req);
    if (!allowed(res, start, token, req.ip ?? 'unknown', 'new runs')) return;
    let learner: Learner | null = null;
    if (token) {
      learner = await service.identify(token);
      if (!learner) {
        return sendError(res, {
          code: 'auth/invalid-token',
          message: 'unknown practice token; start without it',
        });
      }
    }
    sendResult(res, await service.start(learner, body), 201);
  });

  router.get('/me', async (req, res) => {
    const learner = await learnerOf(req, res);
    if (learner) sendResult(res, { ok: true, data: await service.me(learner) });
  });

  router.get('/runs', async (req, res) => {
    const query = parseOr400(res, practiceHistoryQuery, req.query);
    if (!query) return;
    const learner = await learnerOf(req, res);
    if (learner) sendResult(res, { ok: true, data: await service.history(learner, query) });
  });

  router.get('/runs/:runId', async (req, res) => {
    const runId = runIdOf(req, res);
    const learner = runId && (await learnerOf(req, res));
    if (runId && learner) sendResult(res, await service.getRun(learner, runId));
  });

  router.post('/runs/:runId/answers', async (req, res) => {
    const body = parseOr400(res, practiceAnswerBody, req.body);
    const runId = body && runIdOf(req, res);
    const learner = runId && (await learnerOf(req, res));
    if (!body || !runId || !learner) return;
    if (!allowed(res, answer, bearerOf(req), req.ip ?? 'unknown', 'answers')) return;
    sendResult(res, await service.answer(learner, runId, body));
  });

  router.post('/runs/:runId/next', async (req, res) => {
    const runId = runIdOf(req, res);
    const learner = runId && (await learnerOf(req, res));
    if (!runId || !learner) return;
    if (!allowed(res, answer, bearerOf(req), req.ip ?? 'unknown', 'requests')) return;
    sendResult(res, await service.next(learner, runId));
  });

  router.post('/runs/:runId/commands', async (req, res) => {
    const body = parseOr400(res, practiceCommandBody, req.body);
    const runId = body && runIdOf(req, res);
    const learner = runId && (await learnerOf(req, res));
    if (!body || !runId || !learner) return;
    if (!allowed(res, command, bearerOf(req), req.ip ?? 'unknown', 'commands')) return;
    sendResult(res, await service.command(learner, runId, body));
  });

  router.post('/runs/:runId/hints', async (req, res) => {
    const runId = runIdOf(req, res);
    const learner = runId && (await learnerOf(req, res));
    if (!runId || !learner) return;
    if (!allowed(res, command, bearerOf(req), req.ip ?? 'unknown', 'requests')) return;
    sendResult(res, await service.hint(learner, runId));
  });

  router.post('/runs/:runId/review', async (req, res) => {
    const runId = runIdOf(req, res);
    const learner = runId && (await learnerOf(req, res));
    if (!runId || !learner) return;
    if (!allowed(res, start, bearerOf(req), req.ip ?? 'unknown', 'new runs')) return;
    sendResult(res, await service.review(learner, runId), 201);
  });

  return router;
}
