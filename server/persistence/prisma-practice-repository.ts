/**
 * PracticeRepository on Prisma. A save is one transaction: the version-checked run update, its new
 * answer rows (unique per run and position) and, when the run finishes, its leaderboard rows.
 */
import { nicknameKey } from './prisma-game-repository.js';
import type { Db, Tx } from './prisma-client.js';
import { PracticeRunNotFoundError, StaleRunError } from './errors.js';
import { uniqueViolation } from './prisma-errors.js';
import type {
  BestRunKey,
  BestRunOrder,
  NewPracticeLearner,
  NewPracticeRun,
  PracticeBestRecord,
  PracticeLearnerRecord,
  PracticeMode,
  PracticeRepository,
  PracticeRunKind,
  PracticeRunRecord,
  PracticeRunStatus,
  PracticeRunUpdate,
} from './practice-repository.js';

type LearnerRow = Awaited<ReturnType<Db['practiceLearner']['findUniqueOrThrow']>>;
type RunRow = Awaited<ReturnType<Db['practiceRun']['findUniqueOrThrow']>>;
type BestRow = Awaited<ReturnType<Db['practiceBest']['findUniqueOrThrow']>>;

const toLearner = (row: LearnerRow): PracticeLearnerRecord => ({
  id: row.id,
  nickname: row.nickname,
  createdAt: row.createdAt,
});

const toRun = (row: RunRow): PracticeRunRecord => ({
  id: row.id,
  learnerId: row.learnerId,
  setId: row.setId,
  kind: row.kind as PracticeRunKind,
  timed: row.timed,
  seed: row.seed,
  state: row.state,
  status: row.status as PracticeRunStatus,
  version: row.version,
  score: row.score,
  correctCount: row.correctCount,
  answeredCount: row.answeredCount,
  accuracy: row.accuracy,
  durationMs: row.durationMs,
  hintsUsed: row.hintsUsed,
  startedAt: row.startedAt,
  finishedAt: row.finishedAt,
  reviewOfId: row.reviewOfId,
});

export const toBest = (row: BestRow): PracticeBestRecord => ({
  setId: row.setId,
  mode: row.mode as PracticeMode,
  period: row.period,
  learnerId: row.learnerId,
  nickname: row.nickname,
  runId: row.runId,
  score: row.score,
  accuracy: row.accuracy,
  durationMs: row.durationMs,
  finishedAt: row.finishedAt,
});

const keyOf = (b: { score: number; durationMs: number; finishedAt: Date; runId: number }): BestRunKey => ({
  score: b.score,
  durationMs: b.durationMs,
  finishedAt: b.finishedAt.getTime(),
  runId: b.runId,
});

export class PrismaPracticeRepository implements PracticeRepository {
  /** `order`: the leaderboard's board order; without it, a save that files a best run is refused. */
  constructor(
    private readonly db: Db,
    private readonly order?: BestRunOrder,
  ) {}

  async createLearner(learner: NewPracticeLearner): Promise<PracticeLearnerRecord> {
    const row = await this.db.practiceLearner.create({
      data: { ...learner, nicknameKey: nicknameKey(learner.nickname) },
    });
    return toLearner(row);
  }

  async findLearnerByTokenHash(tokenHash: string): Promise<PracticeLearnerRecord | null> {
    const row = await this.db.practiceLearner.findUnique({ where: { tokenHash } });
    return row && toLearner(row);
  }

  async startRun(run: NewPracticeRun): Promise<PracticeRunRecord> {
    return this.db.$transaction(async (tx: Tx) => {
      await tx.practiceRun.updateMany({
        where: { learnerId: run.learnerId, status: 'active' },
        data: { status: 'abandoned', version: { increment: 1 } },
      });
      return toRun(await tx.practiceRun.create({ data: { ...run, status: 'active' } }));
    });
  }

  async findRun(id: number): Promise<PracticeRunRecord | null> {
    const row = await this.db.practiceRun.findUnique({ where: { id } });
    return row && toRun(row);
  }

  async findActiveRun(learnerId: number): Promise<PracticeRunRecord | null> {
    const row = await this.db.practiceRun.findFirst({
      where: { learnerId, status: 'active' },
      orderBy: { id: 'desc' },
    });
    return row && toRun(row);
  }

  async saveRun(id: number, expectedVersion: number, update: PracticeRunUpdate): Promise<PracticeRunRecord> {
    const { newAnswers, leaderboard, ...columns } = update;
    try {
      return await this.db.$transaction(async (tx: Tx) => {
        const { count } = await tx.practiceRun.updateMany({
          where: { id, version: expectedVersion },
          data: { ...columns, version: expectedVersion + 1 },
        });
        if (count !== 1) {
          const exists = await tx.practiceRun.findUnique({ where: { id }, select: { id: true } });
          throw exists ? new StaleRunError(id) : new PracticeRunNotFoundError(id);
        }
        if (newAnswers.length > 0) {
          await tx.practiceAnswer.createMany({
            data: newAnswers.map((a) => ({ ...a, runId: id, choiceIds: JSON.stringify(a.choiceIds) })),
          });
        }
        const row = await tx.practiceRun.findUniqueOrThrow({ where: { id }, include: { learner: true } });
        if (leaderboard && row.finishedAt && row.durationMs !== null) {
          const candidate = {
            setId: row.setId,
            mode: leaderboard.mode,
            learnerId: row.learnerId,
            nickname: row.learner.nickname,
            nicknameKey: row.learner.nicknameKey,
            runId: row.id,
            score: row.score,
            accuracy: row.accuracy,
            durationMs: row.durationMs,
            finishedAt: row.finishedAt,
          };
          const order = this.order;
          if (!order)
            throw new Error('this database was opened without a board order (openDatabase bestRunOrder)');
          for (const period of leaderboard.periods) await offerBest(tx, order, { ...candidate, period });
        }
        const { learner: _, ...run } = row;
        return toRun(run);
      });
    } catch (error) {
      // Two saves of the same version both passed the check only if the answer rows collide.
      if (uniqueViolation(error) !== null) throw new StaleRunError(id);
      throw error;
    }
  }

  async listRuns(
    learnerId: number,
    options: { setId?: string; offset: number; limit: number },
  ): Promise<{ rows: PracticeRunRecord[]; total: number }> {
    const where = { learnerId, ...(options.setId ? { setId: options.setId } : {}) };
    const [rows, total] = await Promise.all([
      this.db.practiceRun.findMany({
        where,
        orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
        skip: options.offset,
        take: options.limit,
      }),
      this.db.practiceRun.count({ where }),
    ]);
    return { rows: rows.map(toRun), total };
  }

  async bestsOf(learnerId: number, period: string): Promise<PracticeBestRecord[]> {
    const rows = await this.db.practiceBest.findMany({
      where: { learnerId, period },
      orderBy: [{ setId: 'asc' }, { mode: 'asc' }],
    });
    return rows.map(toBest);
  }
}

type BestInput = Omit<BestRow, 'id'>;

/** Makes `candidate` the learner's best for its board and period unless `order` ranks the current one higher. */
async function offerBest(tx: Tx, order: BestRunOrder, candidate: BestInput): Promise<void> {
  const where = {
    setId_mode_period_learnerId: {
      setId: candidate.setId,
      mode: candidate.mode,
      period: candidate.period,
      learnerId: candidate.learnerId,
    },
  };
  const current = await tx.practiceBest.findUnique({ where });
  if (!current) await tx.practiceBest.create({ data: candidate });
  else if (order(keyOf(candidate), keyOf(current)) < 0)
    await tx.practiceBest.update({ where, data: candidate });
}
