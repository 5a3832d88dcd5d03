/**
 * The classroom game's rules as a pure module: createGame + dispatch (state + action → state + effects),
 * per-viewer views, seat lookup, scoring, ranking and the CSV export. No I/O, clocks or Math.random here:
 * time comes in as `now`, randomness from the seeded generator kept in the state.
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
  isCorrectAnswer,
  scoreAnswer,
  speedPoints,
  streakBonus,
  type ScoreInput,
} from './scoring.js';
export { rankPlayers, type RankInput } from './ranking.js';
export { choicesOf, type GameChoice, type GameQuestion } from './questions.js';
export {
  resultsCsv,
  csvField,
  neutralizeFormula,
  CSV_HEADER,
  type CsvAnswer,
  type CsvInput,
  type CsvPlayer,
} from './csv.js';
