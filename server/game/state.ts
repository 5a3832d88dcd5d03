/**
 * GameState: one plain JSON value (no Map/Set/class/undefined), so a room can be snapshotted, restored on
 * another node and replayed. Everything the rules need is here, including the content of the questions
 * (in this game's choice order, with this game's own choice ids) and the random generator's state.
 */
import type { AnswerRow } from '../common/records.js';
import type { ScenarioSet } from '../content/schema.js';
import type { Puzzle } from '../puzzles/index.js';
import type { Phase, RankingEntry, ScoringMode } from '../protocol/views.js';
import { prepareQuestions, type GameQuestion } from './questions.js';
import type { GameStep, PuzzleCommandLog, PuzzleState, PuzzleTeamResult } from './puzzle/types.js';
import { randomCursor, seedState } from '../common/rng.js';

export const STATE_VERSION = 1;

export interface PlayerState {
  id: string;
  nickname: string;
  /** sha256 of the player's token; a kicked seat keeps its key so the token stays refused. */
  seatKey: string;
  joinedAt: number;
  connected: boolean;
  /** When the last socket of this seat went away (null while connected). */
  awaySince: number | null;
  kicked: boolean;
  score: number;
  streak: number;
  correctCount: number;
  /** Sum of response times of correct answers (the ranking tie-breaker). */
  totalResponseMs: number;
}

export interface AnswerRecord {
  playerId: string;
  questionId: string;
  /** This game's choice ids, as the player sent them. */
  choiceIds: string[];
  answeredAt: number;
  responseMs: number;
  correct: boolean;
  /** Filled when the question closes (0 when it was voided); null while it is open. */
  points: number | null;
  streak: number | null;
}

/** The countdown of a question or a puzzle round: both pause and resume the same way. */
export interface RoundClock {
  openedAt: number;
  /** null while paused. */
  deadline: number | null;
  /** Time left when paused; null while running. */
  pausedRemainingMs: number | null;
  pausedAt: number | null;
  /** Total paused time so far, subtracted from response times. */
  pausedMs: number;
  closedAt: number | null;
}

/** Timing of the current (or last) question. */
export interface RoundState extends RoundClock {
  questionId: string;
  /** Skipped (or ended) before it closed: nobody scores, streaks untouched. */
  voided: boolean;
}

export interface GameState {
  version: typeof STATE_VERSION;
  code: string;
  setId: string;
  setTitle: string;
  scoring: ScoringMode;
  hostKey: string;
  /** mulberry32 state (see rng.ts). */
  rng: number;
  questions: GameQuestion[];
  phase: Phase;
  /** -1 until the first question opens; afterwards the current or last question. */
  questionIndex: number;
  round: RoundState | null;
  /** In join order (the last ranking tie-breaker); kicked players stay, flagged. */
  players: PlayerState[];
  /** Every answer of the game, in arrival order. */
  answers: AnswerRecord[];
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
  endedEarly: boolean;
  /** The tick time last requested from the edge (null when none), to avoid re-sending the same schedule. */
  wakeAt: number | null;
  /** Play order: questions and puzzle rounds (quiz-only sets: one step per question). */
  steps: GameStep[];
  /** -1 until the game starts; afterwards the current or last step. */
  stepIndex: number;
  /** Teams and the current puzzle round (see puzzle/types.ts). */
  puzzle: PuzzleState;
}

export type Viewer = { role: 'host' } | { role: 'player'; playerId: string };

export type GameAction =
  /** `maxPlayers`: the seats a game holds at most (MAX_PLAYERS_PER_ROOM), stamped by the room. */
  | { type: 'join'; nickname: string; seatKey: string; now: number; maxPlayers?: number }
  | { type: 'connect' | 'disconnect'; viewer: Viewer; now: number }
  | { type: 'answer'; viewer: Viewer; questionId: string; choiceIds: string[]; now: number }
  | { type: 'start' | 'next' | 'skip' | 'pause' | 'resume' | 'end'; viewer: Viewer; now: number }
  | { type: 'kick'; viewer: Viewer; playerId: string; now: number }
  | { type: 'tick'; now: number }
  /** The room was loaded from its snapshot (restart, or another node): no socket holds a seat yet. */
  | { type: 'restore'; now: number }
  | { type: 'team-set'; viewer: Viewer; playerId: string; teamId: string | null; now: number }
  | { type: 'team-choose'; viewer: Viewer; teamId: string | null; now: number }
  | { type: 'team-auto'; viewer: Viewer; size: number; now: number }
  | {
      type: 'puzzle-command';
      viewer: Viewer;
      line: string;
      files?: Record<string, string>;
      now: number;
    }
  | { type: 'puzzle-hint'; viewer: Viewer; now: number }
  | { type: 'puzzle-watch'; viewer: Viewer; teamId: string | null; now: number };

