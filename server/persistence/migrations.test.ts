/**
 * Start-up migrations: idempotent, safe to run concurrently, bookkept exactly like
 * `prisma migrate deploy`, and in sync with the models (a model change without a migration fails here).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { diffModelsAgainstMigrations, migrate } from './migrations.js';
import { postgresFactoryWithShadow } from './postgres-admin.js';
import { buildSchema, migrationsDir, PROVIDERS, schemaPath, type Provider } from './schema-files.js';
import { sqliteFactoryWithShadow } from './sqlite-shadow.js';
import {
  freshPostgres,
  freshSqlite,
  noteSkippedPostgres,
  TEST_POSTGRES_URL,
  type TestDatabase,
} from './test-databases.js';

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: unknown;
  migration_name: string;
  logs: string | null;
  rolled_back_at: unknown;
  started_at: unknown;
  applied_steps_count: number;
}

async function expectedMigrations(provider: Provider): Promise<{ name: string; checksum: string }[]> {
  const dir = migrationsDir(provider);
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      checksum: createHash('sha256')
        .update(await readFile(path.join(dir, name, 'migration.sql')))
        .digest('hex'),
    })),
  );
}

/** What `prisma migrate deploy` leaves behind: one finished, non-rolled-back row per migration. */
async function expectDeployBookkeeping(provider: Provider, rows: MigrationRow[]): Promise<void> {
  const expected = await expectedMigrations(provider);
  expect(expected.length).toBeGreaterThan(0);
  expect(rows.map((r) => ({ name: r.migration_name, checksum: r.checksum }))).toEqual(expected);
  for (const row of rows) {
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(row.finished_at).not.toBeNull();
    expect(row.started_at).not.toBeNull();
    expect(row.rolled_back_at).toBeNull();
    expect(row.logs).toBeNull();
    expect(row.applied_steps_count).toBe(1);
  }
}

const QUERY = 'SELECT * FROM _prisma_migrations ORDER BY migration_name';

describe('per-provider schema files', () => {
  it.each(PROVIDERS)('prisma/%s/schema.prisma is up to date with prisma/schema.prisma', async (provider) => {
    // Run `npm run prisma:generate` after editing prisma/schema.prisma.
    expect(await readFile(schemaPath(provider), 'utf8')).toBe(await buildSchema(provider));
  });
});

describe('migrations on SQLite', () => {
  const dbs: TestDatabase[] = [];
  afterAll(() => Promise.all(dbs.map((d) => d.drop())));

  it('apply once, then find nothing to do, leaving migrate-deploy bookkeeping', async () => {
    const db = await freshSqlite();
    dbs.push(db);
    const first = await migrate(db.url);
    expect(first.applied).toEqual((await expectedMigrations('sqlite')).map((m) => m.name));
    expect((await migrate(db.url)).applied).toEqual([]);
    const sqlite = new Database(db.url.slice('file:'.length), { readonly: true });
    try {
      await expectDeployBookkeeping('sqlite', sqlite.prepare(QUERY).all() as MigrationRow[]);
    } finally {
      sqlite.close();
    }
  });

  it('match the models (create a migration after changing prisma/schema.prisma)', async () => {
    const { script } = await diffModelsAgainstMigrations('sqlite', sqliteFactoryWithShadow());
    expect(script).toBeNull();
  });
});

noteSkippedPostgres('migrations');
describe.skipIf(!TEST_POSTGRES_URL)('migrations on PostgreSQL', () => {
  const server = TEST_POSTGRES_URL ?? '';
  const dbs: TestDatabase[] = [];
  afterAll(() => Promise.all(dbs.map((d) => d.drop())));

  it('apply once across concurrent starts, leaving migrate-deploy bookkeeping', async () => {
    const db = await freshPostgres(server);
    dbs.push(db);
    // Two nodes starting at the same time: the advisory lock lets exactly one of them apply.
    const runs = await Promise.all([migrate(db.url), migrate(db.url)]);
    const names = (await expectedMigrations('postgresql')).map((m) => m.name);
    expect(runs.map((r) => r.applied).sort((a, b) => b.length - a.length)).toEqual([names, []]);
    expect((await migrate(db.url)).applied).toEqual([]);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await expectDeployBookkeeping('postgresql', (await client.query<MigrationRow>(QUERY)).rows);
    } finally {
      await client.end();
    }
  });

  it('match the models (create a migration after changing prisma/schema.prisma)', async () => {
    const { script } = await diffModelsAgainstMigrations('postgresql', postgresFactoryWithShadow(server));
    expect(script).toBeNull();
  });
});
