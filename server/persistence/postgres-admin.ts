/**
 * PostgreSQL housekeeping around the schema engine: the start-up migration lock, and throw-away
 * databases (shadow databases for creating migrations, fresh databases for tests).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';

// Any constant works as long as every node uses the same one; distinct from Prisma's own lock id.
const MIGRATION_LOCK_ID = 70_412_025;

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Runs `run` while holding a session-level advisory lock, so several nodes starting at once apply
 * migrations one after the other (the later ones then find nothing to do).
 */
export function withPostgresMigrationLock<T>(databaseUrl: string, run: () => Promise<T>): Promise<T> {
  return withClient(databaseUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    try {
      return await run();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    }
  });
}

/** The same server URL pointing at another database. */
export function withDatabaseName(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** Creates a database with a random name (lower-case, safe to interpolate) and returns its name. */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  return name;
}

export async function dropScratchDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/**
 * An adapter factory whose shadow database is created and reliably dropped by us.
 * adapter-pg's own shadow database is dropped while its pool still holds a connection (so the DROP
 * fails and the database leaks), and a connection string would override its `database` setting.
 */
export function postgresFactoryWithShadow(serverUrl: string): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg(serverUrl);
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const name = await createScratchDatabase(serverUrl, 'kube_arena_shadow');
      const pool = charAsTextPool(withDatabaseName(serverUrl, name));
      const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await dropScratchDatabase(serverUrl, name);
      };
      return adapter;
    },
  };
}

const PG_CHAR_OID = 18; // the one-byte internal "char" type of the system catalogs
const PG_TEXT_OID = 25;

/**
 * A pool whose results report catalog "char" columns as text. The engine reads the catalogs
 * (pg_class.relkind, pg_constraint.contype, …) when it describes the shadow database, and
 * adapter-pg rejects "char" as an unsupported type; its text value is exactly what the engine expects.
 */
function charAsTextPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url });
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  pool.query = (async (config: pg.QueryConfig) => {
    const result = await query(config);
    for (const field of result.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return result;
  }) as typeof pool.query;
  return pool;
}
