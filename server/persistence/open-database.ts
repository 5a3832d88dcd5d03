/**
 * The one entry point the server uses: migrate the database, then hand out the repository.
 *
 *   const db = await openDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
 *   … db.repo.createGame(…) …
 *   await db.close();
 */
import { createPrismaClient } from './prisma-client.js';
import { migrate, type MigrateResult } from './migrations.js';
import { resolveDatabaseUrl } from './database-url.js';
import { PrismaGameRepository } from './prisma-game-repository.js';
import type { GameRepository } from './game-repository.js';
import { PrismaPracticeRepository } from './prisma-practice-repository.js';
import type { BestRunOrder, PracticeRepository } from './practice-repository.js';
import { PrismaLeaderboardRepository } from './prisma-leaderboard-repository.js';
import type { LeaderboardRepository } from './leaderboard-repository.js';

export interface Database {
  repo: GameRepository;
  practice: PracticeRepository;
  leaderboard: LeaderboardRepository;
  /** What start-up migration did (e.g. to log applied migrations). */
  migrations: MigrateResult;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** false: the database is owned by a running server that already migrated it. */
  migrate?: boolean;
  /**
   * The practice boards' ranking order (the leaderboard's `compareRankKeys`), which decides which run
   * is a learner's best. Persistence stores and loads; the rule stays with the leaderboard. Needed only
   * by whoever finishes practice runs (the server, their tests); readers may leave it out.
   */
  bestRunOrder?: BestRunOrder;
}

/**
 * `file:./path.db` opens SQLite (creating the parent directory), `postgres://…` or
 * `postgresql://…` opens PostgreSQL. Pending migrations are applied first.
 */
export async function openDatabase(databaseUrl: string, options: OpenOptions = {}): Promise<Database> {
  // Readers of a database that a running server owns (tests, scripts) skip migrating: the server did it.
  const migrations: MigrateResult =
    options.migrate === false
      ? { provider: resolveDatabaseUrl(databaseUrl).provider, applied: [] }
      : await migrate(databaseUrl);
  const client = await createPrismaClient(databaseUrl);
  return {
    repo: new PrismaGameRepository(client),
    practice: new PrismaPracticeRepository(client, options.bestRunOrder),
    leaderboard: new PrismaLeaderboardRepository(client),
    migrations,
    close: () => client.$disconnect(),
  };
}
