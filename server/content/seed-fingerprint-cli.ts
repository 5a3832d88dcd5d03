/**
 * Regenerates server/content/seed-fingerprint.json from the module text(s) in ../shared/seed
 * (or `--seed <dir>`). Run it when the teaching module changes:
 *   npx tsx server/content/seed-fingerprint-cli.ts
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUN_WORDS, fingerprintOf } from './own-words.js';

export const defaultSeedDir = fileURLToPath(new URL('../../../shared/seed/', import.meta.url));
export const fingerprintFile = fileURLToPath(new URL('./seed-fingerprint.json', import.meta.url));

/** `hashes` is one space-separated string so the file stays small and formatter-stable. */
export interface SeedFingerprint {
  runWords: number;
  sources: string[];
  hashes: string;
}

export async function readSeedTexts(dir: string): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => ({ name, text: await readFile(path.join(dir, name), 'utf8') })),
  );
}

export function buildFingerprint(seeds: readonly { name: string; text: string }[]): SeedFingerprint {
  return {
    runWords: RUN_WORDS,
    sources: seeds.map((s) => s.name),
    hashes: fingerprintOf(seeds.map((s) => s.text)).join(' '),
  };
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const i = process.argv.indexOf('--seed');
  const dir = i === -1 ? defaultSeedDir : (process.argv[i + 1] ?? defaultSeedDir);
  const seeds = await readSeedTexts(dir);
  if (seeds.length === 0) {
    console.error(`no *.txt files in ${dir}`);
    process.exit(1);
  }
  const fp = buildFingerprint(seeds);
  await writeFile(fingerprintFile, `${JSON.stringify(fp, null, 2)}\n`);
  console.log(
    `wrote ${fp.hashes.split(' ').length} hashes from ${fp.sources.join(', ')} to ${fingerprintFile}`,
  );
}
