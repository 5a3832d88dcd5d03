/**
 * What the learner sees of a run. The current question carries no correctness; the correct choices,
 * the explanation and the `why` of wrong options appear only in the feedback of an answered entry.
 * A puzzle shows its attempt like a classroom team's (goal details, explanation and solution once over).
 */
import type {
  PracticeFeedback,
  PracticePuzzleView,
  PracticeQuestionView,
  PracticeRunStatus,
  PracticeRunView,
  PracticeSummary,
} from '../protocol/practice.js';
import { choiceViews, correctIdsOf } from '../content/question-rules.js';
import { attemptView } from '../puzzles/index.js';
import type { PracticeContent, PracticePuzzle } from './content.js';
import { mistakesOf, summaryOf } from './actions.js';
import { LEARNER, puzzleItemOf, solvedPoints, type PracticePuzzleState } from './puzzle-state.js';
import { currentEntry, type AnsweredEntry, type PracticeState, type QueueEntry } from './state.js';

export interface RunMeta {
  runId: number;
  status: PracticeRunStatus;
}

export function runView(
  meta: RunMeta,
  state: PracticeState,
  content: PracticeContent,
  now: number,
): PracticeRunView {
  const entry = currentEntry(state);
  const last = state.answers[state.answers.length - 1];
  const summary = summaryOf(state);
  return {
    runId: meta.runId,
    setId: state.setId,
    setTitle: content.title,
    kind: state.kind,
    timed: state.timed,
    status: meta.status,
    phase: state.phase,
    position: state.position,
    total: state.queue.length,
    question: state.phase !== 'finished' && entry ? questionView(entry, content) : null,
    puzzle: puzzleOf(state, content),
    clock:
      state.phase === 'question' && state.deadline !== null
        ? { deadline: state.deadline, remainingMs: Math.max(0, state.deadline - now), serverNow: now }
        : null,
    feedback: state.phase !== 'question' && last ? feedbackOf(last, content) : null,
    score: state.score,
    streak: state.streak,
    correctCount: summary.correctCount,
    answeredCount: summary.answeredCount,
    startedAt: new Date(state.startedAt).toISOString(),
    summary: state.phase === 'finished' ? finishedSummary(state, content) : null,
  };
}

function puzzleOf(state: PracticeState, content: PracticeContent): PracticePuzzleView | null {
  const run = state.puzzle;
  const item = run && puzzleItemOf(content, run.itemId);
  return run && item ? puzzleView(item, run) : null;
}

function puzzleView(item: PracticePuzzle, run: PracticePuzzleState): PracticePuzzleView {
  const over = run.outcome !== 'playing';
  const solved = run.outcome === 'solved';
  return {
    kind: 'puzzle',
    id: item.id,
    title: item.title,
    guided: item.def.guided,
    ...attemptView(run, {
      details: over,
      reveal: over,
      solved,
      points: solved ? solvedPoints(item, run) : 0,
      hintsOpen: !over,
      unattributedTo: LEARNER.nickname,
    }),
    gaveUp: run.outcome === 'gave-up',
    maxPoints: item.points,
  };
}

function questionView(entry: QueueEntry, content: PracticeContent): PracticeQuestionView | null {
  const item = content.items.get(entry.itemId);
  if (item?.kind !== 'question' || entry.kind !== 'question') return null;
  const byId = new Map(item.choices.map((c) => [c.id, c]));
  return {
    kind: 'question',
    id: item.id,
    type: item.type,
    prompt: item.prompt,
    choices: choiceViews(entry.choiceOrder.flatMap((id) => byId.get(id) ?? [])),
    timeLimitMs: item.timeLimitMs,
    multiplier: item.multiplier,
    retry: entry.retry,
  };
}

export function feedbackOf(answer: AnsweredEntry, content: PracticeContent): PracticeFeedback | null {
  const item = content.items.get(answer.itemId);
  if (!item) return null;
  if (item.kind === 'puzzle') {
    // The puzzle view carries the rest (goals with details, explanation, solution).
    return {
      questionId: item.id,
      correct: answer.correct,
      timedOut: false,
      points: answer.points,
      chosenChoiceIds: [],
      correctChoiceIds: [],
      explanation: '',
      wrongChoices: [],
      requeued: false,
    };
  }
  const chosen = new Set(answer.choiceIds);
  return {
    questionId: item.id,
    correct: answer.correct,
    timedOut: answer.timedOut,
    points: answer.points,
    chosenChoiceIds: answer.choiceIds,
    correctChoiceIds: correctIdsOf(item),
    explanation: item.explanation,
    wrongChoices: item.choices
      .filter((c) => !c.correct && chosen.has(c.id))
      .map((c) => ({ id: c.id, text: c.text, why: c.why })),
    requeued: answer.requeued,
  };
}

function finishedSummary(state: PracticeState, content: PracticeContent): PracticeSummary {
  const s = summaryOf(state);
  return {
    score: s.score,
    correctCount: s.correctCount,
    questionCount: s.questionCount,
    accuracy: s.accuracy,
    durationMs: s.durationMs ?? 0,
    hintsUsed: s.hintsUsed,
    mistakes: mistakesOf(state).map((id) => ({
      questionId: id,
      prompt: promptOf(content, id),
    })),
    finishedAt: new Date(state.finishedAt ?? state.startedAt).toISOString(),
  };
}

function promptOf(content: PracticeContent, id: string): string {
  const item = content.items.get(id);
  if (!item) return id;
  return item.kind === 'question' ? item.prompt : `Puzzle: ${item.title}`;
}
