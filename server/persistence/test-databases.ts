/**
 * Fresh databases for integration tests: a SQLite file in a temp directory, and (when
 * TEST_POSTGRES_URL names a server) a PostgreSQL database with a random name, dropped afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
