/**
 * Practice identities, runs and the leaderboard's best-run table, in the server's own terms (no Prisma
 * types). A run's `state` is the pure core's JSON; the summary columns are copied out of it on save.
 */
export type PracticeRunKind = 'normal' | 'review';
export type PracticeRunStatus = 'active' | 'finished' | 'abandoned';
export type PracticeMode = 'timed' | 'untimed';

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

export interface PracticeRunRecord {
  id: number;
  learnerId: number;
  setId: string;
  kind: PracticeRunKind;
  timed: boolean;
  seed: number;
  state: string;
  status: PracticeRunStatus;
  /** Bumped by every save; `saveRun` refuses a stale one. */
  version: number;
  score: number;
  correctCount: number;
  answeredCount: number;
  accuracy: number;
  durationMs: number | null;
  hintsUsed: number;
  startedAt: Date;
  finishedAt: Date | null;
  reviewOfId: number | null;
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

export interface PracticeRunUpdate {
  state: string;
  status: PracticeRunStatus;
  score: number;
  correctCount: number;
  answeredCount: number;
  accuracy: number;
  durationMs: number | null;
  hintsUsed: number;
  finishedAt: Date | null;
  /** Answers given since the last save. */
  newAnswers: readonly NewPracticeAnswer[];
  /**
   * Set when this save finishes a leaderboard run: the run becomes the learner's best for each period
   * where it beats (or is the first) the current best. Periods are leaderboard keys ('all', 'd:…', 'w:…').
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

export interface PracticeRepository {
  createLearner(learner: NewPracticeLearner): Promise<PracticeLearnerRecord>;
  findLearnerByTokenHash(tokenHash: string): Promise<PracticeLearnerRecord | null>;
  /** Creates a run; the learner's other active run (if any) becomes 'abandoned': one active run each. */
  startRun(run: NewPracticeRun): Promise<PracticeRunRecord>;
  findRun(id: number): Promise<PracticeRunRecord | null>;
  findActiveRun(learnerId: number): Promise<PracticeRunRecord | null>;
  /**
   * Saves a run's new state, its new answers and (when finishing) its leaderboard rows in one
   * transaction, if the stored version is still `expectedVersion`.
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
