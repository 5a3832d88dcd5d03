/**
 * The I/O both content loaders share (scenario sets, puzzles): every `*.yaml`, `*.yml` and `*.json` file
 * of a directory, in file-name order, through a pure parser. An unreadable file or directory becomes a
 * located error like any parse error, so the server lists them all before refusing to start.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentError } from './parse.js';

const contentFile = /\.(ya?ml|json)$/i;

export interface UnreadableFile {
  ok: false;
  file: string;
  errors: ContentError[];
}

export async function readContentDir<F>(
  dir: string,
  parse: (file: string, text: string) => F,
): Promise<{ ok: true; files: (F | UnreadableFile)[] } | { ok: false; errors: ContentError[] }> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((e) => e.isFile() && contentFile.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch (err) {
    const message = `cannot read directory: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, errors: [{ file: label(dir), path: '', message }] };
  }
  const files = await Promise.all(
    names.map(async (name): Promise<F | UnreadableFile> => {
      const full = path.join(dir, name);
      try {
        return parse(label(full), await readFile(full, 'utf8'));
      } catch (err) {
        const message = `cannot read file: ${err instanceof Error ? err.message : String(err)}`;
        return { ok: false, file: label(full), errors: [{ file: label(full), path: '', message }] };
      }
    }),
  );
  return { ok: true, files };
}

/** Paths under the working directory are shown relative to it (`scenarios/x.yaml`), others in full. */
export function label(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
}
