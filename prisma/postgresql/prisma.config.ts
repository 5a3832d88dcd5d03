/**
 * Prisma CLI configuration for the postgresql schema, used by `npm run prisma:generate` and handy for
 * running the native CLI by hand, e.g. `npx prisma migrate status --config prisma/postgresql/prisma.config.ts`
 * with DATABASE_URL set. The server itself never uses the CLI: it migrates with the WASM engine
 * (see prisma/README.md). Paths are relative to this file.
 */
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL;
const isPostgres = url !== undefined && /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: '../migrations/postgresql' },
  datasource: isPostgres ? { url } : undefined,
});
