/**
 * Prisma CLI configuration for the sqlite schema, used by `npm run prisma:generate` and handy for
 * running the native CLI by hand, e.g. `npx prisma migrate status --config prisma/sqlite/prisma.config.ts`.
 * The server itself never uses the CLI: it migrates with the WASM engine (see prisma/README.md).
 * Paths are relative to this file.
 */
import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Like the server: DATABASE_URL if it is a SQLite URL (relative paths from the working directory),
// else the default database file.
const url = process.env.DATABASE_URL;
const file = url?.startsWith('file:')
  ? path.resolve(url.slice('file:'.length))
  : path.resolve('data/kube-arena.db');

export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: '../migrations/sqlite' },
  datasource: { url: `file:${file}` },
});
