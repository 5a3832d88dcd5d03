import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  dropMissing,
  expire,
  mistakesOf,
  nextItem,
  practiceContentOf,
  REQUEUE_GAP,
  runView,
  startRun,
  summaryOf,
  type PracticeState,
} from './index.js';
import { RIGHT, testSet, WRONG } from './test-set.js';

const content = practiceContentOf(testSet);
/** A question of the test set (all of its items are questions). */
function q(id: string) {
  const item = content.items.get(id);
  if (item?.kind !== 'question') throw new Error(`${id} is not a question`);
  return item;
}
const T0 = 1_800_000_000_000;

function start(opts: { timed?: boolean; seed?: number; only?: string[] } = {}): PracticeState {
  const state = startRun({
    content,
    kind: opts.only ? 'review' : 'normal',
    timed: opts.timed ?? false,
    seed: opts.seed ?? 7,
    now: T0,
    ...(opts.only ? { only: opts.only } : {}),
  });
  if (!state) throw new Error('empty run');
  return state;
}

const current = (s: PracticeState) => s.queue[s.position]!.itemId;

function answer(s: PracticeState, choiceIds: string[], now: number): PracticeState {
  const r = answerQuestion(s, content, { questionId: current(s), choiceIds }, now);
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

function next(s: PracticeState, now: number): PracticeState {
  const r = nextItem(s, content, now);
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

/** Plays the run to the end; `wrongFirst` ids are answered wrong on their first attempt. */
function play(s: PracticeState, wrongFirst: Set<string>, stepMs = 1000): PracticeState {
  let now = T0;
  while (s.phase !== 'finished') {
    const entry = s.queue[s.position]!;
    now += stepMs;
    s = answer(s, (wrongFirst.has(entry.itemId) && !entry.retry ? WRONG : RIGHT)[entry.itemId]!, now);
    if (s.phase === 'feedback') s = next(s, now);
  }
  return s;
}

describe('starting a run', () => {
  it('shuffles question and choice order from the seed, the same for the same seed', () => {
    const a = start({ seed: 1 });
    expect(start({ seed: 1 })).toEqual(a);
    const orders = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) =>
        start({ seed })
          .queue.map((e) => e.itemId)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
    expect([...a.queue.map((e) => e.itemId)].sort()).toEqual(['multi', 'q1', 'q2', 'q3', 'tf']);
    const tf = a.queue.find((e) => e.itemId === 'tf');
    expect(tf?.kind === 'question' && tf.choiceOrder).toEqual(['true', 'false']);
  });

  it('is untimed by default and timed runs get a deadline from the question time limit', () => {
    expect(start().deadline).toBeNull();
    const timed = start({ timed: true });
    const limit = q(current(timed)).timeLimitMs;
    expect(timed.deadline).toBe(T0 + limit);
  });

  it('a review run holds only the given questions, and nothing is null', () => {
    const review = start({ only: ['q2', 'tf', 'gone'] });
    expect(review.kind).toBe('review');
    expect(review.queue.map((e) => e.itemId).sort()).toEqual(['q2', 'tf']);
    expect(startRun({ content, kind: 'review', timed: false, seed: 1, now: T0, only: [] })).toBeNull();
  });
});

describe('answering', () => {
  it('gives right/wrong, the correct choices, the explanation and the why of each wrong pick', () => {
    let s = start({ seed: 3 });
    while (current(s) !== 'multi') s = next(answer(s, RIGHT[current(s)]!, T0 + 10), T0 + 10);
    s = answer(s, ['a', 'c'], T0 + 500);
    const view = runView({ runId: 1, status: 'active' }, s, content, T0 + 500);
    expect(view.phase).toBe('feedback');
    expect(view.feedback).toEqual({
      questionId: 'multi',
      correct: false,
      timedOut: false,
      points: 0,
      chosenChoiceIds: ['a', 'c'],
      correctChoiceIds: ['a', 'b'],
      explanation: 'Both a and b.',
      wrongChoices: [{ id: 'c', text: 'C', why: 'C is never right' }],
      requeued: true,
    });
  });

  it('true/false feedback uses the question-level why for the wrong side', () => {
    let s = start({ only: ['tf'] });
    s = answer(s, ['false'], T0 + 100);
    expect(runView({ runId: 1, status: 'active' }, s, content, T0).feedback?.wrongChoices).toEqual([
      { id: 'false', text: 'False', why: 'False is the wrong side.' },
    ]);
  });

  it('refuses a second answer, a stale question id, unknown choices and a skip without answering', () => {
    const s = start();
    const other = s.queue[1]!.itemId;
    expect(answerQuestion(s, content, { questionId: other, choiceIds: ['right'] }, T0)).toMatchObject({
      ok: false,
      error: { code: 'practice/wrong-question' },
    });
    expect(answerQuestion(s, content, { questionId: current(s), choiceIds: ['nope'] }, T0)).toMatchObject({
      ok: false,
      error: { code: 'game/invalid-choice' },
    });
    expect(nextItem(s, content, T0)).toMatchObject({ ok: false, error: { code: 'practice/not-answered' } });
    const answered = answer(s, RIGHT[current(s)]!, T0 + 10);
    expect(
      answerQuestion(answered, content, { questionId: current(answered), choiceIds: ['right'] }, T0 + 20),
    ).toMatchObject({ ok: false, error: { code: 'practice/already-answered' } });
  });

  it('re-queues a wrong first attempt once, after a few other questions, with fresh choice order', () => {
    let s = start({ seed: 11 });
    const first = current(s);
    s = answer(s, WRONG[first]!, T0 + 100);
    const retryAt = s.queue.findIndex((e, i) => i > 0 && e.itemId === first);
    expect(retryAt).toBe(1 + REQUEUE_GAP);
    expect(s.queue[retryAt]?.retry).toBe(true);
    expect(s.queue).toHaveLength(6);
    // Answer everything else right until the retry, then get the retry wrong too: no third attempt.
    s = next(s, T0 + 100);
    while (s.position < retryAt) s = next(answer(s, RIGHT[current(s)]!, T0 + 200), T0 + 200);
    expect(current(s)).toBe(first);
    s = answer(s, WRONG[first]!, T0 + 300);
    expect(s.queue).toHaveLength(6);
    expect(s.answers.at(-1)).toMatchObject({ retry: true, correct: false, requeued: false, points: 0 });
  });

  it('puts the retry at the end when fewer than the gap remain', () => {
    let s = start({ seed: 5 });
    while (s.position < 3) s = next(answer(s, RIGHT[current(s)]!, T0), T0);
    const id = current(s);
    s = answer(s, WRONG[id]!, T0);
    expect(s.queue.at(-1)).toMatchObject({ itemId: id, retry: true });
    s = next(answer(next(s, T0), RIGHT[current(next(s, T0))]!, T0), T0);
    expect(current(s)).toBe(id);
    s = answer(s, RIGHT[id]!, T0 + 1);
    expect(s.phase).toBe('finished');
  });
});

describe('scoring and summary', () => {
  it('untimed: 1000 × multiplier per correct first attempt; retries score nothing', () => {
    const perfect = play(start(), new Set());
    // q1 ×1, q2 ×2, q3 ×0, multi ×1, tf ×1
    expect(summaryOf(perfect)).toMatchObject({ score: 5000, correctCount: 5, answeredCount: 5, accuracy: 1 });
    const s = play(start(), new Set(['q2']));
    expect(summaryOf(s)).toMatchObject({ score: 3000, correctCount: 4, questionCount: 5, accuracy: 0.8 });
    expect(s.answers).toHaveLength(6);
    expect(mistakesOf(s)).toEqual(['q2']);
  });

  it('timed: classic speed points and streak bonus', () => {
    const s = play(start({ timed: true, seed: 2 }), new Set(), 2000);
    // Each answer after 2 s: q1/q2/q3 (20 s) 950, multi/tf (10 s) 900; streak bonus +100…+400 by position.
    const expected = s.answers.reduce((sum, a, i) => {
      const limit = q(a.itemId).timeLimitMs;
      const base = Math.round(1000 * (1 - 2000 / limit / 2));
      return sum + (base + 100 * i) * q(a.itemId).multiplier;
    }, 0);
    expect(s.score).toBe(expected);
  });

  it('records time from start to the last answer and zero hints', () => {
    const s = play(start(), new Set(), 1500);
    expect(summaryOf(s)).toMatchObject({ durationMs: 5 * 1500, hintsUsed: 0 });
    expect(s.finishedAt).toBe(T0 + 5 * 1500);
  });
});

describe('timed deadline', () => {
  it('an answer after the deadline is timed out: wrong, 0 points, re-queued', () => {
    const s = start({ timed: true });
    const late = answer(s, RIGHT[current(s)]!, s.deadline! + 1);
    expect(late.answers[0]).toMatchObject({ correct: false, timedOut: true, points: 0, requeued: true });
  });

  it('expire records a timeout once the deadline passed, and not before', () => {
    const s = start({ timed: true });
    expect(expire(s, content, s.deadline!)).toBe(s);
    const expired = expire(s, content, s.deadline! + 5000);
    expect(expired.phase).toBe('feedback');
    expect(expired.answers[0]).toMatchObject({ timedOut: true, choiceIds: [], responseMs: s.deadline! - T0 });
    expect(expire(start(), content, T0 + 10 ** 9).phase).toBe('question');
  });

  it('the next question gets a fresh deadline from when it is shown', () => {
    const s = start({ timed: true });
    const later = next(answer(s, RIGHT[current(s)]!, T0 + 1000), T0 + 60_000);
    expect(later.deadline).toBe(T0 + 60_000 + q(current(later)).timeLimitMs);
  });
});

describe('no leak', () => {
  it('a question view never carries correctness, why or explanation before it is answered', () => {
    let s = start({ seed: 9, timed: true });
    for (;;) {
      const view = runView({ runId: 1, status: 'active' }, s, content, T0);
      if (view.phase === 'question') {
        expect(view.feedback).toBeNull();
        const text = JSON.stringify(view);
        expect(text).not.toMatch(
          /"correct"|correctChoiceIds|"why"|explanation|Because|never right|wrong for/,
        );
      }
      if (s.phase === 'finished') break;
      s = s.phase === 'feedback' ? next(s, T0) : answer(s, WRONG[current(s)]!, T0 + 1);
    }
  });
});

describe('content changes', () => {
  it('drops unplayed entries whose question vanished and finishes an emptied run', () => {
    const s = start({ seed: 4 });
    const gone = s.queue[2]!.itemId;
    const smaller = { ...content, items: new Map([...content.items].filter(([id]) => id !== gone)) };
    const fixed = dropMissing(s, smaller, T0);
    expect(fixed.queue.map((e) => e.itemId)).not.toContain(gone);
    expect(dropMissing(fixed, smaller, T0)).toBe(fixed);
    const empty = { ...content, items: new Map() };
    expect(dropMissing(s, empty, T0 + 5)).toMatchObject({ phase: 'finished', finishedAt: T0 + 5 });
  });
});
