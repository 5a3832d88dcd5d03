/**
 * The one success-or-failure shape: `{ ok: true, data } | { ok: false, error }`. Each layer picks its
 * own error type: a core module's `ModuleError` (below), a rooms or persistence error, and only at the
 * edges the wire's `{ code, message }` (protocol's `AppError`), translated by server/edge/wire-errors.ts. Failures a caller is expected to handle are returned this way; bugs and
 * outages are thrown.
 */
export type Ok<T> = { ok: true; data: T };
export type Err<E> = { ok: false; error: E };
export type Result<T, E> = Ok<T> | Err<E>;

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data });
export const err = <E>(error: E): Err<E> => ({ ok: false, error });

/**
 * A core module's refusal: a code from the module's own list (its `errors.ts`), a message for people,
 * and the module's name, so that an error passed on by another module (an attempt's, inside a game) is
 * still translated by its own module's table at the edge.
 */
export interface ModuleError<M extends string, C extends string> {
  module: M;
  code: C;
  message: string;
}

/** A module's `fail(code, message)`, stamping the module's name on each error. */
export const failFor =
  <E extends ModuleError<string, string>>(module: E['module']) =>
  (code: E['code'], message: string): Err<E> =>
    // The three fields are exactly E's (E is one ModuleError), which TypeScript cannot see through.
    err({ module, code, message } as E);
