/**
 * The puzzle-round part of GameState. Plain JSON like the rest of the state: a team's attempt keeps its
 * cluster as a sim snapshot (JSON-safe and structurally shared with the live cluster), so a room with a
 * running puzzle round still saves, restores and replays as one value.
 */
import type { PuzzleCommandRow, PuzzleResultRow } from '../../common/records.js';
import type { Attempt, Puzzle } from '../../puzzles/index.js';
import type { RoundClock } from '../state.js';

/**
 * One team's copy of the round: an attempt (server/puzzles/attempt) plus what only a classroom has. Its
 * seed is drawn from the game's generator.
 */
export interface TeamRound extends Attempt {
  teamId: string;
  solvedInMs: number | null;
  points: number;
  /** Members when the team solved it: they are credited when the round closes. */
  solvedBy: string[];
}

export interface PuzzleRound extends RoundClock {
  roundId: string;
  puzzleId: string;
  timeLimitMs: number;
  points: number;
  teams: TeamRound[];
}

export interface PuzzleState {
  /** Definitions of the puzzles this game's set uses (copied in at createGame, like the questions). */
  defs: Record<string, Puzzle>;
  /** playerId → team id; teams carry over from one puzzle round to the next. */
  teamOf: Record<string, string>;
  /** The current or last puzzle round (null before the first one starts). */
  round: PuzzleRound | null;
  /** Per-player command allowance (token bucket), kept in the state so every tab shares it. */
  buckets: Record<string, { tokens: number; at: number }>;
  /** The team the host opened read-only (`puzzle:watch`). */
  watching: string | null;
}

/** A step of the game: a question (by index into `questions`) or a puzzle round. */
export type GameStep =
  | { kind: 'question'; questionIndex: number }
  | { kind: 'puzzle'; id: string; puzzleId: string; timeLimitMs: number; points: number };

/** A command as the room logs it (one database row per command). */
export type PuzzleCommandLog = PuzzleCommandRow<number>;

/** A team's final result of a round (one database row per team and round). */
export type PuzzleTeamResult = PuzzleResultRow;
