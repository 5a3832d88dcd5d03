/**
 * What practice mode refuses, in its own terms: the run's rules (actions.ts, puzzle-actions.ts) and its
 * service (service.ts). The strings are the wire codes they become; the translation is
 * server/edge/wire-errors.ts, at the HTTP edge only.
 */
import { failFor, type ModuleError, type Result as ResultOf } from '../common/result.js';
import type { ContentError } from '../content/errors.js';
import type { AttemptError } from '../puzzles/attempt/errors.js';

export const PRACTICE_ERROR_CODES = [
  // The service: sets, identities, runs.
  'scenario/not-found',
  'practice/nickname-required',
  'practice/not-found',
  'practice/abandoned',
  'practice/not-finished',
  'practice/nothing-to-review',
  // A run's rules.
  'practice/finished',
  'practice/already-answered',
  'practice/not-answered',
  'practice/wrong-question',
] as const;

export type PracticeErrorCode = (typeof PRACTICE_ERROR_CODES)[number];
export type PracticeError = ModuleError<'practice', PracticeErrorCode>;
/** What a practice call can fail with: practice's own refusals and those of the rules it plays by. */
export type PracticeFailure = PracticeError | ContentError | AttemptError;
export type Result<T> = ResultOf<T, PracticeFailure>;

export const fail = failFor<PracticeError>('practice');
export { ok } from '../common/result.js';
