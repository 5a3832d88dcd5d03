/**
 * What a learner can do in a run: answer the current question, move on, and (implicitly, through
 * `expire`) run out of time. Each returns a new state; the input is never changed.
 *
 * Decisions:
 * - After an answer the run shows feedback until `next`; in a timed run the next deadline starts then,
 *   so reading an explanation never costs time. The last answer finishes the run at once (the run's
 *   time is start to last answer).
 * - A first attempt answered wrong (or timed out) comes back once, after REQUEUE_GAP other entries (or
 *   at the end when fewer remain), with its choices in a new order. A retry is never re-queued.
 * - A timed question answered after its deadline counts as timed out: wrong, 0 points. `expire` records
 *   the same for a question nobody answered (the learner closed the browser), when the run is next seen.
 * - A puzzle ends when its goals all hold (puzzle-actions.ts) or when the learner gives up with `next`
 *   (0 points, wrong); either way the run shows its explanation and solution until the next `next`.
 *   Puzzles are never re-queued: a second go at the same cluster would teach little.
 */
import { checkChoices, isCorrectPick } from '../content/question-rules.js';
import { randomCursor } from '../common/rng.js';
import type { PracticeContent } from './content.js';
import { fail, ok, type Result } from './errors.js';
import { practicePoints } from './scoring.js';
import {
  choiceOrderOf,
  currentEntry,
  deadlineOf,
  enterEntry,
  type AnsweredEntry,
  type PracticeState,
  type QueueEntry,
} from './state.js';

/** How many other entries come between a wrong answer and its retry. */
export const REQUEUE_GAP = 3;
/** Durations are stored as 32-bit integers; a run left open for weeks is capped rather than overflowing. */
export const MAX_DURATION_MS = 2_147_483_647;

export interface AnswerInput {
  questionId: string;
  choiceIds: readonly string[];
}

export function answerQuestion(
  state: PracticeState,
  content: PracticeContent,
  input: AnswerInput,
  now: number,
): Result<PracticeState> {
  if (state.phase === 'finished') return fail('practice/finished', 'this run is finished');
  if (state.phase === 'feedback') {
    return fail('practice/already-answered', 'this question is already answered; ask for the next one');
  }
  const entry = currentEntry(state);
  const item = entry && content.items.get(entry.itemId);
  if (!entry || item?.kind !== 'question' || entry.itemId !== input.questionId) {
    return fail('practice/wrong-question', `"${input.questionId}" is not the current question of this run`);
  }
  const chosen = checkChoices(item, input.choiceIds);
  if (!chosen.ok) return chosen;
  const timedOut = state.deadline !== null && now > state.deadline;
  const correct = !timedOut && isCorrectPick(item, chosen.data);
  return ok(recordAnswer(state, content, entry, { choiceIds: chosen.data, correct, timedOut }, now));
}

/** Records a timed-out answer when the current timed question's deadline has passed; else returns `state`. */
export function expire(state: PracticeState, content: PracticeContent, now: number): PracticeState {
  if (state.phase !== 'question' || state.deadline === null || now <= state.deadline) return state;
  const entry = currentEntry(state);
  if (!entry) return state;
  return recordAnswer(
    state,
    content,
    entry,
    { choiceIds: [], correct: false, timedOut: true },
    state.deadline,
  );
}

/** From feedback to the next entry. */
export function nextItem(state: PracticeState, content: PracticeContent, now: number): Result<PracticeState> {
  if (state.phase === 'finished') return fail('practice/finished', 'this run is finished');
  const entry = currentEntry(state);
  if (state.phase === 'question') {
    // On a puzzle, `next` is "give up": it ends the puzzle with 0 points and shows the solution.
    if (entry?.kind === 'puzzle' && state.puzzle?.outcome === 'playing') {
      const puzzle = { ...state.puzzle, outcome: 'gave-up' as const };
      return ok(recordAnswer({ ...state, puzzle }, content, entry, { correct: false, points: 0 }, now));
    }
    return fail('practice/not-answered', 'answer the current question first');
  }
  const moved: PracticeState = { ...state, position: state.position + 1, phase: 'question', shownAt: now };
  return ok(enterEntry({ ...moved, deadline: deadlineOf(moved, content, now) }, content));
}

