/**
 * The I/O edge of practice mode: identities (token → learner), loading and saving runs around the pure
 * core, and the views sent back. One mutation at a time per run on this node; across nodes the run's
 * version column refuses a stale save, which is retried once from a fresh read.
 */
import type { ScenarioCatalog } from '../content/catalog.js';
import type { ScenarioSet } from '../content/schema.js';
import { periodsOfRun } from '../leaderboard/periods.js';
import { StaleRunError } from '../persistence/errors.js';
import type {
  PracticeLearnerRecord,
  PracticeRepository,
  PracticeRunRecord,
} from '../persistence/practice-repository.js';
import type {
  Paged,
  PracticeLearnerView,
  PracticeMeResponse,
  PracticeRunSummaryRow,
  PracticeRunView,
  StartPracticeResponse,
} from '../protocol/practice.js';
import { KeyedQueue } from '../common/keyed-queue.js';
import { hashToken, newSeed, newToken } from '../common/secrets.js';
import {
  answerQuestion,
  dropMissing,
  expire,
  mistakesOf,
  nextItem,
  summaryOf,
  type AnswerInput,
} from './actions.js';
import { practiceContentOf, type PracticeContent, type PuzzleLookup } from './content.js';
import { fail, ok, type Result } from './errors.js';
import { runCommand, takeHint } from './puzzle-actions.js';
import type { PuzzleCommandInput } from './puzzle-state.js';
import { startRun, type PracticeState } from './state.js';
import { runView } from './view.js';

export interface PracticeServiceDeps {
  practice: PracticeRepository;
  catalog: ScenarioCatalog;
  clock: { now(): number };
  /** Where sets' puzzle rounds find their puzzles; without it practice plays only the questions. */
  puzzles?: PuzzleLookup | undefined;
}

type Step = (state: PracticeState, content: PracticeContent, now: number) => Result<PracticeState>;

export const learnerView = (l: PracticeLearnerRecord): PracticeLearnerView => ({
  id: l.id,
  nickname: l.nickname,
  createdAt: l.createdAt.toISOString(),
});

export class PracticeService {
  private readonly contents = new WeakMap<ScenarioSet, PracticeContent>();
  private readonly queue = new KeyedQueue<number>();

  constructor(private readonly deps: PracticeServiceDeps) {}

  /** The learner holding `token`, or null. */
  identify(token: string): Promise<PracticeLearnerRecord | null> {
    return this.deps.practice.findLearnerByTokenHash(hashToken(token));
  }

  /** Starts a run, creating the identity first when there is none (then `nickname` is required). */
  async start(
    learner: PracticeLearnerRecord | null,
    input: { setId: string; timed: boolean; nickname?: string | undefined },
  ): Promise<Result<StartPracticeResponse>> {
    const content = this.content(input.setId);
    if (!content) return fail('scenario/not-found', `there is no scenario set "${input.setId}"`);
    let token: string | null = null;
    if (!learner) {
      if (!input.nickname) {
        return fail('practice/nickname-required', 'pick a nickname to start practising');
      }
      token = newToken();
      learner = await this.deps.practice.createLearner({
        nickname: input.nickname,
        tokenHash: hashToken(token),
        createdAt: new Date(this.deps.clock.now()),
      });
    }
    const run = await this.begin(learner, content, { kind: 'normal', timed: input.timed, reviewOfId: null });
    if (!run.ok) return run;
    return ok({ token, learner: learnerView(learner), run: run.data });
  }

  /** A review run over the mistakes of a finished run of this learner. */
  async review(learner: PracticeLearnerRecord, runId: number): Promise<Result<PracticeRunView>> {
    const record = await this.owned(learner, runId);
    if (!record) return notFound(runId);
    if (record.status !== 'finished')
      return fail('practice/not-finished', 'finish the run before reviewing it');
    const content = this.content(record.setId);
    if (!content) return fail('scenario/not-found', `the scenario set "${record.setId}" is gone`);
    const mistakes = mistakesOf(parse(record));
    if (mistakes.length === 0)
      return fail('practice/nothing-to-review', 'that run had no mistakes to review');
    return this.begin(learner, content, {
      kind: 'review',
      timed: record.timed,
      reviewOfId: record.id,
      only: mistakes,
    });
  }

