/**
 * How every HTTP route answers: every JSON body is the `{ ok, data } | { ok: false, error }` shape of
 * socket acks, with one status per error code (errors a service returned in its own terms are
 * translated first); zod parsing that replies 400 naming the field; and the CSV downloads (the only
 * non-JSON answers besides the static client).
 */
import type { Request, Response } from 'express';
import type { ZodType } from 'zod';
import { toWire, type EdgeResult } from '../edge/wire-errors.js';
import type { AppError, ErrorCode } from '../protocol/result.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  'validation/invalid-payload': 400,
  'auth/not-host': 403,
  'practice/nickname-required': 400,
  'game/invalid-choice': 400,
  'puzzle/invalid-command': 400,
  'puzzle/no-more-hints': 409,
  'auth/invalid-token': 401,
  'room/not-found': 404,
  'scenario/not-found': 404,
  'practice/not-found': 404,
  'game/not-finished': 409,
  'practice/finished': 409,
  'practice/abandoned': 409,
  'practice/already-answered': 409,
  'practice/not-answered': 409,
  'practice/wrong-question': 409,
  'practice/not-finished': 409,
  'practice/nothing-to-review': 409,
  'practice/conflict': 409,
  'room/full': 409,
  'rate/limited': 429,
  'rate/too-many-games': 429,
  'rate/too-many-lookups': 429,
  // The node is at MAX_ROOMS: not the client's fault, and another node (or later) may have room.
  'server/full': 503,
};

/** A service's answer: its data, or its error in wire terms (the one translation, edge/wire-errors.ts). */
export function sendResult<T>(res: Response, result: EdgeResult<T>, successStatus = 200): void {
  if (result.ok) res.status(successStatus).json(result);
  else sendError(res, toWire(result.error));
}

export function sendError(res: Response, error: AppError): void {
  res.status(STATUS[error.code] ?? 500).json({ ok: false, error });
}

/**
 * A CSV download. The UTF-8 byte order mark makes spreadsheets (Excel above all) read the file as
 * UTF-8, so accented and CJK nicknames survive; the cells are already safe (server/game/csv.ts).
 */
export function sendCsv(res: Response, filename: string, csv: string): void {
  res.type('text/csv; charset=utf-8').attachment(filename).send(`\uFEFF${csv}`);
}

/** The bearer token of a request, if any. */
export const bearerOf = (req: Request): string | undefined =>
  /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(req.get('authorization') ?? '')?.[1];

/** zod parse with the API's error shape; `undefined` after an error reply was sent. */
export function parseOr400<T>(res: Response, schema: ZodType<T>, input: unknown): T | undefined {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  sendError(res, {
    code: 'validation/invalid-payload',
    message: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
  });
  return undefined;
}
