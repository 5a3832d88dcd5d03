/**
 * What the server sends to each viewer. Views are per-viewer and filtered by the pure core
 * (server/game/views.ts): no correct answer leaves the server before the reveal.
 * These are plain types, not zod schemas: the server produces them, the web client trusts them.
 */

import type { ScoringMode } from '../common/records.js';
import type { ClusterViewModel, ProbeResult } from './generated/cluster-view.js';

export type { ScoringMode } from '../common/records.js';

/**
 * Puzzle rounds add three phases: 'teams' (forming teams before a puzzle round), 'puzzle' (the round runs)
 * and 'puzzle-reveal' (explanation, reference solution, team results); then 'scoreboard' as usual.
 */
export type Phase =
  'lobby' | 'question' | 'reveal' | 'scoreboard' | 'podium' | 'teams' | 'puzzle' | 'puzzle-reveal';
export type QuestionType = 'single' | 'multiple' | 'truefalse';

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
  clock: ClockView | null; // set in 'question' and 'puzzle'
  endedEarly: boolean;
  /** Position in the whole set (questions and puzzle rounds); -1 in the lobby. */
  stepIndex: number;
  stepCount: number;
  /** Teams as they stand (every phase: teams carry over from one puzzle round to the next). */
  teams: TeamSummary[];
}

export interface HostView extends ViewCommon {
  role: 'host';
  /** Set in 'teams', 'puzzle' and 'puzzle-reveal'. */
  puzzle: HostPuzzleView | null;
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
  /** My team id (null: not in a team yet). */
  myTeamId: string | null;
  /** Set in 'teams', 'puzzle' and 'puzzle-reveal'. */
  puzzle: PlayerPuzzleView | null;
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

// ---------------------------------------------------------------- puzzle rounds

export interface TeamMember {
  playerId: string;
  nickname: string;
  connected: boolean;
}

export interface TeamSummary {
  id: string; // team-1 … team-40
  name: string; // "Team 1"
  members: TeamMember[];
}

/** The round as everybody may see it (the story, never the answer). */
export interface PuzzleRoundInfo {
  roundId: string;
  puzzleId: string;
  title: string;
  /** The brief (for teams with their own parameters, see `TeamPuzzleView.story`). */
  summary: string | null;
  topic: string | null;
  difficulty: 1 | 2 | 3;
  timeLimitMs: number;
  /** Points for solving with the full time left and no hint (see docs/protocol.md, "Puzzle scoring"). */
  points: number;
  /** Guided puzzles (the hands-on lab): the goals are steps to do in order. */
  guided: boolean;
  /** Largest team, and the id a player can pick to start a new team (null when all 40 are taken). */
  maxTeamSize: number;
  newTeamId: string | null;
}

export interface GoalView {
  id: string;
  description: string;
  met: boolean;
  /** A goal that holds from the start and must keep holding (e.g. "the Deployment still runs"). */
  guard: boolean;
  /**
   * What the check found ("0 ready endpoints (want 3)"). Host views always; player views only after the
   * round (during it a detail like "selector is a=b (want a=c)" would give the fix away).
   */
  detail: string | null;
}

export interface TerminalEntry {
  seq: number; // 1, 2, … per team and round
  playerId: string;
  nickname: string;
  line: string;
  /** Names of the files sent along (`apply -f`); contents are not echoed. */
  files: string[];
  /** stdout and stderr interleaved, kubectl's colour-free text; cut at 16 KiB (`truncated`). */
  output: string;
  truncated: boolean;
  exitCode: number;
  at: number; // server epoch ms
  /**
   * The network requests this command made (`exec … -- wget/curl/nslookup/nc`, `run -i … -- wget`,
   * the top-level `curl`), at most the last 3, oldest first, without the response body (it is in
   * `output`). For the picture's hop-by-hop animation; absent when the command made none.
   */
  traces?: ProbeResult[];
}

export interface HintView {
  index: number; // 0-based
  text: string;
  cost: number;
  takenBy: string; // nickname
  at: number;
}

export interface SolutionStepView {
  command: string;
  file?: { name: string; content: string };
}

/**
 * A puzzle being worked on, as its players see it: the part shared by a classroom team's round and a
 * practice run's puzzle.
 */
export interface PuzzleWorkView {
  /** The story with these parameters (names, ports) filled in. */
  story: string;
  goals: GoalView[];
  goalsMet: number;
  solved: boolean;
  /** Points earned (final once solved; 0 until then). */
  points: number;
  hints: HintView[];
  hintCount: number;
  /** Cost of the next hint, null when none is left. */
  nextHintCost: number | null;
  /** The last 200 entries, oldest first; `commandCount` counts all of them. */
  terminal: TerminalEntry[];
  commandCount: number;
  /** The terminal's namespace (`kubectl config set-context --current --namespace=X`); `default` at first. */
  namespace: string;
  /** The cluster picture (server/sim view model): nodes, pods, Services, endpoints, selector matches. */
  cluster: ClusterViewModel;
  /** Manifests preloaded in the YAML editor (name → content). */
  files: Record<string, string>;
  /** Once it is over only: why it broke, and the reference solution. */
  explanation: string | null;
  solution: SolutionStepView[] | null;
}

/** One team's round: what its members (and the host, when watching) see. */
export interface TeamPuzzleView extends PuzzleWorkView {
  teamId: string;
  name: string;
  members: TeamMember[];
  /** Active time used to solve (paused time excluded), null until solved. */
  solvedInMs: number | null;
}

export interface TeamResult {
  teamId: string;
  name: string;
  members: TeamMember[];
  solved: boolean;
  solvedInMs: number | null;
  goalsMet: number;
  goalCount: number;
  hintsTaken: number;
  commandCount: number;
  points: number;
}

export interface PlayerPuzzleView {
  round: PuzzleRoundInfo;
  /** My team's round (null in 'teams', or while I am in no team of this round). */
  team: TeamPuzzleView | null;
  /** Every team's result, in 'puzzle-reveal' only. */
  results: TeamResult[] | null;
}

/** The host's live row per team. */
export interface TeamProgress extends TeamResult {
  goals: GoalView[];
  /** The last 5 commands, newest last. */
  lastCommands: TerminalEntry[];
}

export interface HostPuzzleView {
  round: PuzzleRoundInfo;
  /** Active players without a team (they become solo teams when the round starts). */
  unassigned: TeamMember[];
  /** Every team of the running (or finished) round; empty in 'teams'. */
  progress: TeamProgress[];
  /** The team opened with `puzzle:watch` (read-only), with its terminal and cluster picture. */
  watching: TeamPuzzleView | null;
}
