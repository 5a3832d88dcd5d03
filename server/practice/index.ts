/**
 * Practice mode's rules as a pure module: one learner's run over a scenario set's items.
 * `startRun` → `answerQuestion` / `nextItem` / `expire` → … → finished; `runView` is what the learner
 * sees; `summaryOf` feeds the database's summary columns and the leaderboard. No I/O, clocks or
 * Math.random: time comes in as `now`, randomness from the run's seed. `service.ts` is the I/O edge.
 *
 * Puzzles: a set's puzzle rounds are `kind: 'puzzle'` items and queue entries (after the questions).
 * Reaching one starts an attempt (server/puzzles/attempt) from a seed of the run's generator and keeps
 * it in `state.puzzle` (puzzle-state.ts); `runCommand` / `takeHint` (puzzle-actions.ts) play it through
 * the attempt's rules, the same a classroom team plays by; `nextItem` on an unsolved puzzle gives up.
 * Untimed: points minus the hints' costs when solved.
 */
export {
  practiceContentOf,
  type PracticeContent,
  type PracticeItem,
  type PracticeQuestion,
  type PracticePuzzle,
  type PuzzleLookup,
} from './content.js';
export {
  startRun,
  PRACTICE_STATE_VERSION,
  type PracticeState,
  type QueueEntry,
  type AnsweredEntry,
} from './state.js';
export {
  answerQuestion,
  nextItem,
  expire,
  dropMissing,
  summaryOf,
  mistakesOf,
  REQUEUE_GAP,
  MAX_DURATION_MS,
  type AnswerInput,
  type RunSummary,
} from './actions.js';
export { practicePoints } from './scoring.js';
export { runCommand, takeHint } from './puzzle-actions.js';
export { type PracticePuzzleState, type PuzzleCommandInput } from './puzzle-state.js';
export { runView, feedbackOf, type RunMeta } from './view.js';
