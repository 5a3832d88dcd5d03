/**
 * Typed persistence errors, in the database's own terms: each has a stable `code` naming what went
 * wrong with the stored data (a taken key, a missing row, a stale version), not what a client is told.
 * The edges translate them into wire error codes (server/edge/wire-errors.ts); the rooms layer and the
 * services let them pass through unchanged.
 */
export type PersistenceErrorCode =
  | 'code-taken'
  | 'game-not-found'
  | 'nickname-taken'
  | 'player-exists'
  | 'player-not-found'
  | 'duplicate-answer'
  | 'run-not-found'
  | 'stale-run';

export abstract class PersistenceError extends Error {
  abstract readonly code: PersistenceErrorCode;
}

export class CodeTakenError extends PersistenceError {
  readonly code = 'code-taken';
  constructor(readonly gameCode: string) {
    super(`join code ${gameCode} is already in use`);
    this.name = 'CodeTakenError';
  }
}

export class GameNotFoundError extends PersistenceError {
  readonly code = 'game-not-found';
  constructor(readonly gameCode: string) {
    super(`no game with code ${gameCode}`);
    this.name = 'GameNotFoundError';
  }
}

export class NicknameTakenError extends PersistenceError {
  readonly code = 'nickname-taken';
  constructor(
    readonly gameCode: string,
    readonly nickname: string,
  ) {
    super(`nickname "${nickname}" is already taken in game ${gameCode}`);
    this.name = 'NicknameTakenError';
  }
}

export class PlayerExistsError extends PersistenceError {
  readonly code = 'player-exists';
  constructor(
    readonly gameCode: string,
    readonly playerId: string,
  ) {
    super(`player ${playerId} already exists in game ${gameCode}`);
    this.name = 'PlayerExistsError';
  }
}

export class PlayerNotFoundError extends PersistenceError {
  readonly code = 'player-not-found';
  constructor(
    readonly gameCode: string,
    readonly playerId: string,
  ) {
    super(`no player ${playerId} in game ${gameCode}`);
    this.name = 'PlayerNotFoundError';
  }
}

export class DuplicateAnswerError extends PersistenceError {
  readonly code = 'duplicate-answer';
  constructor(
    readonly gameCode: string,
    readonly playerId: string,
    readonly questionId: string,
  ) {
    super(`player ${playerId} already answered ${questionId} in game ${gameCode}`);
    this.name = 'DuplicateAnswerError';
  }
}

export class PracticeRunNotFoundError extends PersistenceError {
  readonly code = 'run-not-found';
  constructor(readonly runId: number) {
    super(`no practice run ${runId}`);
    this.name = 'PracticeRunNotFoundError';
  }
}

/** Someone else saved the run since it was read (two tabs answering at once): re-read and retry. */
export class StaleRunError extends PersistenceError {
  readonly code = 'stale-run';
  constructor(readonly runId: number) {
    super(`practice run ${runId} changed meanwhile`);
    this.name = 'StaleRunError';
  }
}
