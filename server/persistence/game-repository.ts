/**
 * What the server needs from the database, in its own terms: no Prisma types leak out of here, so
 * rooms, HTTP handlers and tests depend only on this interface (in-memory fakes are easy to write).
 *
 * Times are `Date`s. Failures the caller can act on are typed errors (see ./errors.ts); anything
 * else (connection lost, …) is thrown as is.
 */
import type { AnswerRow, ScoringMode } from '../common/records.js';
import type { CodeTakenError } from './errors.js';
import type {
  NewPuzzleCommand,
  NewPuzzleResult,
  PuzzleCommandRecord,
  PuzzleResultRecord,
} from './puzzle-log.js';

export type {
  NewPuzzleCommand,
  NewPuzzleResult,
  PuzzleCommandRecord,
  PuzzleResultRecord,
} from './puzzle-log.js';

export type GameMode = 'classroom' | 'practice';

export interface NewGame {
  code: string;
  setId: string;
  mode: GameMode;
  scoring: ScoringMode;
  /** sha256 hex of the host secret. */
  hostSecretHash: string;
  seed: number;
  createdAt: Date;
}

export interface GameRecord extends NewGame {
  id: number;
  isPublic: boolean;
  endedEarly: boolean;
  startedAt: Date | null;
  endedAt: Date | null;
  /** Serialized room state (JSON text), or null before the first snapshot. */
  snapshot: string | null;
}

export interface PlayerRecord {
  /** The game core's player id (unique within the game). */
  playerId: string;
  nickname: string;
  joinedAt: Date;
  kicked: boolean;
  /** Null until the game finished (and for players left out of the final ranking). */
  finalScore: number | null;
  rank: number | null;
  correctCount: number | null;
  totalResponseMs: number | null;
}

export type AnswerRecord = AnswerRow<Date>;

/** `ok: false` only for a taken join code: the caller retries with another code. */
export type CreateGameResult = { ok: true; id: number } | { ok: false; error: CodeTakenError };

export interface NewPlayer {
  gameCode: string;
  playerId: string;
  nickname: string;
  joinedAt: Date;
}

export interface NewAnswer extends AnswerRow<Date> {
  gameCode: string;
}

export interface FinalRankingEntry {
  playerId: string;
  finalScore: number;
  rank: number;
  correctCount: number;
  totalResponseMs: number;
}

export interface FinishedGame {
  code: string;
  endedAt: Date;
  endedEarly: boolean;
  ranking: readonly FinalRankingEntry[];
}

export interface GameResults {
  game: GameRecord;
  /** Ranked players first (by rank), then unranked ones in join order. */
  players: PlayerRecord[];
  /** In the order they were given. */
  answers: AnswerRecord[];
}

export interface GameRepository {
  /** Inserts a game. A code already in use gives `{ ok: false, error: CodeTakenError }`. */
  createGame(game: NewGame): Promise<CreateGameResult>;
  findGameByCode(code: string): Promise<GameRecord | null>;
  /** @throws GameNotFoundError */
  markStarted(code: string, at: Date): Promise<void>;
  /** @throws GameNotFoundError */
  saveSnapshot(code: string, json: string): Promise<void>;
  /** @throws GameNotFoundError, NicknameTakenError (case-insensitive), PlayerExistsError */
  addPlayer(player: NewPlayer): Promise<void>;
  /** @throws GameNotFoundError, PlayerNotFoundError */
  markKicked(gameCode: string, playerId: string): Promise<void>;
  /**
   * Stores one answer. The database rejects a second answer of a player to a question.
   * @throws GameNotFoundError, PlayerNotFoundError, DuplicateAnswerError
   */
  recordAnswer(answer: NewAnswer): Promise<void>;
  /**
   * Writes the end of the game and every player's final result in one transaction: all or nothing.
   * Calling it again overwrites the results (a retry after a lost reply is harmless).
   * @throws GameNotFoundError, PlayerNotFoundError (nothing is written)
   */
  finishGame(result: FinishedGame): Promise<void>;
  /** The game with its players and answers, or null when there is no such game. */
  getResults(code: string): Promise<GameResults | null>;
  /** @throws GameNotFoundError */
  setPublic(code: string, isPublic: boolean): Promise<void>;
  /** One terminal command of a puzzle round (output cut to 2,000 characters). @throws GameNotFoundError, PlayerNotFoundError */
  recordPuzzleCommand(command: NewPuzzleCommand): Promise<void>;
  /** A team's result of a puzzle round; writing it again replaces it. @throws GameNotFoundError */
  recordPuzzleResult(result: NewPuzzleResult): Promise<void>;
  /** Every puzzle command of a game in the order they ran, or null when there is no such game. */
  getPuzzleCommands(code: string): Promise<PuzzleCommandRecord[] | null>;
  /** Every team result of a game's puzzle rounds, or null when there is no such game. */
  getPuzzleResults(code: string): Promise<PuzzleResultRecord[] | null>;
}
