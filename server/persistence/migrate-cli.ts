/**
 * Developer commands:
 *   npm run db:migrate:create -- NAME   create a migration for every provider from prisma/schema.prisma
 *   npm run db:migrate                  apply pending migrations to DATABASE_URL (default SQLite file)
 *
 * Creating the PostgreSQL migration needs a PostgreSQL server for the engine's temporary shadow
 * database: MIGRATE_POSTGRES_URL, else TEST_POSTGRES_URL, else postgresql://postgres@127.0.0.1:5432/postgres.
 */
import { sqliteFactoryWithShadow } from './sqlite-shadow.js';
import { DEFAULT_DATABASE_URL, redact } from './database-url.js';
import { createMigration, migrate, migrationTimestamp } from './migrations.js';
import { postgresFactoryWithShadow } from './postgres-admin.js';
import { writeSchema, PROVIDERS } from './schema-files.js';

async function create(name: string | undefined): Promise<void> {
  if (!name || !/^[a-z0-9_]+$/i.test(name)) {
    throw new Error('usage: npm run db:migrate:create -- NAME   (letters, digits, underscores)');
  }
  for (const provider of PROVIDERS) await writeSchema(provider);
  const directory = `${migrationTimestamp(new Date())}_${name}`;
  const sqlite = await createMigration('sqlite', directory, sqliteFactoryWithShadow());
  const pgUrl =
    process.env.MIGRATE_POSTGRES_URL ??
    process.env.TEST_POSTGRES_URL ??
    'postgresql://postgres@127.0.0.1:5432/postgres';
  const postgres = await createMigration('postgresql', directory, postgresFactoryWithShadow(pgUrl)).catch(
    (error: unknown) => {
      throw new Error(`PostgreSQL migration failed (server ${redact(pgUrl)}): ${String(error)}`);
    },
  );
  for (const m of [sqlite, postgres]) {
    console.log(m.name ? `created prisma/migrations/${m.provider}/${m.name}` : `${m.provider}: no changes`);
  }
}

async function deploy(): Promise<void> {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const { applied } = await migrate(url);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
}

const [command, arg] = process.argv.slice(2);
try {
  if (command === 'create') await create(arg);
  else if (command === 'deploy') await deploy();
  else throw new Error('usage: migrate-cli.ts create NAME | deploy');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
