/**
 * The terminal's input line as pure state: xterm.js only hands us raw key sequences (`onData`), so line
 * editing (cursor, kill, word moves), multi-line paste and the redraw of a wrapped prompt live here,
 * where they can be tested without a browser.
 */

export interface LineState {
  text: string;
  /** Cursor position in `text` (0 … text.length). */
  cursor: number;
}

export type LineEvent =
  | { type: 'submit'; line: string }
  | { type: 'complete' }
  | { type: 'history'; direction: 'up' | 'down' }
  | { type: 'cancel'; line: string }
  | { type: 'clear-screen' };

export const EMPTY_LINE: LineState = { text: '', cursor: 0 };

export const lineOf = (text: string): LineState => ({ text, cursor: text.length });

function insert(s: LineState, chunk: string): LineState {
  return {
    text: s.text.slice(0, s.cursor) + chunk + s.text.slice(s.cursor),
    cursor: s.cursor + chunk.length,
  };
}

/** Start of the word before the cursor (bash's Ctrl+W / Alt+B: spaces, then non-spaces). */
export function wordStart(text: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && text[i - 1] === ' ') i--;
  while (i > 0 && text[i - 1] !== ' ') i--;
  return i;
}

export function wordEnd(text: string, cursor: number): number {
  let i = cursor;
  while (i < text.length && text[i] === ' ') i++;
  while (i < text.length && text[i] !== ' ') i++;
  return i;
}

/** Escape sequences xterm sends for editing keys (normal and application cursor modes). */
const KEYS: Record<string, (s: LineState) => LineState> = {
  '\x1b[D': (s) => ({ ...s, cursor: Math.max(0, s.cursor - 1) }),
  '\x1bOD': (s) => ({ ...s, cursor: Math.max(0, s.cursor - 1) }),
  '\x1b[C': (s) => ({ ...s, cursor: Math.min(s.text.length, s.cursor + 1) }),
  '\x1bOC': (s) => ({ ...s, cursor: Math.min(s.text.length, s.cursor + 1) }),
  '\x1b[H': (s) => ({ ...s, cursor: 0 }),
  '\x1bOH': (s) => ({ ...s, cursor: 0 }),
  '\x1b[1~': (s) => ({ ...s, cursor: 0 }),
  '\x01': (s) => ({ ...s, cursor: 0 }),
  '\x1b[F': (s) => ({ ...s, cursor: s.text.length }),
  '\x1bOF': (s) => ({ ...s, cursor: s.text.length }),
  '\x1b[4~': (s) => ({ ...s, cursor: s.text.length }),
  '\x05': (s) => ({ ...s, cursor: s.text.length }),
  '\x1b[3~': (s) => ({ ...s, text: s.text.slice(0, s.cursor) + s.text.slice(s.cursor + 1) }),
  '\x7f': backspace,
  '\b': backspace,
  '\x15': (s) => ({ text: s.text.slice(s.cursor), cursor: 0 }),
  '\x0b': (s) => ({ ...s, text: s.text.slice(0, s.cursor) }),
  '\x17': (s) => {
    const start = wordStart(s.text, s.cursor);
    return { text: s.text.slice(0, start) + s.text.slice(s.cursor), cursor: start };
  },
  '\x1bb': (s) => ({ ...s, cursor: wordStart(s.text, s.cursor) }),
  '\x1b[1;5D': (s) => ({ ...s, cursor: wordStart(s.text, s.cursor) }),
  '\x1bf': (s) => ({ ...s, cursor: wordEnd(s.text, s.cursor) }),
  '\x1b[1;5C': (s) => ({ ...s, cursor: wordEnd(s.text, s.cursor) }),
};

function backspace(s: LineState): LineState {
  if (s.cursor === 0) return s;
  return { text: s.text.slice(0, s.cursor - 1) + s.text.slice(s.cursor), cursor: s.cursor - 1 };
}

