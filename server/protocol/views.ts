/**
 * What the server sends to each viewer. Views are per-viewer and filtered by the pure core
 * (server/game/views.ts): no correct answer leaves the server before the reveal.
 * These are plain types, not zod schemas: the server produces them, the web client trusts them.
 */

export type Phase = 'lobby' | 'question' | 'reveal' | 'scoreboard' | 'podium';
export type QuestionType = 'single' | 'multiple' | 'truefalse';
export type ScoringMode = 'classic' | 'accuracy';

/** Shape + colour pairs, so colour-blind players can tell choices apart by shape alone. */
export type ChoiceShape = 'triangle' | 'diamond' | 'circle' | 'square';
export type ChoiceColor = 'red' | 'blue' | 'yellow' | 'green';

export interface ChoiceView {
  id: string;
  text: string;
  shape: ChoiceShape;
  color: ChoiceColor;
}

/** A question as players see it: choices in the game's shuffled order, no correctness. */
export interface QuestionView {
  id: string;
  index: number; // 0-based position in the game
  count: number; // number of questions in the game
  type: QuestionType;
  prompt: string;
  choices: ChoiceView[];
  timeLimitMs: number;
  multiplier: 0 | 1 | 2;
}

/**
 * Countdown from the server's clock. Clients compute the remaining time as
 * `remainingMs - (Date.now() - receivedAt)`; `deadline` and `serverNow` are server epoch ms.
 */
export interface ClockView {
  deadline: number | null;
  remainingMs: number;
  paused: boolean;
  serverNow: number;
}

export interface RankingEntry {
  playerId: string;
  nickname: string;
  score: number;
  rank: number; // 1-based; ties broken by lower total response time
  correctCount: number;
  totalResponseMs: number;
}

export interface PlayerResult {
  playerId: string;
  nickname: string;
  answered: boolean;
  correct: boolean;
  points: number;
  streak: number;
}

export interface RevealCommon {
  questionId: string;
  correctChoiceIds: string[];
  explanation: string;
  /** How many players chose each option (by choice id). */
  counts: Record<string, number>;
  noAnswerCount: number;
  /** The host skipped this question (or ended the game during it): nobody scored, streaks untouched. */
  voided?: boolean;
}

export interface HostReveal extends RevealCommon {
  results: PlayerResult[];
}

export interface PlayerReveal extends RevealCommon {
  you: PlayerResult;
}

export interface LobbyPlayer {
  playerId: string;
  nickname: string;
  connected: boolean;
  score: number;
  answered: boolean; // answered the open question
}

interface ViewCommon {
  code: string;
  phase: Phase;
  setId: string;
  setTitle: string;
  scoring: ScoringMode;
  questionIndex: number; // -1 in the lobby
  questionCount: number;
  question: QuestionView | null; // set in 'question' and 'reveal'
  clock: ClockView | null; // set in 'question'
  endedEarly: boolean;
}

export interface HostView extends ViewCommon {
  role: 'host';
  players: LobbyPlayer[];
  answeredCount: number;
  reveal: HostReveal | null;
  /** Top 5 in 'scoreboard'. */
  scoreboard: RankingEntry[] | null;
  /** Full ranking in 'podium'. */
  ranking: RankingEntry[] | null;
}

export interface PlayerView extends ViewCommon {
  role: 'player';
  me: {
    playerId: string;
    nickname: string;
    score: number;
    rank: number | null;
    streak: number;
  };
  playerCount: number;
  myAnswer: { choiceIds: string[]; responseMs: number } | null;
  reveal: PlayerReveal | null;
  /** Full ranking in 'podium' (the podium is its top 3). */
  ranking: RankingEntry[] | null;
}

export type GameView = HostView | PlayerView;
