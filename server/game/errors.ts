/**
 * What the game's rules refuse, in the game's own terms: every code an action can fail with, in one
 * list. The strings are the wire codes they become where the meaning is the same; the translation is
 * server/edge/wire-errors.ts, at the edges only (rooms pass these on unchanged).
 */
import { failFor, type ModuleError, type Result as ResultOf } from '../common/result.js';
import type { ContentError } from '../content/errors.js';
import type { AttemptError } from '../puzzles/attempt/errors.js';

export const GAME_ERROR_CODES = [
  // Who may act (guards.ts).
  'auth/not-host',
  'auth/not-player',
  'player/not-found',
  'player/kicked',
  // Joining: a seat key already seated (or the host's), a nickname rule.
  'auth/invalid-token',
  'player/nickname-invalid',
  'player/nickname-taken',
  /** The game already seats its most players (MAX_PLAYERS_PER_ROOM, handed in with the join). */
  'room/full',
  // The game's flow.
  'game/ended',
  'game/wrong-phase',
  'game/no-players',
  // Answers.
  'game/unknown-question',
  'game/not-accepting-answers',
  'game/already-answered',
  // Teams and puzzle rounds.
  'team/invalid',
  'team/full',
  'team/locked',
  'puzzle/not-in-team',
  'puzzle/unknown-team',
  /** A player's command allowance in a puzzle round is spent. */
  'rate/limited',
  /** The state names a puzzle it does not carry: a bug or a broken snapshot, not the client's doing. */
  'game/puzzle-missing',
] as const;

export type GameErrorCode = (typeof GAME_ERROR_CODES)[number];
export type GameError = ModuleError<'game', GameErrorCode>;
/** What an action can fail with: the game's own refusals and those of the rules it plays by. */
export type GameFailure = GameError | ContentError | AttemptError;
export type Result<T> = ResultOf<T, GameFailure>;

export const fail = failFor<GameError>('game');
export { ok } from '../common/result.js';