const EVENTS: Record<string, (s: LineState) => LineEvent> = {
  '\t': () => ({ type: 'complete' }),
  '\x1b[A': () => ({ type: 'history', direction: 'up' }),
  '\x1bOA': () => ({ type: 'history', direction: 'up' }),
  '\x10': () => ({ type: 'history', direction: 'up' }),
  '\x1b[B': () => ({ type: 'history', direction: 'down' }),
  '\x1bOB': () => ({ type: 'history', direction: 'down' }),
  '\x0e': () => ({ type: 'history', direction: 'down' }),
  '\x03': (s) => ({ type: 'cancel', line: s.text }),
  '\x0c': () => ({ type: 'clear-screen' }),
};

/**
 * Feeds one `onData` chunk. A single key is an editing key or an event; anything longer is typed or
 * pasted text, where every line break submits the line so far (pasting three commands runs three).
 * Events come out in order; after a submit the line starts empty.
 */
export function feed(state: LineState, data: string): { state: LineState; events: LineEvent[] } {
  const key = KEYS[data];
  if (key) return { state: key(state), events: [] };
  const event = EVENTS[data];
  if (event) {
    const e = event(state);
    return { state: e.type === 'cancel' ? EMPTY_LINE : state, events: [e] };
  }
  // Bracketed paste markers and unknown escape sequences never become text.
  // eslint-disable-next-line no-control-regex -- matching escape sequences is the point here
  const text = data.replace(/\x1b\[20[01]~/g, '');
  if (text.startsWith('\x1b')) return { state, events: [] };
  const events: LineEvent[] = [];
  let s = state;
  const parts = text.replace(/\r\n/g, '\r').split(/[\r\n]/);
  parts.forEach((part, i) => {
    // eslint-disable-next-line no-control-regex -- control characters never become part of a command
    s = insert(s, part.replace(/\t/g, ' ').replace(/[\x00-\x1f\x7f]/g, ''));
    if (i < parts.length - 1) {
      events.push({ type: 'submit', line: s.text });
      s = EMPTY_LINE;
    }
  });
  return { state: s, events };
}

/** Where the last redraw left the cursor, so the next one can erase a prompt that wrapped. */
export interface DrawnLine {
  /** Row of the cursor, counted from the prompt's first row. */
  cursorRow: number;
}

export const FRESH_LINE: DrawnLine = { cursorRow: 0 };

/**
 * The escape sequence that redraws `prompt + text` in place and puts the cursor where the line's cursor
 * is. Works when the line wraps over several rows of a `cols`-wide terminal (one cell per character).
 */
export function redraw(
  prev: DrawnLine,
  prompt: string,
  state: LineState,
  cols: number,
): {
  out: string;
  drawn: DrawnLine;
} {
  const width = Math.max(1, cols);
  let out = prev.cursorRow > 0 ? `\x1b[${prev.cursorRow}A` : '';
  out += `\r\x1b[J${prompt}${state.text}`;
  const end = prompt.length + state.text.length;
  // At an exact multiple of the width xterm holds the cursor in a "pending wrap" on the last cell:
  // writing one more cell and stepping back makes the row count unambiguous.
  if (end > 0 && end % width === 0) out += ' \b';
  const endRow = Math.floor(end / width);
  const at = prompt.length + state.cursor;
  const row = Math.floor(at / width);
  const col = at % width;
  if (endRow > row) out += `\x1b[${endRow - row}A`;
  out += `\x1b[${col + 1}G`;
  return { out, drawn: { cursorRow: row } };
}

/** Moves from wherever the cursor is in the drawn prompt to a clean line below it. */
export function leaveLine(prev: DrawnLine, prompt: string, state: LineState, cols: number): string {
  const width = Math.max(1, cols);
  const endRow = Math.floor((prompt.length + state.text.length) / width);
  const down = endRow - prev.cursorRow;
  return `${down > 0 ? `\x1b[${down}B` : ''}\r\n`;
}

/** Erases the drawn prompt (to print output above it, then draw it again). */
export function eraseLine(prev: DrawnLine): string {
  return `${prev.cursorRow > 0 ? `\x1b[${prev.cursorRow}A` : ''}\r\x1b[J`;
}
