/**
 * The classroom game's rules as a pure module: createGame + dispatch (state + action → state + effects),
 * per-viewer views, seat lookup, scoring, ranking and the CSV export. No I/O, clocks or Math.random here:
 * time comes in as `now`, randomness from the seeded generator kept in the state.
 *
 * Phases: lobby → question → reveal → scoreboard → question … → podium ('end' jumps to the podium).
 * Rules the issue leaves open, decided here (details next to the code):
 * - Scores and streaks change only when a question closes, so nothing a player sees moves before the
 *   reveal; `answer-recorded` effects are emitted at close with final points (`answer-accepted` acks).
 * - skip (and end during a question) voids it: answers are kept with 0 points, streaks untouched.
 * - Answers are refused while paused; response time excludes paused spans.
 * - A question closes early once every present player answered; a disconnected player stays present
 *   for PRESENCE_GRACE_MS (a reload does not close the question); with nobody present it waits.
 * - Kicked players keep their seat key (refused) and nickname (reserved), and leave views and ranking.
 * - Ties: lower total response time of correct answers, then join order; ranks 1..n.
 * - Every host and player action after the podium → game/ended; a stray or early tick is harmless.
 * - A room restored from its snapshot (`restore`) starts its seats away: the saved presence is stale.
 */
export { createGame, STATE_VERSION } from './state.js';
export type {
  AnswerRecord,
  CreateGameInput,
  Effect,
  GameAction,
  GameState,
  PlayerState,
  RecordedAnswer,
  RoundState,
  Viewer,
} from './state.js';
export { dispatch } from './reducer.js';
export { viewFor, hostView, playerView } from './views.js';
export { seatOf, type SeatLookup } from './seat.js';
export { PRESENCE_GRACE_MS } from './round.js';
export {
  FULL_POINTS,
  INSTANT_MS,
  STREAK_CAP,
  STREAK_STEP,
  scoreAnswer,
  speedPoints,
  streakBonus,
  type ScoreInput,
} from './scoring.js';
export { rankPlayers, type RankInput } from './ranking.js';
export type { GameChoice, GameQuestion } from './questions.js';
// The question rules the game plays by have their home in content (practice plays by them too).
export {
  choicesOf,
  isCorrectAnswer,
  questionBasics,
  type QuestionBasics,
} from '../content/question-rules.js';
export {
  resultsCsv,
  csvCell,
  csvText,
  CSV_HEADER,
  type CsvValue,
  type CsvAnswer,
  type CsvInput,
  type CsvPlayer,
} from './csv.js';
