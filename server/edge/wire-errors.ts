/**
 * The one translation from inner errors to the wire's `{ code, message }`, shared by both edges
 * (realtime/ and http/). It lives in its own tiny module because it must recognise persistence errors,
 * which neither edge may import, and neither edge may import the other; the HTTP status of each wire
 * code stays in http/respond.ts, the only table of statuses.
 *
 * Each core module's codes get a wire code in one exhaustive table per module: a new code does not
 * type-check until it has one. Most keep their string, so the table reads as the identity; it is
 * there so that the day a module renames or splits a code, the wire does not change with it.
 */
import type { Result } from '../common/result.js';
import type { ContentErrorCode } from '../content/errors.js';
import type { GameErrorCode, GameFailure } from '../game/errors.js';
import type { LeaderboardError, LeaderboardErrorCode } from '../leaderboard/errors.js';
import { PersistenceError, type PersistenceErrorCode } from '../persistence/errors.js';
import type { PracticeErrorCode, PracticeFailure } from '../practice/errors.js';
import type { AppError, ErrorCode } from '../protocol/result.js';
import type { AttemptErrorCode } from '../puzzles/attempt/errors.js';
import type { RoomError } from '../rooms/errors.js';

/** Every error a core module returns: the game's (through rooms), practice's and the leaderboard's. */
export type CoreError = GameFailure | PracticeFailure | LeaderboardError;
/** What an edge may hold on its way to a reply: a core or rooms error, or a wire error it made itself. */
export type EdgeError = CoreError | RoomError | AppError;
/** A reply before translation; `toWire` makes its error the wire's. */
export type EdgeResult<T> = Result<T, EdgeError>;

/** What a client is told about a failure the server cannot explain. */
export const INTERNAL: AppError = { code: 'server/internal', message: 'something went wrong on the server' };

export const GAME_WIRE_CODES: Record<GameErrorCode, ErrorCode> = {
  'auth/not-host': 'auth/not-host',
  'auth/not-player': 'auth/not-player',
  'player/not-found': 'player/not-found',
  'player/kicked': 'player/kicked',
  'auth/invalid-token': 'auth/invalid-token',
  'player/nickname-invalid': 'player/nickname-invalid',
  'player/nickname-taken': 'player/nickname-taken',
  'room/full': 'room/full',
  'game/ended': 'game/ended',
  'game/wrong-phase': 'game/wrong-phase',
  'game/no-players': 'game/no-players',
  'game/unknown-question': 'game/unknown-question',
  'game/not-accepting-answers': 'game/not-accepting-answers',
  'game/already-answered': 'game/already-answered',
  'team/invalid': 'team/invalid',
  'team/full': 'team/full',
  'team/locked': 'team/locked',
  'puzzle/not-in-team': 'puzzle/not-in-team',
  'puzzle/unknown-team': 'puzzle/unknown-team',
  'rate/limited': 'rate/limited',
  // Nothing a client can fix; the message (which puzzle) still helps whoever reads the report.
  'game/puzzle-missing': 'server/internal',
};

export const ATTEMPT_WIRE_CODES: Record<AttemptErrorCode, ErrorCode> = {
  'puzzle/invalid-command': 'puzzle/invalid-command',
  'puzzle/already-solved': 'puzzle/already-solved',
  'puzzle/no-more-hints': 'puzzle/no-more-hints',
};

export const CONTENT_WIRE_CODES: Record<ContentErrorCode, ErrorCode> = {
  'game/invalid-choice': 'game/invalid-choice',
};

export const PRACTICE_WIRE_CODES: Record<PracticeErrorCode, ErrorCode> = {
  'scenario/not-found': 'scenario/not-found',
  'practice/nickname-required': 'practice/nickname-required',
  'practice/not-found': 'practice/not-found',
  'practice/abandoned': 'practice/abandoned',
  'practice/not-finished': 'practice/not-finished',
  'practice/nothing-to-review': 'practice/nothing-to-review',
  'practice/finished': 'practice/finished',
  'practice/already-answered': 'practice/already-answered',
  'practice/not-answered': 'practice/not-answered',
  'practice/wrong-question': 'practice/wrong-question',
};

export const LEADERBOARD_WIRE_CODES: Record<LeaderboardErrorCode, ErrorCode> = {
  'scenario/not-found': 'scenario/not-found',
  'room/not-found': 'room/not-found',
  'game/not-finished': 'game/not-finished',
};

const PERSISTENCE_CODES: Record<PersistenceErrorCode, ErrorCode> = {
  'code-taken': 'room/busy',
  'game-not-found': 'room/not-found',
  'nickname-taken': 'player/nickname-taken',
  // The core hands out player ids; a clash is a bug, not something a client can fix.
  'player-exists': 'server/internal',
  'player-not-found': 'player/not-found',
  'duplicate-answer': 'game/already-answered',
  'run-not-found': 'practice/not-found',
  'stale-run': 'practice/conflict',
};

/**
 * The wire error for an error an edge got back from a core module or the rooms layer (the message
 * is kept: the core writes it for people). A wire error the edge made itself passes unchanged, so an
 * edge can translate every reply in one place.
 */
export function toWire(error: EdgeError): AppError {
  if ('kind' in error) return roomWireError(error);
  if (error.module === undefined) return error;
  return { code: wireCodeOf(error), message: error.message };
}

function wireCodeOf(error: CoreError): ErrorCode {
  switch (error.module) {
    case 'game':
      return GAME_WIRE_CODES[error.code];
    case 'attempt':
      return ATTEMPT_WIRE_CODES[error.code];
    case 'content':
      return CONTENT_WIRE_CODES[error.code];
    case 'practice':
      return PRACTICE_WIRE_CODES[error.code];
    case 'leaderboard':
      return LEADERBOARD_WIRE_CODES[error.code];
  }
}

/** The wire error for a persistence error that reached an edge; null for anything else (a bug, an outage). */
export function wireErrorOf(error: unknown): AppError | null {
  if (!(error instanceof PersistenceError)) return null;
  const code = PERSISTENCE_CODES[error.code];
  return { code, message: code === 'server/internal' ? INTERNAL.message : error.message };
}

function roomWireError(error: RoomError): AppError {
  switch (error.kind) {
    case 'unknown-set':
      return { code: 'scenario/not-found', message: `there is no scenario set "${error.setId}"` };
    case 'no-free-code':
      return { code: 'server/internal', message: 'could not allocate a join code, try again' };
    case 'node-full':
      return {
        code: 'server/full',
        message: `this server already runs ${error.maxRooms} games; try again later`,
      };
    case 'game-not-found':
      return { code: 'room/not-found', message: `no game with code ${error.code}` };
  }
}
