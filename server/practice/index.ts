/**
 * Practice mode's rules as a pure module: one learner's run over a scenario set's items.
 * `startRun` → `answerQuestion` / `nextItem` / `expire` → … → finished; `runView` is what the learner
 * sees; `summaryOf` feeds the database's summary columns and the leaderboard. No I/O, clocks or
 * Math.random: time comes in as `now`, randomness from the run's seed. `service.ts` is the I/O edge.
 *
 * Extension point for puzzles (issue 4): add a `kind: 'puzzle'` variant to `PracticeItem`
 * (content.ts) and `QueueEntry` (state.ts), an action that checks a puzzle's goals and counts hints
 * into `hintsUsed`, and a puzzle view beside `questionView`. Re-queueing, review runs, summaries and
 * leaderboards work on entries and need no change.
 */
export {
  practiceContentOf,
  correctIdsOf,
  type PracticeContent,
  type PracticeItem,
  type PracticeQuestion,
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
export { runView, feedbackOf, type RunMeta } from './view.js';
