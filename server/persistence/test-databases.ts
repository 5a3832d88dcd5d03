/**
 * Fresh databases for integration tests: a SQLite file in a temp directory, and (when
 * TEST_POSTGRES_URL names a server) a PostgreSQL database with a random name, dropped afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from './open-database.js';
import { createScratchDatabase, dropScratchDatabase, withDatabaseName } from './postgres-admin.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL;

export async function freshSqlite(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kube-arena-db-'));
  return {
    // A nested directory also checks that the parent directory gets created.
    url: `file:${path.join(dir, 'nested', 'test.db')}`,
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function freshPostgres(serverUrl: string): Promise<TestDatabase> {
  const name = await createScratchDatabase(serverUrl, 'kube_arena_test');
  return { url: withDatabaseName(serverUrl, name), drop: () => dropScratchDatabase(serverUrl, name) };
}

/** The databases every integration suite runs on: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
export function testDatabaseTargets(): [name: string, fresh: () => Promise<TestDatabase>][] {
  const targets: [string, () => Promise<TestDatabase>][] = [['SQLite', freshSqlite]];
  const pg = TEST_POSTGRES_URL;
  if (pg) targets.push(['PostgreSQL', () => freshPostgres(pg)]);
  return targets;
}

/** A fresh database, migrated and open; `close` closes it and drops it. */
export async function openFresh(
  fresh: () => Promise<TestDatabase>,
): Promise<{ db: Database; close(): Promise<void> }> {
  const target = await fresh();
  const db = await openDatabase(target.url);
  return {
    db,
    close: async () => {
      await db.close();
      await target.drop();
    },
  };
}
