/**
 * The shape of every acknowledgement and every HTTP reply:
 * `{ ok: true, data } | { ok: false, error: { code, message } }` — the generic Result of
 * server/common/result.ts with the wire's error. Only the edges build these: the core modules return
 * their own errors, which server/edge/wire-errors.ts maps onto these codes.
 */
import { err, ok as okOf, type Result as ResultOf } from '../common/result.js';

export type ErrorCode =
  | 'validation/invalid-payload'
  | 'auth/invalid-token'
  | 'auth/not-host'
  | 'auth/not-player'
  | 'room/not-found'
  | 'room/not-joined'
  | 'room/busy'
  | 'room/full'
  | 'player/nickname-invalid'
  | 'player/nickname-taken'
  | 'player/kicked'
  | 'player/not-found'
  | 'game/wrong-phase'
  | 'game/not-accepting-answers'
  | 'game/already-answered'
  | 'game/unknown-question'
  | 'game/invalid-choice'
  | 'game/no-players'
  | 'game/ended'
  | 'scenario/not-found'
  | 'team/invalid'
  | 'team/full'
  | 'team/locked'
  | 'puzzle/not-in-team'
  | 'puzzle/invalid-command'
  | 'puzzle/already-solved'
  | 'puzzle/no-more-hints'
  | 'puzzle/unknown-team'
  | 'game/not-finished'
  | 'practice/not-found'
  | 'practice/finished'
  | 'practice/abandoned'
  | 'practice/already-answered'
  | 'practice/not-answered'
  | 'practice/wrong-question'
  | 'practice/not-finished'
  | 'practice/nothing-to-review'
  | 'practice/conflict'
  | 'practice/nickname-required'
  | 'rate/limited'
  | 'rate/too-many-games'
  | 'rate/too-many-lookups'
  | 'server/internal'
  | 'server/full';

export interface AppError {
  code: ErrorCode;
  message: string;
  /**
   * Never set: a core module's error names its module (server/common/result.ts `ModuleError`), so the
   * type checker refuses to send one as it is; server/edge/wire-errors.ts translates it first.
   */
  module?: never;
}

export type Result<T> = ResultOf<T, AppError>;

export const ok = <T>(data: T): Result<T> => okOf(data);
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => err({ code, message });