  /** The run as it is now (a timed question whose deadline passed is recorded as timed out first). */
  getRun(learner: PracticeLearnerRecord, runId: number): Promise<Result<PracticeRunView>> {
    return this.mutate(learner, runId, (s) => ok(s), { allowInactive: true });
  }

  answer(
    learner: PracticeLearnerRecord,
    runId: number,
    input: AnswerInput,
  ): Promise<Result<PracticeRunView>> {
    return this.mutate(learner, runId, (s, c, now) => answerQuestion(s, c, input, now));
  }

  /** On a puzzle still being played, `next` gives up (0 points) and shows the solution. */
  next(learner: PracticeLearnerRecord, runId: number): Promise<Result<PracticeRunView>> {
    return this.mutate(learner, runId, nextItem);
  }

  command(
    learner: PracticeLearnerRecord,
    runId: number,
    input: PuzzleCommandInput,
  ): Promise<Result<PracticeRunView>> {
    return this.mutate(learner, runId, (s, c, now) => runCommand(s, c, input, now));
  }

  hint(learner: PracticeLearnerRecord, runId: number): Promise<Result<PracticeRunView>> {
    return this.mutate(learner, runId, takeHint);
  }

  async me(learner: PracticeLearnerRecord): Promise<PracticeMeResponse> {
    const active = await this.deps.practice.findActiveRun(learner.id);
    const activeRun = active ? await this.getRun(learner, active.id) : null;
    const bests = await this.deps.practice.bestsOf(learner.id, 'all');
    return {
      learner: learnerView(learner),
      activeRun: activeRun?.ok && activeRun.data.status === 'active' ? activeRun.data : null,
      bests: bests.map((b) => ({
        setId: b.setId,
        setTitle: this.deps.catalog.get(b.setId)?.title ?? b.setId,
        mode: b.mode,
        runId: b.runId,
        score: b.score,
        accuracy: b.accuracy,
        durationMs: b.durationMs,
        finishedAt: b.finishedAt.toISOString(),
      })),
    };
  }

