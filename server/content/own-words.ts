/**
 * Guards the "own words" rule for scenario content: no text may share a run of 8 consecutive words with
 * the teaching module it is based on. The module itself is not part of the repository, so it is kept as a
 * fingerprint (hashes of its 8-word runs, see seed-fingerprint.json) that a clean clone can still check.
 */
import { createHash } from 'node:crypto';

export const RUN_WORDS = 8;

/** Lower-case words with all punctuation and symbols treated as separators. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '');
}

/** Every run of `n` consecutive words, joined by single spaces. */
export function runs(text: string, n: number = RUN_WORDS): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
}

/** Short hash of one run; 48 bits keep accidental collisions negligible for a few thousand runs. */
export function hashRun(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 12);
}

export function fingerprintOf(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((t) => runs(t).map(hashRun)))].sort();
}

/** Runs of `text` whose hash is in the fingerprint, i.e. phrases copied from the module. */
export function copiedRuns(text: string, fingerprint: ReadonlySet<string>): string[] {
  return runs(text).filter((r) => fingerprint.has(hashRun(r)));
}

/** Every string in a parsed document, with a readable path, so no field escapes the check. */
export function stringsIn(data: unknown, at = ''): { path: string; text: string }[] {
  if (typeof data === 'string') return [{ path: at, text: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => stringsIn(v, `${at}[${i}]`));
  if (typeof data === 'object' && data !== null)
    return Object.entries(data).flatMap(([k, v]) => stringsIn(v, at === '' ? k : `${at}.${k}`));
  return [];
}
