/**
 * What the question rules refuse (question-rules.ts), in content's own type. Both modes that play by
 * them (the classroom game, practice runs) pass these on unchanged; only the edges turn them into wire
 * codes (server/edge/wire-errors.ts). The string is the wire code it becomes.
 */
import { failFor, type ModuleError, type Result as ResultOf } from '../common/result.js';

export const CONTENT_ERROR_CODES = [
  /** A pick names an unknown or repeated choice, or the wrong number of them. */
  'game/invalid-choice',
] as const;

export type ContentErrorCode = (typeof CONTENT_ERROR_CODES)[number];
export type ContentError = ModuleError<'content', ContentErrorCode>;
export type Result<T> = ResultOf<T, ContentError>;

export const fail = failFor<ContentError>('content');
export { ok } from '../common/result.js';