  async history(
    learner: PracticeLearnerRecord,
    query: { page: number; pageSize: number; setId?: string | undefined },
  ): Promise<Paged<PracticeRunSummaryRow>> {
    const { rows, total } = await this.deps.practice.listRuns(learner.id, {
      ...(query.setId ? { setId: query.setId } : {}),
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { rows: rows.map((r) => this.summaryRow(r)), page: query.page, pageSize: query.pageSize, total };
  }

  private summaryRow(r: PracticeRunRecord): PracticeRunSummaryRow {
    return {
      runId: r.id,
      setId: r.setId,
      setTitle: this.deps.catalog.get(r.setId)?.title ?? r.setId,
      kind: r.kind,
      timed: r.timed,
      status: r.status,
      score: r.score,
      correctCount: r.correctCount,
      answeredCount: r.answeredCount,
      accuracy: r.accuracy,
      durationMs: r.durationMs,
      hintsUsed: r.hintsUsed,
      startedAt: r.startedAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
    };
  }

  private async begin(
    learner: PracticeLearnerRecord,
    content: PracticeContent,
    options: { kind: 'normal' | 'review'; timed: boolean; reviewOfId: number | null; only?: string[] },
  ): Promise<Result<PracticeRunView>> {
    const now = this.deps.clock.now();
    const seed = newSeed();
    const state = startRun({
      content,
      kind: options.kind,
      timed: options.timed,
      seed,
      now,
      ...pick(options.only),
    });
    if (!state) return fail('practice/nothing-to-review', 'none of those questions exist any more');
    const record = await this.deps.practice.startRun({
      learnerId: learner.id,
      setId: content.setId,
      kind: options.kind,
      timed: options.timed,
      seed,
      state: JSON.stringify(state),
      startedAt: new Date(now),
      reviewOfId: options.reviewOfId,
    });
    return ok(runView({ runId: record.id, status: record.status }, state, content, now));
  }

  /** Serialises work per run on this node; the version check covers other nodes. */
  private mutate(
    learner: PracticeLearnerRecord,
    runId: number,
    step: Step,
    options: { allowInactive?: boolean } = {},
  ): Promise<Result<PracticeRunView>> {
    return this.queue.run(runId, async () => {
      try {
        return await this.apply(learner, runId, step, options);
      } catch (error) {
        if (!(error instanceof StaleRunError)) throw error;
        return this.apply(learner, runId, step, options);
      }
    });
  }

  private async apply(
    learner: PracticeLearnerRecord,
    runId: number,
    step: Step,
    options: { allowInactive?: boolean },
  ): Promise<Result<PracticeRunView>> {
    const record = await this.owned(learner, runId);
    if (!record) return notFound(runId);
    const content = this.content(record.setId);
    if (!content) return fail('scenario/not-found', `the scenario set "${record.setId}" is gone`);
    const stored = parse(record);
    const now = this.deps.clock.now();
    if (record.status === 'abandoned') {
      if (options.allowInactive) return ok(runView({ runId, status: record.status }, stored, content, now));
      return fail('practice/abandoned', 'this run was replaced by a newer one');
    }
    const result = step(expire(dropMissing(stored, content, now), content, now), content, now);
    if (!result.ok) return result;
    const state = result.data;
    if (state === stored) return ok(runView({ runId, status: record.status }, state, content, now));
    const saved = await this.save(record, stored, state);
    return ok(runView({ runId, status: saved.status }, state, content, now));
  }

  private save(
    record: PracticeRunRecord,
    before: PracticeState,
    state: PracticeState,
  ): Promise<PracticeRunRecord> {
    const summary = summaryOf(state);
    const finished = state.phase === 'finished';
    return this.deps.practice.saveRun(record.id, record.version, {
      state: JSON.stringify(state),
      status: finished ? 'finished' : 'active',
      score: summary.score,
      correctCount: summary.correctCount,
      answeredCount: summary.answeredCount,
      accuracy: summary.accuracy,
      durationMs: summary.durationMs,
      hintsUsed: summary.hintsUsed,
      finishedAt: state.finishedAt === null ? null : new Date(state.finishedAt),
      newAnswers: state.answers.slice(before.answers.length).map((a) => ({
        position: a.position,
        questionId: a.itemId,
        choiceIds: a.choiceIds,
        correct: a.correct,
        timedOut: a.timedOut,
        retry: a.retry,
        responseMs: a.responseMs,
        points: a.points,
        answeredAt: new Date(a.answeredAt),
      })),
      // Review runs replay a few questions: they are for learning, not for the leaderboard.
      leaderboard:
        finished && state.kind === 'normal' && state.finishedAt !== null
          ? { mode: state.timed ? 'timed' : 'untimed', periods: periodsOfRun(state.finishedAt) }
          : null,
    });
  }

  private async owned(learner: PracticeLearnerRecord, runId: number): Promise<PracticeRunRecord | null> {
    const record = await this.deps.practice.findRun(runId);
    // Someone else's run answers "not found", so run ids cannot be probed.
    return record && record.learnerId === learner.id ? record : null;
  }

  private content(setId: string): PracticeContent | undefined {
    const set = this.deps.catalog.get(setId);
    if (!set) return undefined;
    let content = this.contents.get(set);
    if (!content) {
      content = practiceContentOf(set, this.deps.puzzles);
      this.contents.set(set, content);
    }
    return content;
  }
}

const parse = (record: PracticeRunRecord): PracticeState => JSON.parse(record.state) as PracticeState;
const notFound = (runId: number) => fail('practice/not-found', `you have no practice run ${runId}`);
const pick = (only: string[] | undefined) => (only ? { only } : {});
