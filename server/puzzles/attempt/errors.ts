/**
 * Every error an attempt can return, in one list and in the attempt's own type: its owners (a classroom
 * round, a practice run, later an API front end) pass them on unchanged, and only the edges turn them
 * into wire codes (server/edge/wire-errors.ts). The strings are the wire codes they become.
 */
import { failFor, type ModuleError, type Result as ResultOf } from '../../common/result.js';

export const ATTEMPT_ERROR_CODES = [
  /** The line is empty or longer than MAX_COMMAND_LENGTH. */
  'puzzle/invalid-command',
  /** The goals all held after an earlier command: the attempt is over. */
  'puzzle/already-solved',
  /** Every hint of the puzzle was taken already. */
  'puzzle/no-more-hints',
] as const;

export type AttemptErrorCode = (typeof ATTEMPT_ERROR_CODES)[number];
export type AttemptError = ModuleError<'attempt', AttemptErrorCode>;
export type Result<T> = ResultOf<T, AttemptError>;

export const fail = failFor<AttemptError>('attempt');
export { ok } from '../../common/result.js';
