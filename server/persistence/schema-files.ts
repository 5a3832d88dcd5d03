/**
 * Builds the per-provider Prisma schemas from the one model source (prisma/schema.prisma).
 * Prisma allows a single `provider` per schema and compiles provider-specific query plans into the
 * generated client, so each database gets its own schema file, client and migration folder.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Provider = 'sqlite' | 'postgresql';
export const PROVIDERS: readonly Provider[] = ['sqlite', 'postgresql'];

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MODEL_SOURCE = path.join(REPO_ROOT, 'prisma', 'schema.prisma');

export const schemaPath = (provider: Provider): string =>
  path.join(REPO_ROOT, 'prisma', provider, 'schema.prisma');
export const configPath = (provider: Provider): string =>
  path.join(REPO_ROOT, 'prisma', provider, 'prisma.config.ts');
export const migrationsDir = (provider: Provider): string =>
  path.join(REPO_ROOT, 'prisma', 'migrations', provider);

function header(provider: Provider): string {
  return `// GENERATED from prisma/schema.prisma by server/persistence/generate.ts: do not edit.
// Edit prisma/schema.prisma, then run \`npm run prisma:generate\`.

generator client {
  provider               = "prisma-client"
  output                 = "../../server/persistence/generated/${provider}"
  runtime                = "nodejs"
  moduleFormat           = "esm"
  generatedFileExtension = "ts"
  importFileExtension    = "js"
}

datasource db {
  provider = "${provider}"
}
`;
}

/** The full schema text for one provider: header + the shared models. */
export async function buildSchema(provider: Provider): Promise<string> {
  const models = await readFile(MODEL_SOURCE, 'utf8');
  return `${header(provider)}\n${models}`;
}

/** Writes prisma/<provider>/schema.prisma if its content changed; returns whether it wrote. */
export async function writeSchema(provider: Provider): Promise<boolean> {
  const text = await buildSchema(provider);
  const file = schemaPath(provider);
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === text) return false;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return true;
}
