/**
 * Turns a DATABASE_URL into a provider and a Prisma driver adapter factory.
 * `file:` URLs are SQLite (the embedded default); `postgres://` and `postgresql://` are PostgreSQL.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { Provider } from './schema-files.js';

export const DEFAULT_DATABASE_URL = 'file:./data/kube-arena.db';

export interface ResolvedDatabase {
  provider: Provider;
  /** SQLite only: absolute path of the database file. */
  filePath?: string;
  createAdapterFactory(): SqlMigrationAwareDriverAdapterFactory;
}

/** `file:./data/x.db` → absolute path, relative to the working directory (like the server's data dir). */
function sqlitePath(url: string): string {
  const raw = url.slice('file:'.length).split('?')[0] ?? '';
  if (raw === '' || raw === ':memory:') {
    throw new Error(`DATABASE_URL ${url} must name a file (in-memory SQLite is not supported)`);
  }
  return path.resolve(raw.startsWith('//') ? raw.slice(2) : raw);
}

export function resolveDatabaseUrl(url: string): ResolvedDatabase {
  if (url.startsWith('file:')) {
    const filePath = sqlitePath(url);
    return {
      provider: 'sqlite',
      filePath,
      createAdapterFactory: () => {
        mkdirSync(path.dirname(filePath), { recursive: true });
        return new PrismaBetterSqlite3({ url: `file:${filePath}` });
      },
    };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    return { provider: 'postgresql', createAdapterFactory: () => new PrismaPg(url) };
  }
  throw new Error(
    `Unsupported DATABASE_URL "${redact(url)}": use file:./path.db (SQLite) or postgresql://… (PostgreSQL)`,
  );
}

/** Hides a password in a URL before it reaches a log or an error message. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
