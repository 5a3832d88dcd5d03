/**
 * Practice mode and leaderboards over HTTP: request bodies and query strings (zod, shared with the web
 * client) and response types. Every response is a `Result<T>` (see result.ts): `{ ok: true, data }` or
 * `{ ok: false, error: { code, message } }`. docs/protocol.md, "Practice and leaderboards API", explains
 * each route.
 */
import { z } from 'zod';
import type {
  PracticeBoardRow,
  PracticeMode,
  PracticeRunKind,
  PracticeRunStatus,
  PracticeRunTotals,
} from '../common/records.js';
import { clientEvents, nicknameSchema } from './events.js';

export type { PracticeMode, PracticeRunKind, PracticeRunStatus } from '../common/records.js';
import type { ChoiceView, PuzzleWorkView, QuestionType } from './views.js';

// ---- Requests ----------------------------------------------------------------------------------

/**
 * Start a run. Without an `Authorization: Bearer <practiceToken>` header a new practice identity is
 * created, so `nickname` is then required; with a token it is ignored.
 */
export const startPracticeBody = z.object({
  setId: z.string().min(1).max(100),
  timed: z.boolean().default(false),
  nickname: nicknameSchema.optional(),
});
export type StartPracticeBody = z.input<typeof startPracticeBody>;

export const practiceAnswerBody = z.object({
  questionId: z.string().min(1).max(100),
  choiceIds: z.array(z.string().min(1).max(40)).min(1).max(8),
});
export type PracticeAnswerBody = z.input<typeof practiceAnswerBody>;

/** A terminal line in a practice puzzle: the classroom's `puzzle:command` payload (line ≤ 2,000 chars). */
export const practiceCommandBody = clientEvents['puzzle:command'];
export type PracticeCommandBody = z.input<typeof practiceCommandBody>;

export const setGamePublicBody = z.object({ isPublic: z.boolean() });
export type SetGamePublicBody = z.input<typeof setGamePublicBody>;

export const MAX_PAGE_SIZE = 50;

const page = z.coerce.number().int().min(1).max(100_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20);
/** Case-insensitive substring of the nickname; empty means no filter. */
const search = z.string().trim().max(40).default('');

export const leaderboardWindows = ['today', 'week', 'all'] as const;
export type LeaderboardWindow = (typeof leaderboardWindows)[number];

export const practiceLeaderboardQuery = z.object({
  window: z.enum(leaderboardWindows).default('all'),
  mode: z.enum(['untimed', 'timed']).default('untimed'),
  page,
  pageSize,
  q: search,
});
export type PracticeLeaderboardQuery = z.input<typeof practiceLeaderboardQuery>;

export const pageQuery = z.object({ page, pageSize });
/** `key`: the read-only key from the host's result link; opens a private game's results. */
export const gameRankingQuery = z.object({
  page,
  pageSize,
  q: search,
  key: z
    .string()
    .regex(/^[A-Za-z0-9_-]{24}$/, 'a result key is 24 characters')
    .optional(),
});
export const practiceHistoryQuery = z.object({
  page,
  pageSize,
  setId: z.string().min(1).max(100).optional(),
});

// ---- Practice responses ------------------------------------------------------------------------

export type PracticePhase = 'question' | 'feedback' | 'finished';

export interface PracticeLearnerView {
  id: number;
  nickname: string;
  createdAt: string;
}

/** The item being played. Puzzles (issue 4) will add a `kind: 'puzzle'` variant. */
export interface PracticeQuestionView {
  kind: 'question';
  id: string;
  type: QuestionType;
  prompt: string;
  /** Display order, shuffled from the run's seed. Never carries correctness. */
  choices: ChoiceView[];
  timeLimitMs: number;
  multiplier: 0 | 1 | 2;
  /** A second attempt at a question answered wrong earlier in this run (earns no points). */
  retry: boolean;
}

/**
 * The puzzle being played (or, in 'feedback'/'finished', the one just ended): the classroom team view's
 * fields for one learner. Goal details, the explanation and the solution appear only once it is over.
 */
export interface PracticePuzzleView extends PuzzleWorkView {
  kind: 'puzzle';
  id: string;
  title: string;
  guided: boolean;
  gaveUp: boolean;
  /** The most it is worth (before hints). */
  maxPoints: number;
}

/** Countdown of a timed question: remaining = `remainingMs` − time since the response arrived. */
export interface PracticeClockView {
  deadline: number;
  remainingMs: number;
  serverNow: number;
}

