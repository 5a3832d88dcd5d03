/**
 * The one success-or-failure shape: `{ ok: true, data } | { ok: false, error }`. Each layer picks its
 * own error type: the wire's `{ code, message }` (server/protocol/result.ts), a rooms or persistence
 * error the edges translate (server/edge/wire-errors.ts). Failures a caller is expected to handle are
 * returned this way; bugs and outages are thrown.
 */
export type Ok<T> = { ok: true; data: T };
export type Err<E> = { ok: false; error: E };
export type Result<T, E> = Ok<T> | Err<E>;

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data });
export const err = <E>(error: E): Err<E> => ({ ok: false, error });
