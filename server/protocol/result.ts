/**
 * The one shape every acknowledgement and every fallible core call uses:
 * `{ ok: true, data } | { ok: false, error: { code, message } }`.
 */
export type ErrorCode =
  | 'validation/invalid-payload'
  | 'auth/invalid-token'
  | 'auth/not-host'
  | 'auth/not-player'
  | 'room/not-found'
  | 'room/not-joined'
  | 'room/busy'
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
  | 'rate/limited'
  | 'server/internal';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});
