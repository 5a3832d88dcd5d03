/**
 * One attempt at one puzzle instance (attempt.ts): the rules a classroom round and a practice run share.
 *
 *   let a = startAttempt(def, seed);                                   // the owner draws the seed
 *   const r = runCommand(a, { line, files, author, now, elapsedMs });  // → { attempt, entry, solved }
 *   a = takeHint(a, { author, now });                                  // its cost: hintCost(a)
 *   attemptPoints(a, { points, timeLimitMs, usedMs });                 // once solved
 *   attemptView(a, { details, reveal, solved, points, hintsOpen });    // what its people see
 */
export {
  startAttempt,
  runCommand,
  checkCommand,
  takeHint,
  isSolved,
  hintCost,
  nextHintCost,
  type Attempt,
  type Author,
  type HintTaken,
  type CommandInput,
  type CommandOutcome,
} from './attempt.js';
export { ATTEMPT_ERROR_CODES, type AttemptError, type AttemptErrorCode } from './errors.js';
export { attemptPoints, puzzlePoints } from './points.js';
export {
  attemptView,
  goalViews,
  terminalEntryView,
  TERMINAL_LINES,
  type AttemptViewOptions,
} from './view.js';
export { OUTPUT_LIMIT, TRACE_LIMIT } from './cluster.js';