/** One action type (works for the grouped members too, where `Extract` would give `never`). */
export type ActionOf<T extends GameAction['type']> = GameAction & { type: T };

/** What a host control (start, next, skip, pause, resume, end) carries. */
export interface HostCommand {
  viewer: Viewer;
  now: number;
}

/**
 * An answer with its final points, as the `answers` row stores it. Its `choiceIds` are the scenario's
 * choice ids (not this game's): what the database stores and the CSV reads.
 */
export type RecordedAnswer = AnswerRow<number>;

/**
 * What the edge must do after an action, in order. Domain effects come first, then the schedule, then
 * `broadcast` last, so a write (e.g. `game-finished`) can complete before anyone sees the new views.
 */
export type Effect =
  /** Dispatch `{ type: 'tick' }` at this server time; replaces any previous schedule. */
  | { type: 'schedule'; at: number }
  | { type: 'cancel-schedule' }
  | { type: 'player-joined'; playerId: string; nickname: string; joinedAt: number }
  | { type: 'player-kicked'; playerId: string }
  | { type: 'game-started'; at: number }
  /** The answer was taken (emitted by the `answer` action itself): what the ack reports. */
  | { type: 'answer-accepted'; playerId: string; questionId: string; responseMs: number }
  /**
   * Final record of one answer, emitted when its question closes (points 0 if the question was voided),
   * so the database never holds points that a skip later takes back.
   */
  | { type: 'answer-recorded'; answer: RecordedAnswer }
  /** Persist before broadcasting the podium. */
  | { type: 'game-finished'; at: number; endedEarly: boolean; ranking: RankingEntry[] }
  /** A terminal command ran on a team's cluster: log it with the game's results. */
  | { type: 'puzzle-command'; command: PuzzleCommandLog }
  /** A puzzle round closed: one per team. */
  | { type: 'puzzle-result'; result: PuzzleTeamResult }
  | { type: 'broadcast' };

/** What an action handler produces before the reducer adds the schedule and the broadcast. */
export interface Step {
  state: GameState;
  effects: Effect[];
}

export interface CreateGameInput {
  code: string;
  set: ScenarioSet;
  scoring: ScoringMode;
  seed: number;
  /** sha256 of the host token, computed at the edge. */
  hostKey: string;
  now: number;
  /** Where the set's puzzle rounds find their puzzles (required when the set has any). */
  puzzles?: { get(id: string): Puzzle | undefined };
}

/** The set's play order; puzzle definitions are copied into the game so a restored room needs no catalogue. */
function prepareSteps(input: CreateGameInput): { steps: GameStep[]; defs: Record<string, Puzzle> } {
  const order = input.set.steps ?? input.set.questions.map((q) => ({ kind: 'question' as const, id: q.id }));
  const defs: Record<string, Puzzle> = {};
  const steps = order.map((step): GameStep => {
    if (step.kind === 'question') {
      return { kind: 'question', questionIndex: input.set.questions.findIndex((q) => q.id === step.id) };
    }
    const def = input.puzzles?.get(step.puzzleId);
    if (!def) throw new Error(`set ${input.set.id}: unknown puzzle "${step.puzzleId}"`);
    defs[def.id] = def;
    return {
      kind: 'puzzle',
      id: step.id,
      puzzleId: def.id,
      timeLimitMs: (step.timeLimitSec ?? def.timeLimitSec) * 1000,
      points: step.points ?? def.points,
    };
  });
  return { steps, defs };
}

export function createGame(input: CreateGameInput): GameState {
  const rnd = randomCursor(seedState(input.seed));
  const questions = prepareQuestions(input.set, rnd);
  const { steps, defs } = prepareSteps(input);
  return {
    version: STATE_VERSION,
    code: input.code,
    setId: input.set.id,
    setTitle: input.set.title,
    scoring: input.scoring,
    hostKey: input.hostKey,
    rng: rnd.state,
    questions,
    phase: 'lobby',
    questionIndex: -1,
    round: null,
    players: [],
    answers: [],
    createdAt: input.now,
    startedAt: null,
    endedAt: null,
    endedEarly: false,
    wakeAt: null,
    steps,
    stepIndex: -1,
    puzzle: { defs, teamOf: {}, round: null, buckets: {}, watching: null },
  };
}