export interface WrongChoiceView {
  id: string;
  text: string;
  /** Why this option is wrong (null when the scenario file does not say). */
  why: string | null;
}

/** What the learner sees after answering (or after the time ran out). */
export interface PracticeFeedback {
  questionId: string;
  correct: boolean;
  timedOut: boolean;
  points: number;
  chosenChoiceIds: string[];
  correctChoiceIds: string[];
  explanation: string;
  /** The wrong options the learner chose, each with its explanation. */
  wrongChoices: WrongChoiceView[];
  /** This question comes back later in the run. */
  requeued: boolean;
}

export interface PracticeSummary {
  score: number;
  /** First attempts answered right. */
  correctCount: number;
  /** Distinct questions of the run. */
  questionCount: number;
  /** correctCount / questionCount, 0..1. */
  accuracy: number;
  durationMs: number;
  hintsUsed: number;
  /** Questions whose first attempt was wrong: what a review run replays. */
  mistakes: { questionId: string; prompt: string }[];
  finishedAt: string;
}

export interface PracticeRunView {
  runId: number;
  setId: string;
  setTitle: string;
  kind: PracticeRunKind;
  timed: boolean;
  status: PracticeRunStatus;
  phase: PracticePhase;
  /** 0-based position of the current item; `total` grows when a wrong answer is re-queued. */
  position: number;
  total: number;
  /** The current item in 'question' and 'feedback' when it is a question; null when finished. */
  question: PracticeQuestionView | null;
  /** The current puzzle (also in 'feedback' and 'finished' right after one); null otherwise. */
  puzzle: PracticePuzzleView | null;
  /** Timed runs in 'question' only. */
  clock: PracticeClockView | null;
  /** The last answer's feedback in 'feedback' and 'finished'. */
  feedback: PracticeFeedback | null;
  score: number;
  streak: number;
  correctCount: number;
  answeredCount: number;
  startedAt: string;
  summary: PracticeSummary | null;
}

/** POST /api/practice/runs: `token` only when a new identity was created (store it). */
export interface StartPracticeResponse {
  token: string | null;
  learner: PracticeLearnerView;
  run: PracticeRunView;
}

export interface PracticeRunSummaryRow extends PracticeRunTotals {
  runId: number;
  setId: string;
  setTitle: string;
  kind: PracticeRunKind;
  timed: boolean;
  startedAt: string;
  finishedAt: string | null;
}

export interface PersonalBest {
  setId: string;
  setTitle: string;
  mode: PracticeMode;
  runId: number;
  score: number;
  accuracy: number;
  durationMs: number;
  finishedAt: string;
}

export interface PracticeMeResponse {
  learner: PracticeLearnerView;
  /** The run to resume, if any (one active run per learner). */
  activeRun: PracticeRunView | null;
  /** All-time best per set and mode. */
  bests: PersonalBest[];
}

export interface Paged<T> {
  rows: T[];
  page: number;
  pageSize: number;
  /** Rows matching the filter (search included). */
  total: number;
}

// ---- Leaderboard responses ---------------------------------------------------------------------

export interface PracticeLeaderboardRow extends PracticeBoardRow<string> {
  /** This row is the viewer's (the request carried their practice token). */
  me: boolean;
}

export interface PracticeLeaderboardResponse extends Paged<PracticeLeaderboardRow> {
  setId: string;
  setTitle: string;
  window: LeaderboardWindow;
  mode: PracticeMode;
  /** Start of the window (UTC, inclusive), null for all time. */
  since: string | null;
  /** The viewer's row wherever it is (even off this page or outside the search), or null. */
  you: PracticeLeaderboardRow | null;
}

export interface PublicGameRow {
  code: string;
  setId: string;
  setTitle: string;
  scoring: 'classic' | 'accuracy';
  endedAt: string;
  playerCount: number;
  winner: string | null;
}

export interface GameRankingRow {
  rank: number;
  playerId: string;
  nickname: string;
  score: number;
  correctCount: number;
  accuracy: number;
  /** Total response time of the player's answers (the classroom tie-break). */
  timeMs: number;
}

export interface GameRankingResponse extends Paged<GameRankingRow> {
  code: string;
  setId: string;
  setTitle: string;
  scoring: 'classic' | 'accuracy';
  isPublic: boolean;
  /** Only for the host: the key of the shareable result link (`/results/CODE?key=...`). */
  resultKey?: string;
  endedAt: string | null;
  endedEarly: boolean;
  questionCount: number;
  playerCount: number;
}
