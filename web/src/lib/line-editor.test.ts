import { describe, expect, it } from 'vitest';
import {
  EMPTY_LINE,
  eraseLine,
  feed,
  leaveLine,
  lineOf,
  redraw,
  wordStart,
  type LineState,
} from './line-editor.js';

const typed = (...chunks: string[]) => {
  let s: LineState = EMPTY_LINE;
  const events = [];
  for (const c of chunks) {
    const r = feed(s, c);
    s = r.state;
    events.push(...r.events);
  }
  return { s, events };
};

describe('feed', () => {
  it('inserts typed text at the cursor and moves it', () => {
    const { s } = typed('kubectl get', '\x1b[D', '\x1b[D', '\x1b[D', 'x');
    expect(s).toEqual({ text: 'kubectl xget', cursor: 9 });
  });

  it('edits with backspace, delete, home, end and kill keys', () => {
    expect(typed('abc', '\x7f').s).toEqual({ text: 'ab', cursor: 2 });
    expect(typed('abc', '\x01', '\x1b[3~').s).toEqual({ text: 'bc', cursor: 0 });
    expect(typed('abc', '\x01', '\x05').s.cursor).toBe(3);
    expect(typed('abc def', '\x1b[D', '\x1b[D', '\x15').s).toEqual({ text: 'ef', cursor: 0 });
    expect(typed('abc def', '\x01', '\x1b[C', '\x0b').s).toEqual({ text: 'a', cursor: 1 });
    expect(typed('kubectl get pods', '\x17').s).toEqual({ text: 'kubectl get ', cursor: 12 });
    expect(typed('a', '\x7f', '\x7f').s).toEqual(EMPTY_LINE);
  });

  it('moves by words', () => {
    expect(wordStart('kubectl get  pods', 13)).toBe(8);
    expect(typed('kubectl get pods', '\x1bb', '\x1bb').s.cursor).toBe(8);
    expect(typed('kubectl get pods', '\x01', '\x1bf').s.cursor).toBe(7);
  });

  it('turns Enter, Tab, arrows, Ctrl+C and Ctrl+L into events', () => {
    expect(typed('kubectl get svc', '\r').events).toEqual([{ type: 'submit', line: 'kubectl get svc' }]);
    expect(typed('kubectl get svc', '\r').s).toEqual(EMPTY_LINE);
    expect(typed('k', '\t').events).toEqual([{ type: 'complete' }]);
    expect(typed('\x1b[A', '\x1bOB').events).toEqual([
      { type: 'history', direction: 'up' },
      { type: 'history', direction: 'down' },
    ]);
    const cancelled = typed('half typed', '\x03');
    expect(cancelled.events).toEqual([{ type: 'cancel', line: 'half typed' }]);
    expect(cancelled.s).toEqual(EMPTY_LINE);
    expect(typed('\x0c').events).toEqual([{ type: 'clear-screen' }]);
  });

  it('runs each line of a multi-line paste and keeps the unfinished tail', () => {
    const { s, events } = typed('kubectl get pods\r\nkubectl get svc\nkubectl desc');
    expect(events).toEqual([
      { type: 'submit', line: 'kubectl get pods' },
      { type: 'submit', line: 'kubectl get svc' },
    ]);
    expect(s).toEqual(lineOf('kubectl desc'));
  });

  it('drops control characters, bracketed-paste markers and unknown escapes from text', () => {
    expect(typed('\x1b[200~a\tb\x07c\x1b[201~').s.text).toBe('a bc');
    expect(typed('x', '\x1b[5~').s).toEqual(lineOf('x'));
  });
});

describe('redraw', () => {
  it('draws a short line and places the cursor by column', () => {
    const r = redraw({ cursorRow: 0 }, '$ ', { text: 'kubectl', cursor: 3 }, 80);
    expect(r.out).toBe('\r\x1b[J$ kubectl\x1b[6G');
    expect(r.drawn).toEqual({ cursorRow: 0 });
  });

  it('goes back up over a wrapped line before erasing it, and places the cursor on the right row', () => {
    const state = { text: 'x'.repeat(25), cursor: 2 };
    const first = redraw({ cursorRow: 0 }, '$ ', { text: 'x'.repeat(25), cursor: 25 }, 10);
    expect(first.drawn).toEqual({ cursorRow: 2 });
    const again = redraw(first.drawn, '$ ', state, 10);
    expect(again.out.startsWith('\x1b[2A\r\x1b[J')).toBe(true);
    // 27 cells end on row 2; the cursor (cell 4) is on row 0, column 5.
    expect(again.out.endsWith('\x1b[2A\x1b[5G')).toBe(true);
    expect(again.drawn).toEqual({ cursorRow: 0 });
  });

  it('steps out of the pending wrap when the line fills the last cell exactly', () => {
    const r = redraw({ cursorRow: 0 }, '$ ', lineOf('x'.repeat(8)), 10);
    expect(r.out).toContain('x'.repeat(8) + ' \b');
    expect(r.drawn).toEqual({ cursorRow: 1 });
  });

  it('leaves and erases a wrapped line from its cursor row', () => {
    const state = { text: 'x'.repeat(25), cursor: 0 };
    expect(leaveLine({ cursorRow: 0 }, '$ ', state, 10)).toBe('\x1b[2B\r\n');
    expect(leaveLine({ cursorRow: 2 }, '$ ', lineOf('x'.repeat(25)), 10)).toBe('\r\n');
    expect(eraseLine({ cursorRow: 1 })).toBe('\x1b[1A\r\x1b[J');
    expect(eraseLine({ cursorRow: 0 })).toBe('\r\x1b[J');
  });
});