/** Records the current entry's outcome: a question's choices, or a puzzle's result with its points. */
export function recordAnswer(
  state: PracticeState,
  content: PracticeContent,
  entry: QueueEntry,
  answer: { choiceIds?: string[]; correct: boolean; timedOut?: boolean; points?: number },
  at: number,
): PracticeState {
  const item = content.items.get(entry.itemId);
  const responseMs = Math.max(0, at - state.shownAt);
  const question = item?.kind === 'question' ? item : undefined;
  // A puzzle's points come from its own formula and leave the question streak alone.
  const { points, streak } =
    answer.points !== undefined
      ? { points: answer.points, streak: state.streak }
      : practicePoints({
          timed: state.timed,
          retry: entry.retry,
          correct: answer.correct,
          responseMs,
          timeLimitMs: question?.timeLimitMs ?? 0,
          multiplier: question?.multiplier ?? 0,
          previousStreak: state.streak,
        });
  const requeue = !answer.correct && entry.kind === 'question' && !entry.retry;
  let { queue, rng } = state;
  if (requeue && entry.kind === 'question') {
    const rnd = randomCursor(rng);
    const retry: QueueEntry = {
      ...entry,
      retry: true,
      choiceOrder: choiceOrderOf(content, entry.itemId, rnd),
    };
    const at = Math.min(queue.length, state.position + 1 + REQUEUE_GAP);
    queue = [...queue.slice(0, at), retry, ...queue.slice(at)];
    rng = rnd.state;
  }
  const recorded: AnsweredEntry = {
    position: state.position,
    itemId: entry.itemId,
    choiceIds: answer.choiceIds ?? [],
    correct: answer.correct,
    timedOut: answer.timedOut ?? false,
    retry: entry.retry,
    responseMs,
    points,
    answeredAt: at,
    requeued: requeue,
  };
  const last = state.position >= queue.length - 1;
  return {
    ...state,
    queue,
    rng,
    answers: [...state.answers, recorded],
    score: state.score + points,
    streak,
    phase: last ? 'finished' : 'feedback',
    deadline: null,
    finishedAt: last ? at : null,
  };
}

export interface RunSummary {
  score: number;
  correctCount: number;
  /** First attempts answered so far. */
  answeredCount: number;
  /** Distinct items in the run. */
  questionCount: number;
  accuracy: number;
  durationMs: number | null;
  hintsUsed: number;
}

export function summaryOf(state: PracticeState): RunSummary {
  const firsts = state.answers.filter((a) => !a.retry);
  const correctCount = firsts.filter((a) => a.correct).length;
  return {
    score: state.score,
    correctCount,
    answeredCount: firsts.length,
    questionCount: state.queue.filter((e) => !e.retry).length,
    accuracy: firsts.length === 0 ? 0 : correctCount / firsts.length,
    durationMs:
      state.finishedAt === null
        ? null
        : Math.min(MAX_DURATION_MS, Math.max(0, state.finishedAt - state.startedAt)),
    hintsUsed: state.hintsUsed,
  };
}

/** Items whose first attempt was wrong, in the order they were played: a review run replays these. */
export function mistakesOf(state: PracticeState): string[] {
  return state.answers.filter((a) => !a.retry && !a.correct).map((a) => a.itemId);
}

/**
 * A scenario file may change while runs are open. Entries not played yet whose item disappeared are
 * dropped so the run never shows a question it cannot check; a run left with nothing to play finishes.
 */
export function dropMissing(state: PracticeState, content: PracticeContent, now: number): PracticeState {
  if (state.phase === 'finished') return state;
  const firstOpen = state.phase === 'question' ? state.position : state.position + 1;
  const keep = (e: QueueEntry, i: number) => i < firstOpen || content.items.has(e.itemId);
  if (state.queue.every(keep)) return state;
  const queue = state.queue.filter(keep);
  if (firstOpen >= queue.length) {
    return {
      ...state,
      queue,
      position: Math.max(0, queue.length - 1),
      phase: 'finished',
      deadline: null,
      finishedAt: now,
    };
  }
  const moved = { ...state, queue };
  return state.phase === 'question'
    ? { ...moved, deadline: deadlineOf(moved, content, state.shownAt) }
    : moved;
}
