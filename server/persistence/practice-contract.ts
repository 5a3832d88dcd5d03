/**
 * The behaviour every PracticeRepository must have, run against each real database by
 * repository-contracts.test.ts. Leaderboard reads are covered in server/leaderboard/leaderboard.db.test.ts.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PracticeRunNotFoundError, StaleRunError } from './errors.js';
import type { PracticeRepository, PracticeRunUpdate } from './practice-repository.js';

export interface PracticeContractTarget {
  practice: PracticeRepository;
  close(): Promise<void>;
}

const at = (second: number): Date => new Date(Date.UTC(2026, 0, 1, 10, 0, second, 250));
const hash = () => randomBytes(32).toString('hex');

const finishing = (over: Partial<PracticeRunUpdate> = {}): PracticeRunUpdate => ({
  state: '{"phase":"finished"}',
  status: 'finished',
  score: 2500,
  correctCount: 3,
  answeredCount: 4,
  accuracy: 0.75,
  durationMs: 42_000,
  hintsUsed: 0,
  finishedAt: at(42),
  newAnswers: [],
  leaderboard: { mode: 'untimed', periods: ['all', 'd:2026-01-01', 'w:2025-12-29'] },
  ...over,
});

export function practiceRepositoryContract(name: string, open: () => Promise<PracticeContractTarget>): void {
  describe(`PracticeRepository contract (${name})`, () => {
    let target: PracticeContractTarget;
    let repo: PracticeRepository;

    beforeAll(async () => {
      target = await open();
      repo = target.practice;
    });
    afterAll(async () => {
      await target?.close();
    });

    const newLearner = (nickname = 'Learner') =>
      repo.createLearner({ nickname, tokenHash: hash(), createdAt: at(0) });
    const newRun = (learnerId: number, setId = 'set-a') =>
      repo.startRun({
        learnerId,
        setId,
        kind: 'normal',
        timed: false,
        seed: 99,
        state: '{"phase":"question"}',
        startedAt: at(0),
        reviewOfId: null,
      });

    it('creates learners and finds them by token hash only', async () => {
      const tokenHash = hash();
      const learner = await repo.createLearner({ nickname: 'Ada', tokenHash, createdAt: at(1) });
      expect(learner).toEqual({ id: learner.id, nickname: 'Ada', createdAt: at(1) });
      expect(await repo.findLearnerByTokenHash(tokenHash)).toEqual(learner);
      expect(await repo.findLearnerByTokenHash(hash())).toBeNull();
      await expect(repo.createLearner({ nickname: 'Other', tokenHash, createdAt: at(2) })).rejects.toThrow();
    });

    it('keeps one active run per learner: a new run abandons the old one', async () => {
      const learner = await newLearner();
      const first = await newRun(learner.id);
      expect(first).toMatchObject({
        status: 'active',
        version: 0,
        score: 0,
        durationMs: null,
        finishedAt: null,
      });
      expect((await repo.findActiveRun(learner.id))?.id).toBe(first.id);
      const second = await newRun(learner.id, 'set-b');
      expect((await repo.findActiveRun(learner.id))?.id).toBe(second.id);
      expect(await repo.findRun(first.id)).toMatchObject({ status: 'abandoned', version: 1 });
      expect(await repo.findRun(2 ** 31 - 1)).toBeNull();
    });

    it('saves state, summary and answers, bumping the version', async () => {
      const learner = await newLearner();
      const run = await newRun(learner.id);
      const answer = {
        position: 0,
        questionId: 'q1',
        choiceIds: ['a', 'b'],
        correct: false,
        timedOut: false,
        retry: false,
        responseMs: 1200,
        points: 0,
        answeredAt: at(5),
      };
      const saved = await repo.saveRun(run.id, 0, {
        ...finishing({ status: 'active', finishedAt: null, durationMs: null, leaderboard: null }),
        state: '{"phase":"feedback"}',
        newAnswers: [answer],
      });
      expect(saved).toMatchObject({ version: 1, state: '{"phase":"feedback"}', score: 2500, accuracy: 0.75 });
      // The same position twice is refused by the database, and nothing of that save is kept.
      await expect(repo.saveRun(run.id, 1, finishing({ newAnswers: [answer] }))).rejects.toBeInstanceOf(
        StaleRunError,
      );
      expect(await repo.findRun(run.id)).toMatchObject({ version: 1, status: 'active' });
      expect(await repo.bestsOf(learner.id, 'all')).toEqual([]);
    });

    it('refuses a stale version and an unknown run without writing', async () => {
      const learner = await newLearner();
      const run = await newRun(learner.id);
      await repo.saveRun(run.id, 0, finishing({ status: 'active', finishedAt: null, leaderboard: null }));
      await expect(repo.saveRun(run.id, 0, finishing())).rejects.toBeInstanceOf(StaleRunError);
      expect((await repo.findRun(run.id))?.status).toBe('active');
      await expect(repo.saveRun(2 ** 31 - 2, 0, finishing())).rejects.toBeInstanceOf(
        PracticeRunNotFoundError,
      );
    });

    it('files a finished run as the best of each period, replacing only worse bests', async () => {
      const learner = await newLearner('Best');
      const first = await newRun(learner.id);
      await repo.saveRun(first.id, 0, finishing());
      const worse = await newRun(learner.id);
      await repo.saveRun(
        worse.id,
        0,
        finishing({ score: 1000, leaderboard: { mode: 'untimed', periods: ['all', 'd:2026-01-02'] } }),
      );
      const bests = await repo.bestsOf(learner.id, 'all');
      expect(bests).toEqual([
        {
          setId: 'set-a',
          mode: 'untimed',
          period: 'all',
          learnerId: learner.id,
          nickname: 'Best',
          runId: first.id,
          score: 2500,
          accuracy: 0.75,
          durationMs: 42_000,
          finishedAt: at(42),
        },
      ]);
      expect((await repo.bestsOf(learner.id, 'd:2026-01-02'))[0]).toMatchObject({
        runId: worse.id,
        score: 1000,
      });
      const better = await newRun(learner.id);
      await repo.saveRun(better.id, 0, finishing({ durationMs: 30_000 }));
      expect((await repo.bestsOf(learner.id, 'all'))[0]).toMatchObject({
        runId: better.id,
        durationMs: 30_000,
      });
    });

    it('lists a learner’s runs newest first, by set, with a total', async () => {
      const learner = await newLearner();
      const ids: number[] = [];
      for (const setId of ['set-a', 'set-b', 'set-a']) ids.push((await newRun(learner.id, setId)).id);
      const all = await repo.listRuns(learner.id, { offset: 0, limit: 2 });
      expect(all.total).toBe(3);
      expect(all.rows.map((r) => r.id)).toEqual([ids[2], ids[1]]);
      const onlyA = await repo.listRuns(learner.id, { setId: 'set-a', offset: 1, limit: 5 });
      expect(onlyA).toMatchObject({ total: 2, rows: [{ id: ids[0] }] });
    });
  });
}
