/**
 * Creates the Prisma client for a database URL. Each provider has its own generated client (the
 * query compiler is provider-specific, and a client refuses an adapter of another provider), but
 * both come from the same models, so their model APIs are identical: the repository is written
 * against the SQLite client's types and receives the PostgreSQL client through the same type.
 * The contract tests run the repository on both databases to keep that honest.
 */
import { PrismaClient as SqliteClient, type Prisma } from './generated/sqlite/client.js';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.js';
import { resolveDatabaseUrl } from './database-url.js';

/** The parts of a Prisma client the repository uses. */
export type Db = Pick<
  SqliteClient,
  | 'game'
  | 'player'
  | 'answer'
  | 'practiceLearner'
  | 'practiceRun'
  | 'practiceAnswer'
  | 'practiceBest'
  | 'puzzleCommand'
  | 'puzzleResult'
  | '$transaction'
  | '$disconnect'
  | '$queryRawUnsafe'
  | '$queryRaw'
  | '$executeRawUnsafe'
>;
export type Tx = Prisma.TransactionClient;

export async function createPrismaClient(databaseUrl: string): Promise<Db> {
  const db = resolveDatabaseUrl(databaseUrl);
  if (db.provider === 'sqlite') {
    const client = new SqliteClient({ adapter: db.createAdapterFactory() });
    // WAL: one fsync per commit instead of several, and readers never wait for the writer.
    await client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    return client;
  }
  return new PostgresClient({ adapter: db.createAdapterFactory() }) as unknown as Db;
}
