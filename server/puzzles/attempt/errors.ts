/**
 * Every error an attempt can return, in one list: callers (a classroom round, a practice run, later an
 * API front end) map them as they like, and a typed error per module can replace `fail` from here.
 */
import { fail, type ErrorCode, type Result } from '../../protocol/result.js';

export const ATTEMPT_ERROR_CODES = [
  /** The line is empty or longer than MAX_COMMAND_LENGTH. */
  'puzzle/invalid-command',
  /** The goals all held after an earlier command: the attempt is over. */
  'puzzle/already-solved',
  /** Every hint of the puzzle was taken already. */
  'puzzle/no-more-hints',
] as const satisfies readonly ErrorCode[];

export type AttemptErrorCode = (typeof ATTEMPT_ERROR_CODES)[number];

/** `fail`, limited to the attempt's own codes (so the list above stays complete). */
export const refuse = <T = never>(code: AttemptErrorCode, message: string): Result<T> => fail(code, message);
