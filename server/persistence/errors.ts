/**
 * Typed persistence errors. Each has a stable `code` from the protocol's ErrorCode list where one
 * fits, so edges can turn them into `{ ok: false, error }` replies without string matching.
 */
import type { ErrorCode } from '../protocol/result.js';

export abstract class PersistenceError extends Error {
  abstract readonly code: ErrorCode;
}

export class CodeTakenError extends PersistenceError {
  readonly code = 'room/busy';
  constructor(readonly gameCode: string) {
    super(`join code ${gameCode} is already in use`);
    this.name = 'CodeTakenError';
  }
}

export class GameNotFoundError extends PersistenceError {
  readonly code = 'room/not-found';
  constructor(readonly gameCode: string) {
    super(`no game with code ${gameCode}`);
    this.name = 'GameNotFoundError';
  }
}

export class NicknameTakenError extends PersistenceError {
  readonly code = 'player/nickname-taken';
  constructor(
    readonly gameCode: string,
    readonly nickname: string,
  ) {
    super(`nickname "${nickname}" is already taken in game ${gameCode}`);
    this.name = 'NicknameTakenError';
  }
}

export class PlayerExistsError extends PersistenceError {
  readonly code = 'server/internal';
  constructor(
    readonly gameCode: string,
    readonly playerId: string,
  ) {
    super(`player ${playerId} already exists in game ${gameCode}`);
    this.name = 'PlayerExistsError';
  }
}

export class PlayerNotFoundError extends PersistenceError {
  readonly code = 'player/not-found';
  constructor(
    readonly gameCode: string,
    readonly playerId: string,
  ) {
    super(`no player ${playerId} in game ${gameCode}`);
    this.name = 'PlayerNotFoundError';
  }
}

export class DuplicateAnswerError extends PersistenceError {
  readonly code = 'game/already-answered';
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
  readonly code = 'practice/not-found';
  constructor(readonly runId: number) {
    super(`no practice run ${runId}`);
    this.name = 'PracticeRunNotFoundError';
  }
}

/** Someone else saved the run since it was read (two tabs answering at once): re-read and retry. */
export class StaleRunError extends PersistenceError {
  readonly code = 'practice/conflict';
  constructor(readonly runId: number) {
    super(`practice run ${runId} changed meanwhile`);
    this.name = 'StaleRunError';
  }
}
