/**
 * What the leaderboard service refuses, in its own terms. The strings are the wire codes they become;
 * the translation is server/edge/wire-errors.ts, at the HTTP edge only.
 */
import { failFor, type ModuleError, type Result as ResultOf } from '../common/result.js';

export const LEADERBOARD_ERROR_CODES = [
  /** No practice board: the set does not exist. */
  'scenario/not-found',
  /**
   * No such game, a private one asked for without its host token or link, or a change without the
   * host token: to anyone but its host a game looks like a missing one (no probing for live codes).
   */
  'room/not-found',
  /** A game's ranking before its podium. */
  'game/not-finished',
] as const;

export type LeaderboardErrorCode = (typeof LEADERBOARD_ERROR_CODES)[number];
export type LeaderboardError = ModuleError<'leaderboard', LeaderboardErrorCode>;
export type Result<T> = ResultOf<T, LeaderboardError>;

export const fail = failFor<LeaderboardError>('leaderboard');
export { ok } from '../common/result.js';
