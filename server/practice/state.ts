/**
 * A practice run as one JSON value (stored in practice_runs.state), and how it starts.
 * Pure: time comes in as `now`, randomness from the run's seed.
 */
import { randomCursor, seedState, shuffle } from '../game/rng.js';
import type { PracticeContent } from './content.js';

export const PRACTICE_STATE_VERSION = 1;

/** One entry of the play order. Puzzles (issue 4) will add `kind: 'puzzle'` entries. */
export interface QueueEntry {
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
  /** Puzzles' hints (issue 4); questions have none. */
  hintsUsed: number;
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
  if (!item) return [];
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
  const queue: QueueEntry[] = shuffle(ids, rnd).map((itemId) => ({
    kind: 'question',
    itemId,
    choiceOrder: choiceOrderOf(content, itemId, rnd),
    retry: false,
  }));
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
  };
  return { ...state, deadline: deadlineOf(state, content, now) };
}

export function deadlineOf(state: PracticeState, content: PracticeContent, shownAt: number): number | null {
  if (!state.timed) return null;
  const entry = state.queue[state.position];
  const item = entry && content.items.get(entry.itemId);
  return item ? shownAt + item.timeLimitMs : null;
}

export const currentEntry = (state: PracticeState): QueueEntry | undefined => state.queue[state.position];
