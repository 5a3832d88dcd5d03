/**
 * A SQLite adapter factory whose in-memory shadow database accepts whole migration scripts.
 * The engine replays each migration on the shadow database with one `executeRaw` call, but
 * better-sqlite3 prepares a single statement only; multi-statement scripts go through `exec` instead.
 */
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

const isMultiStatementError = (error: unknown): boolean =>
  /more than one statement/i.test(
    error instanceof Error ? `${error.message} ${JSON.stringify(error.cause ?? '')}` : String(error),
  );

export function sqliteFactoryWithShadow(url = ':memory:'): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => inner.connect(),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const adapter = await inner.connectToShadowDb();
      const executeRaw = adapter.executeRaw.bind(adapter);
      adapter.executeRaw = async (query) => {
        try {
          return await executeRaw(query);
        } catch (error) {
          if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
          await adapter.executeScript(query.sql);
          return 0;
        }
      };
      return adapter;
    },
  };
}
