/**
 * Turns the text of one scenario file into a validated set or a list of located errors.
 * Pure (no fs): the loader feeds it file contents, tests feed it strings.
 * JSON files go through the YAML parser too (JSON is YAML 1.2), so both get line numbers.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { scenarioSetSchema } from './schema.js';
import type { ScenarioSet } from './schema.js';
import { findUnknownKeys } from './unknown-keys.js';
import { lineOfPath, valueAt, type PathSegment } from './yaml-paths.js';

export interface ContentError {
  /** File label as shown to the author (path relative to the working directory when possible). */
  file: string;
  /** Where inside the document, e.g. `questions[3].choices[1].text`; empty for the whole file. */
  path: string;
  message: string;
  /** 1-based line, when the parser could locate the problem. */
  line?: number;
}

export type ParsedFile =
  | { ok: true; file: string; set: ScenarioSet; idLine?: number }
  | { ok: false; file: string; errors: ContentError[] };

export type { PathSegment };

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** `<file>: <path>: <message> (line N)`; the path part is left out for whole-file problems. */
export function formatContentError(e: ContentError): string {
  const where = e.path === '' ? '' : `${e.path}: `;
  const line = e.line === undefined ? '' : ` (line ${e.line})`;
  return `${e.file}: ${where}${e.message}${line}`;
}

/** A parsed YAML (or JSON) file and a way to point an error at a path in it; or the syntax errors. */
export type ReadDocument =
  | {
      ok: true;
      data: unknown;
      located: (path: readonly PathSegment[], message: string) => ContentError;
      lineOf: (path: readonly PathSegment[]) => number | undefined;
    }
  | { ok: false; errors: ContentError[] };

/** The first step of every content parser (scenario sets, puzzles), so both report errors alike. */
export function readDocument(file: string, text: string): ReadDocument {
  const lineCounter = new LineCounter();
  // prettyErrors off: we want the bare message and add our own "(line N)".
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;

  if (doc.errors.length > 0) {
    const errors = doc.errors.map((err) => ({
      file,
      path: '',
      message: `syntax error: ${err.message.split('\n')[0] ?? err.message}`,
      line: lineAt(err.pos[0]),
    }));
    return { ok: false, errors };
  }
  if (doc.contents === null) {
    return { ok: false, errors: [{ file, path: '', message: 'the file is empty' }] };
  }
  const lineOf = (path: readonly PathSegment[]) => lineOfPath(doc, path, lineAt);
  const located = (path: readonly PathSegment[], message: string): ContentError => {
    const line = lineOf(path);
    return line === undefined
      ? { file, path: formatPath(path), message }
      : { file, path: formatPath(path), message, line };
  };
  return { ok: true, data: doc.toJS(), located, lineOf };
}

export function parseScenarioText(file: string, text: string): ParsedFile {
  const read = readDocument(file, text);
  if (!read.ok) return { ok: false, file, errors: read.errors };
  const { data, located, lineOf } = read;

  const result = scenarioSetSchema.safeParse(data);
  const errors: ContentError[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
      errors.push(located(path, describeIssue(issue, data, path)));
    }
  }
  // zod drops unknown keys silently; a typo such as `corect: true` would then vanish without a trace.
  for (const unknown of findUnknownKeys(data)) errors.push(located(unknown.path, unknown.message));

  if (errors.length > 0 || !result.success) {
    errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { ok: false, file, errors };
  }
  const idLine = lineOf(['id']);
  return idLine === undefined
    ? { ok: true, file, set: result.data }
    : { ok: true, file, set: result.data, idLine };
}

/** zod's message, plus the offending value where zod leaves it out. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown, path: readonly PathSegment[]): string {
  if (issue.code === 'invalid_union' && 'discriminator' in issue) {
    const got = valueAt(data, path);
    return got === undefined ? `${issue.message}, but it is missing` : `${issue.message}, got ${show(got)}`;
  }
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) {
    return `required field is missing (expected ${issue.expected})`;
  }
  return issue.message;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}
