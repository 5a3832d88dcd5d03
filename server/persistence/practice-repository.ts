/**
 * Practice identities, runs and the leaderboard's best-run table, in the server's own terms (no Prisma
 * types). A run's `state` is the pure core's JSON; the summary columns are copied out of it on save.
 */
import type { PracticeMode, PracticeRunKind, PracticeRunTotals } from '../common/records.js';

export type { PracticeMode, PracticeRunKind, PracticeRunStatus } from '../common/records.js';

export interface PracticeLearnerRecord {
  id: number;
  nickname: string;
  createdAt: Date;
}

export interface NewPracticeLearner {
  nickname: string;
  /** sha256 hex of the practice token. */
  tokenHash: string;
  createdAt: Date;
}

export interface NewPracticeRun {
  learnerId: number;
  setId: string;
  kind: PracticeRunKind;
  timed: boolean;
  seed: number;
  state: string;
  startedAt: Date;
  reviewOfId: number | null;
}

export interface PracticeRunRecord extends NewPracticeRun, PracticeRunTotals {
  id: number;
  /** Bumped by every save; `saveRun` refuses a stale one. */
  version: number;
  finishedAt: Date | null;
}

export interface NewPracticeAnswer {
  position: number;
  questionId: string;
  choiceIds: readonly string[];
  correct: boolean;
  timedOut: boolean;
  retry: boolean;
  responseMs: number;
  points: number;
  answeredAt: Date;
}

export interface PracticeRunUpdate extends PracticeRunTotals {
  state: string;
  finishedAt: Date | null;
  /** Answers given since the last save. */
  newAnswers: readonly NewPracticeAnswer[];
  /**
   * Set when this save finishes a leaderboard run: the run becomes the learner's best for each period
   * where the board's order puts it above the current best (or there is none yet). Periods are
   * leaderboard keys ('all', 'd:…', 'w:…').
   */
  leaderboard: { mode: PracticeMode; periods: readonly string[] } | null;
}

export interface PracticeBestRecord {
  setId: string;
  mode: PracticeMode;
  period: string;
  learnerId: number;
  nickname: string;
  runId: number;
  score: number;
  accuracy: number;
  durationMs: number;
  finishedAt: Date;
}

/** What a board's order compares of two best runs. */
export interface BestRunKey {
  score: number;
  durationMs: number;
  /** Epoch ms. */
  finishedAt: number;
  runId: number;
}

/**
 * A board's ranking order, negative when `a` ranks above `b`. It is the leaderboard's rule
 * (server/leaderboard/ranking.ts), handed to `openDatabase` by the wiring: the repository only applies
 * it when it files a best run, inside the save's transaction.
 */
export type BestRunOrder = (a: BestRunKey, b: BestRunKey) => number;

export interface PracticeRepository {
  createLearner(learner: NewPracticeLearner): Promise<PracticeLearnerRecord>;
  findLearnerByTokenHash(tokenHash: string): Promise<PracticeLearnerRecord | null>;
  /** Creates a run; the learner's other active run (if any) becomes 'abandoned': one active run each. */
  startRun(run: NewPracticeRun): Promise<PracticeRunRecord>;
  findRun(id: number): Promise<PracticeRunRecord | null>;
  findActiveRun(learnerId: number): Promise<PracticeRunRecord | null>;
  /**
   * Saves a run's new state, its new answers and (when finishing) its leaderboard rows in one
   * transaction, if the stored version is still `expectedVersion`. Filing a best run needs the board
   * order the database was opened with.
   * @throws StaleRunError (nothing written), PracticeRunNotFoundError
   */
  saveRun(id: number, expectedVersion: number, update: PracticeRunUpdate): Promise<PracticeRunRecord>;
  /** The learner's runs, newest first. */
  listRuns(
    learnerId: number,
    options: { setId?: string; offset: number; limit: number },
  ): Promise<{ rows: PracticeRunRecord[]; total: number }>;
  /** The learner's best rows for one period (e.g. 'all'), by set and mode. */
  bestsOf(learnerId: number, period: string): Promise<PracticeBestRecord[]>;
}
