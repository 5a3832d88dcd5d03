/**
 * A practice run as one JSON value (stored in practice_runs.state), and how it starts.
 * Pure: time comes in as `now`, randomness from the run's seed.
 */
import { randomCursor, seedState, shuffle } from '../common/rng.js';
import type { PracticeContent } from './content.js';
import { newPuzzleRun, puzzleItemOf, type PracticePuzzleState } from './puzzle-state.js';

export const PRACTICE_STATE_VERSION = 1;

/** One entry of the play order: a question, or a puzzle (played once, never re-queued). */
export type QueueEntry = QuestionEntry | PuzzleEntry;

export interface PuzzleEntry {
  kind: 'puzzle';
  itemId: string;
  retry: false;
}

export interface QuestionEntry {
  kind: 'question';
  itemId: string;
  /** Choice ids in display order (true/false keeps True, False). */
  choiceOrder: string[];
  /** A second attempt at a question answered wrong earlier in this run. */
  retry: boolean;
}

export interface AnsweredEntry {
  /** Index in `queue` of the entry this answers. */
  position: number;
  itemId: string;
  choiceIds: string[];
  correct: boolean;
  timedOut: boolean;
  retry: boolean;
  responseMs: number;
  points: number;
  answeredAt: number;
  /** The wrong first attempt was put back in the queue. */
  requeued: boolean;
}

export type RunPhase = 'question' | 'feedback' | 'finished';

export interface PracticeState {
  version: typeof PRACTICE_STATE_VERSION;
  setId: string;
  kind: 'normal' | 'review';
  timed: boolean;
  seed: number;
  /** Generator state (mulberry32), advanced by re-queue shuffles. */
  rng: number;
  startedAt: number;
  finishedAt: number | null;
  queue: QueueEntry[];
  /** Index of the current entry. */
  position: number;
  phase: RunPhase;
  /** When the current entry was shown: response times and deadlines count from here. */
  shownAt: number;
  /** Timed runs in 'question': shownAt + the item's time limit. */
  deadline: number | null;
  answers: AnsweredEntry[];
  score: number;
  streak: number;
  /** Hints taken in puzzles; questions have none. */
  hintsUsed: number;
  /**
   * The current (or, in feedback, the just-ended) puzzle with its cluster; null or absent otherwise
   * (runs saved before puzzles could be practised have no such field).
   */
  puzzle?: PracticePuzzleState | null;
}

export interface StartRunInput {
  content: PracticeContent;
  kind: 'normal' | 'review';
  timed: boolean;
  seed: number;
  now: number;
  /** Review runs: the item ids to replay (unknown ids are dropped). Default: the whole set. */
  only?: readonly string[];
}

/** Display order of a question's choices: shuffled, except true/false (a "False, True" reads like a trick). */
export function choiceOrderOf(
  content: PracticeContent,
  itemId: string,
  rnd: ReturnType<typeof randomCursor>,
): string[] {
  const item = content.items.get(itemId);
  if (item?.kind !== 'question') return [];
  const ids = item.choices.map((c) => c.id);
  return item.type === 'truefalse' ? ids : shuffle(ids, rnd);
}

/** A new run, or null when there is nothing to play (an empty review). */
export function startRun(input: StartRunInput): PracticeState | null {
  const { content, now } = input;
  const rnd = randomCursor(seedState(input.seed));
  const wanted = input.only ? new Set(input.only) : null;
  const ids = content.order.filter((id) => wanted === null || wanted.has(id));
  if (ids.length === 0) return null;
  // Questions shuffled, then the puzzles in the set's order: a warm-up before the hands-on part.
  const isPuzzle = (id: string) => content.items.get(id)?.kind === 'puzzle';
  const queue: QueueEntry[] = [
    ...shuffle(
      ids.filter((id) => !isPuzzle(id)),
      rnd,
    ).map((itemId): QueueEntry => ({
      kind: 'question',
      itemId,
      choiceOrder: choiceOrderOf(content, itemId, rnd),
      retry: false,
    })),
    ...ids.filter(isPuzzle).map((itemId): QueueEntry => ({ kind: 'puzzle', itemId, retry: false })),
  ];
  const state: PracticeState = {
    version: PRACTICE_STATE_VERSION,
    setId: content.setId,
    kind: input.kind,
    timed: input.timed,
    seed: input.seed,
    rng: rnd.state,
    startedAt: now,
    finishedAt: null,
    queue,
    position: 0,
    phase: 'question',
    shownAt: now,
    deadline: null,
    answers: [],
    score: 0,
    streak: 0,
    hintsUsed: 0,
    puzzle: null,
  };
  return enterEntry({ ...state, deadline: deadlineOf(state, content, now) }, content);
}

/** On reaching an entry: a puzzle gets its own instance (and cluster); anything else clears the last one. */
export function enterEntry(state: PracticeState, content: PracticeContent): PracticeState {
  const entry = currentEntry(state);
  const item = entry && puzzleItemOf(content, entry.itemId);
  if (!item) return state.puzzle ? { ...state, puzzle: null } : state;
  const { run, rng } = newPuzzleRun(item, state.rng);
  return { ...state, rng, puzzle: run };
}

export function deadlineOf(state: PracticeState, content: PracticeContent, shownAt: number): number | null {
  if (!state.timed) return null;
  const entry = state.queue[state.position];
  const item = entry && content.items.get(entry.itemId);
  // Puzzles are untimed even in a timed run.
  return item?.kind === 'question' ? shownAt + item.timeLimitMs : null;
}

export const currentEntry = (state: PracticeState): QueueEntry | undefined => state.queue[state.position];
