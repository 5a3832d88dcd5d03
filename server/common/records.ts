/**
 * The records that cross from the pure cores through the rooms and services to the database and the
 * wire, declared once. They live here, not in persistence, because the game core and the protocol may
 * not import persistence, and persistence imports no domain module: each side derives its own types
 * from these (persistence adds its keys, the wire its display fields). `At` is how an instant is
 * written: epoch ms in the cores' JSON state, `Date` in the repositories, ISO text on the wire.
 */

export type ScoringMode = 'classic' | 'accuracy';

export type PracticeMode = 'timed' | 'untimed';
export type PracticeRunKind = 'normal' | 'review';
export type PracticeRunStatus = 'active' | 'finished' | 'abandoned';

/** One answer with its final points: the `answer-recorded` effect and the `answers` row. */
export interface AnswerRow<At> {
  playerId: string;
  questionId: string;
  choiceIds: string[];
  correct: boolean;
  responseMs: number;
  points: number;
  streak: number;
  answeredAt: At;
}

/** One terminal command of a puzzle round: the `puzzle-command` effect and the `puzzle_commands` row. */
export interface PuzzleCommandRow<At> {
  roundId: string;
  puzzleId: string;
  teamId: string;
  playerId: string;
  seq: number;
  line: string;
  exitCode: number;
  output: string;
  ranAt: At;
}

/** A team's final result of a puzzle round: the `puzzle-result` effect and the `puzzle_results` row. */
export interface PuzzleResultRow {
  roundId: string;
  puzzleId: string;
  teamId: string;
  memberIds: string[];
  solved: boolean;
  solvedInMs: number | null;
  goalsMet: number;
  goalCount: number;
  hintsTaken: number;
  hintPoints: number;
  commandCount: number;
  points: number;
}

/** A practice run's summary columns, as saved and as listed in a learner's history. */
export interface PracticeRunTotals {
  status: PracticeRunStatus;
  score: number;
  correctCount: number;
  answeredCount: number;
  accuracy: number;
  durationMs: number | null;
  hintsUsed: number;
}

/** A learner's best run on a practice board, with its place (1..n, never shared). */
export interface PracticeBoardRow<At> {
  rank: number;
  learnerId: number;
  nickname: string;
  score: number;
  accuracy: number;
  durationMs: number;
  finishedAt: At;
}
