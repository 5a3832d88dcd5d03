/** Puzzle commands and team results on a real SQLite database (PostgreSQL too when a server answers). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GameRepository } from './game-repository.js';
import { openDatabase } from './open-database.js';
import { PlayerNotFoundError } from './errors.js';
import { noteSkippedPostgres, testDatabaseTargets, type TestDatabase } from './test-databases.js';

const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 10, 0, s));
noteSkippedPostgres('puzzle log');
describe.each(testDatabaseTargets())('puzzle log (%s)', (_name, fresh) => {
  let target: TestDatabase;
  let db: Awaited<ReturnType<typeof openDatabase>>;
  let repo: GameRepository;
  beforeAll(async () => {
    target = await fresh();
    db = await openDatabase(target.url);
    repo = db.repo;
    const created = await repo.createGame({
      code: 'PZL001',
      setId: 'mixed',
      mode: 'classroom',
      scoring: 'classic',
      hostSecretHash: 'a'.repeat(64),
      seed: 1,
      createdAt: at(0),
    });
    expect(created.ok).toBe(true);
    await repo.addPlayer({ gameCode: 'PZL001', playerId: 'p_ana', nickname: 'ana', joinedAt: at(1) });
  });
  afterAll(async () => {
    await db?.close();
    await target?.drop();
  });

  const command = (seq: number, over: Record<string, unknown> = {}) => ({
    gameCode: 'PZL001',
    roundId: 'r1',
    puzzleId: 'tiny',
    teamId: 'team-1',
    playerId: 'p_ana',
    seq,
    line: `kubectl get pods # ${seq}`,
    exitCode: 0,
    output: 'x'.repeat(5000),
    ranAt: at(10 + seq),
    ...over,
  });

  it('stores commands in order with nicknames and a 2,000-character excerpt', async () => {
    await repo.recordPuzzleCommand(command(1));
    await repo.recordPuzzleCommand(command(2, { exitCode: 1 }));
    const rows = await repo.getPuzzleCommands('PZL001');
    expect(rows?.map((r) => [r.seq, r.nickname, r.exitCode, r.output.length])).toEqual([
      [1, 'ana', 0, 2000],
      [2, 'ana', 1, 2000],
    ]);
    expect(await repo.getPuzzleCommands('NOPE00')).toBeNull();
    await expect(repo.recordPuzzleCommand(command(3, { playerId: 'p_ghost' }))).rejects.toBeInstanceOf(
      PlayerNotFoundError,
    );
  });

  it('writes one result per team and round; writing again replaces it', async () => {
    const result = {
      gameCode: 'PZL001',
      roundId: 'r1',
      puzzleId: 'tiny',
      teamId: 'team-1',
      memberIds: ['p_ana'],
      solved: false,
      solvedInMs: null,
      goalsMet: 1,
      goalCount: 2,
      hintsTaken: 0,
      hintPoints: 0,
      commandCount: 2,
      points: 0,
    };
    await repo.recordPuzzleResult(result);
    await repo.recordPuzzleResult({ ...result, solved: true, solvedInMs: 5000, points: 990 });
    expect(await repo.getPuzzleResults('PZL001')).toEqual(
      [{ ...result, gameCode: undefined, solved: true, solvedInMs: 5000, points: 990 }].map(
        ({ gameCode: _c, ...r }) => r,
      ),
    );
    expect(await repo.getPuzzleResults('NOPE00')).toBeNull();
  });
});
