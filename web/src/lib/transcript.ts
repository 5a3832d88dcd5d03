/**
 * The team terminal's shared transcript: every entry is printed attributed (`ada $ kubectl get svc`)
 * followed by the output exactly as the server sent it. Control characters other than line breaks and
 * tabs are shown as `?`: a team mate's typed line must not be able to move anyone's cursor or recolour
 * their terminal.
 */
import type { TerminalEntry } from '../../../server/protocol/index.js';

export const PROMPT = '$ ';

export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- neutralising control characters is the point here
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, '?');
}

/** The attributed command line, as every member sees it. */
export function commandLine(e: Pick<TerminalEntry, 'nickname' | 'line' | 'files'>): string {
  const files = e.files.length > 0 ? `   # with ${e.files.join(', ')}` : '';
  return `${safeText(e.nickname)} ${PROMPT}${safeText(e.line)}${files}`;
}

/** Output with exactly one final line break (nothing for empty output). */
export function outputText(output: string): string {
  if (output === '') return '';
  const text = safeText(output);
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
