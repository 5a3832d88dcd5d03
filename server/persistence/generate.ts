/**
 * `npm run prisma:generate` (also run by `postinstall`): writes the per-provider schemas and
 * generates one Prisma client per provider into server/persistence/generated/<provider>.
 *
 * Works offline: `prisma generate` only checks that a schema-engine binary exists and never runs it,
 * so we point PRISMA_SCHEMA_ENGINE_BINARY at an existing file instead of letting the CLI download one.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { configPath, PROVIDERS, REPO_ROOT, schemaPath, writeSchema } from './schema-files.js';

const require = createRequire(import.meta.url);
const prismaCli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};

for (const provider of PROVIDERS) {
  if (await writeSchema(provider)) console.log(`wrote ${path.relative(REPO_ROOT, schemaPath(provider))}`);
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--config', configPath(provider)], {
    cwd: REPO_ROOT,
    env,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`prisma generate failed for ${provider} (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}
