/**
 * Join-code probing over HTTP. Every per-code route (`/api/games/:code/...`) answers 404
 * `room/not-found` both for a free code and for a live one without its token, and each such miss uses
 * up the client address's allowance — one limiter shared with the socket's `room:join` and
 * `room:resume` (server.ts hands both edges the same one), so guessing codes is slow on every path.
 */
import type { RequestHandler } from 'express';
import type { Clock } from '../common/clock.js';
import type { KeyedRateLimiter } from '../common/rate-limit.js';
import { sendError } from './respond.js';

export function codeLookupGuard(misses: KeyedRateLimiter, clock: Clock): RequestHandler {
  return (req, res, next) => {
    const address = req.ip ?? 'unknown';
    // Taken before the lookup and given back unless it missed: parallel guesses cannot all slip through.
    if (!misses.take(address, clock.now())) {
      return sendError(res, {
        code: 'rate/too-many-lookups',
        message: 'too many unknown game codes from this address; wait a minute and check the code',
      });
    }
    res.once('close', () => {
      if (res.statusCode !== 404) misses.refund(address);
    });
    next();
  };
}
