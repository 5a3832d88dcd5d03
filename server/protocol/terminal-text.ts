/**
 * Text a terminal prints that its reader did not type: team mates' command lines, kubectl output, nicknames,
 * attached file names, error messages. A terminal (xterm.js in the web client) interprets control characters,
 * so a typed `ESC ] 11 ; rgb:ff/00/00 BEL` would recolour every team mate's screen and `OSC 8` would plant a
 * hidden link. The server stores terminal entries through these functions and the client prints through
 * them: one rule, shared by both through the protocol.
 */

/**
 * What a neutralised character becomes. `?`, as `ls` shows control characters in file names: it is one
 * column wide in every terminal and font (U+FFFD is East Asian "ambiguous" width, two columns in CJK
 * terminals) and plain ASCII for every later consumer of stored lines (CSV exports, logs).
 */
export const CONTROL_PLACEHOLDER = '?';

/**
 * Everything a terminal could act on, apart from `\t` and `\n`:
 * - the other C0 controls (ESC starts every 7-bit sequence; BEL ends OSC; a lone CR moves the cursor back
 *   and lets the rest of a line overwrite what came before it),
 * - DEL and the C1 controls U+0080–U+009F (xterm.js parses the 8-bit forms too: CSI 0x9B, OSC 0x9D,
 *   DCS 0x90, ST 0x9C, SOS 0x98, PM 0x9E, APC 0x9F),
 * - the Unicode bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a
 *   line display in an order other than the one it runs in ("Trojan source").
 */
const ACTIVE = '\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069';
/** `\r\n` is matched first, as a whole, so a Windows line break survives as `\n`. */
const TEXT_CONTROLS = new RegExp(`\\r\\n|[${ACTIVE}]`, 'g');
/** A one-line field also loses its line breaks: `\n`, so it cannot start a fake `bob $ …` line. */
const LINE_CONTROLS = new RegExp(`[\\n${ACTIVE}]`, 'g');

/** Multi-line text (output, messages) with every control a terminal would act on shown as `?`. */
export function neutraliseControls(text: string): string {
  return text.replace(TEXT_CONTROLS, (c) => (c === '\r\n' ? '\n' : CONTROL_PLACEHOLDER));
}

/** A one-line field (command line, nickname, file name) as `neutraliseControls`, line breaks included. */
export function neutraliseLine(text: string): string {
  return text.replace(LINE_CONTROLS, CONTROL_PLACEHOLDER);
}
