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
import type { PracticeRepository } from './practice-repository.js';
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

/**
 * `file:./path.db` opens SQLite (creating the parent directory), `postgres://…` or
 * `postgresql://…` opens PostgreSQL. Pending migrations are applied first.
 */
export async function openDatabase(
  databaseUrl: string,
  options: { migrate?: boolean } = {},
): Promise<Database> {
  // Readers of a database that a running server owns (tests, scripts) skip migrating: the server did it.
  const migrations: MigrateResult =
    options.migrate === false
      ? { provider: resolveDatabaseUrl(databaseUrl).provider, applied: [] }
      : await migrate(databaseUrl);
  const client = await createPrismaClient(databaseUrl);
  return {
    repo: new PrismaGameRepository(client),
    practice: new PrismaPracticeRepository(client),
    leaderboard: new PrismaLeaderboardRepository(client),
    migrations,
    close: () => client.$disconnect(),
  };
}
