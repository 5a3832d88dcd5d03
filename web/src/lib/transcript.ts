/**
 * The team terminal's shared transcript: every entry is printed attributed (`ada $ kubectl get svc`)
 * followed by the output exactly as the server sent it. Everything in an entry (nickname, line, file
 * names, output) passes through the protocol's terminal-text rules: a team mate's typed line must not be
 * able to move anyone's cursor, recolour their terminal, plant a link in it or fake another member's line.
 */
import { neutraliseControls, neutraliseLine, type TerminalEntry } from '../../../server/protocol/index.js';

export const PROMPT = '$ ';

/** The attributed command line, as every member sees it: one line, whatever its parts contain. */
export function commandLine(e: Pick<TerminalEntry, 'nickname' | 'line' | 'files'>): string {
  const files = e.files.length > 0 ? `   # with ${e.files.join(', ')}` : '';
  return neutraliseLine(`${e.nickname} ${PROMPT}${e.line}${files}`);
}

/** Output with exactly one final line break (nothing for empty output). */
export function outputText(output: string): string {
  if (output === '') return '';
  const text = neutraliseControls(output);
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Text to write to xterm for one entry (xterm runs with `convertEol`, so `\n` is enough). */
export function entryText(e: TerminalEntry): string {
  return `${commandLine(e)}\n${outputText(e.output)}`;
}

/** Entries not yet printed, in order. */
export function unseen(entries: readonly TerminalEntry[], lastSeq: number): TerminalEntry[] {
  return entries.filter((e) => e.seq > lastSeq).sort((a, b) => a.seq - b.seq);
}
