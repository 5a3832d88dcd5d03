/**
 * Fresh databases for integration tests: a SQLite file in a temp directory, and (when a PostgreSQL server
 * answers: TEST_POSTGRES_URL, else the local one on 127.0.0.1:5432) a PostgreSQL database with a random
 * name, dropped afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { describe, it } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Database, type OpenOptions } from './open-database.js';
import { createScratchDatabase, dropScratchDatabase, withDatabaseName } from './postgres-admin.js';
import { findService, POSTGRES } from '../testing/services.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

const postgres = await findService(POSTGRES);
/** The PostgreSQL server the suites use, or undefined when none answers (see POSTGRES_SKIP). */
export const TEST_POSTGRES_URL = postgres.url;
/** The one line a skipped PostgreSQL suite prints. */
export const POSTGRES_SKIP = postgres.skipReason;

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

/** The databases every integration suite runs on: SQLite always, PostgreSQL when a server answers. */
export function testDatabaseTargets(): [name: string, fresh: () => Promise<TestDatabase>][] {
  const targets: [string, () => Promise<TestDatabase>][] = [['SQLite', freshSqlite]];
  const pg = TEST_POSTGRES_URL;
  if (pg) targets.push(['PostgreSQL', () => freshPostgres(pg)]);
  return targets;
}

/** Where no PostgreSQL server answers, one skipped test in `suite` whose name says what to start. */
export function noteSkippedPostgres(suite: string): void {
  if (!TEST_POSTGRES_URL) describe(`${suite} (PostgreSQL)`, () => it.skip(POSTGRES_SKIP, () => {}));
}

/** A fresh database, migrated and open; `close` closes it and drops it. */
export async function openFresh(
  fresh: () => Promise<TestDatabase>,
  options: OpenOptions = {},
): Promise<{ db: Database; close(): Promise<void> }> {
  const target = await fresh();
  const db = await openDatabase(target.url, options);
  return {
    db,
    close: async () => {
      await db.close();
      await target.drop();
    },
  };
}
