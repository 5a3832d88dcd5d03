/**
 * The imperative half of the puzzle terminal: owns one xterm.js instance, prints the team transcript
 * above a local prompt line and turns keys into line edits (web/src/lib/line-editor.ts). The Preact
 * component feeds it entries and gets commands back through `onSubmit`.
 */
import type { Terminal } from '@xterm/xterm';
import type { FitAddon } from '@xterm/addon-fit';
import { neutraliseControls, neutraliseLine, type TerminalEntry } from '../../../../server/protocol/index.js';
import { applyCompletion, candidateColumns, complete, type CompletionSource } from '../../lib/completion.js';
import { emptyHistory, newer, older, remember, type History } from '../../lib/history.js';
import {
  EMPTY_LINE,
  FRESH_LINE,
  eraseLine,
  feed,
  leaveLine,
  lineOf,
  redraw,
  type DrawnLine,
  type LineState,
} from '../../lib/line-editor.js';
import { PROMPT, entryText, unseen } from '../../lib/transcript.js';

export interface SessionHooks {
  /** Runs a line; resolves with an error message to print, or null. */
  onSubmit: (line: string) => Promise<string | null>;
  completion: () => CompletionSource;
}

export const THEME = {
  background: '#0f1b33',
  foreground: '#e6edf7',
  cursor: '#f5a300',
  selectionBackground: '#3c5a99',
};

export async function loadXterm(): Promise<{ Terminal: typeof Terminal; FitAddon: typeof FitAddon }> {
  // Loaded on demand: the quiz screens (and phones that never reach a puzzle) skip xterm's weight.
  const [xterm, fit] = await Promise.all([
    import('@xterm/xterm'),
    import('@xterm/addon-fit'),
    import('@xterm/xterm/css/xterm.css'),
  ]);
  return { Terminal: xterm.Terminal, FitAddon: fit.FitAddon };
}

export class XtermSession {
  private line: LineState = EMPTY_LINE;
  private drawn: DrawnLine = FRESH_LINE;
  private lastSeq = 0;
  private busy = false;
  private queue: string[] = [];
  private lastWasTab = false;
  private readOnly: string | null = null;
  history: History = emptyHistory();

  constructor(
    private readonly term: Terminal,
    private readonly fit: FitAddon,
    private readonly hooks: SessionHooks,
  ) {
    term.onData((data) => this.onData(data));
    term.attachCustomKeyEventHandler((e) => this.onKey(e));
    this.draw();
  }

  private get cols() {
    return this.term.cols;
  }

  private draw() {
    const prompt = this.readOnly !== null ? `(${this.readOnly}) ` : this.busy ? '' : PROMPT;
    const shown = this.busy ? lineOf(`${PROMPT}${this.line.text}  …`) : this.line;
    const r = redraw(this.drawn, prompt, shown, this.cols);
    this.drawn = r.drawn;
    this.term.write(r.out);
  }

  /** Prints text above the prompt line and draws the prompt again under it. */
  private printAbove(text: string) {
    this.term.write(eraseLine(this.drawn) + text);
    this.drawn = FRESH_LINE;
    this.draw();
  }

  /** New transcript entries (any member's), printed in order above the prompt. */
  showEntries(entries: readonly TerminalEntry[]) {
    const fresh = unseen(entries, this.lastSeq);
    if (fresh.length === 0) return;
    this.lastSeq = fresh[fresh.length - 1]?.seq ?? this.lastSeq;
    this.printAbove(fresh.map(entryText).join(''));
  }

  setReadOnly(reason: string | null) {
    if (reason === this.readOnly) return;
    this.readOnly = reason;
    this.term.options.cursorBlink = reason === null;
    this.printAbove('');
  }

  resize() {
    this.term.write(eraseLine(this.drawn));
    this.drawn = FRESH_LINE;
    this.fit.fit();
    this.draw();
  }

  /** Runs a line from outside the terminal (the plain input under it). */
  run(line: string) {
    this.queue.push(line);
    void this.next();
  }

  private async next() {
    if (this.busy) return;
    const line = this.queue.shift();
    if (line === undefined) return;
    this.history = remember(this.history, line);
    if (line.trim() === 'clear') {
      this.term.clear();
      this.printAbove('');
      return void this.next();
    }
    if (line.trim() === '') {
      this.printAbove(`${PROMPT}\n`);
      return void this.next();
    }
    this.busy = true;
    const typed = this.line;
    this.line = lineOf(line);
    this.draw();
    const error = await this.hooks.onSubmit(line);
    this.busy = false;
    this.line = typed;
    // The error comes from the server (and may quote the line): neither is written to xterm raw.
    if (error !== null) this.printAbove(`${PROMPT}${neutraliseLine(line)}\n${neutraliseControls(error)}\n`);
    else this.printAbove('');
    void this.next();
  }

  private onKey(e: KeyboardEvent): boolean {
    const mod = e.ctrlKey || e.metaKey;
    if (e.type !== 'keydown' || !mod) return true;
    const key = e.key.toLowerCase();
    // Copy with a selection (Ctrl+C, Ctrl+Shift+C, Cmd+C); without one Ctrl+C cancels the line.
    if (key === 'c' && this.term.hasSelection()) {
      void navigator.clipboard?.writeText(this.term.getSelection()).catch(() => undefined);
      return false;
    }
    // Let the browser paste into xterm's textarea (it arrives through onData).
    if (key === 'v') return false;
    return true;
  }

  private onData(data: string) {
    if (this.readOnly !== null || this.busy) return;
    const isTab = data === '\t';
    const r = feed(this.line, data);
    this.line = r.state;
    for (const ev of r.events) {
      if (ev.type === 'submit') {
        this.queue.push(ev.line);
      } else if (ev.type === 'complete') this.complete();
      else if (ev.type === 'history') this.browse(ev.direction);
      else if (ev.type === 'cancel') {
        this.term.write(`^C${leaveLine(this.drawn, PROMPT, lineOf(ev.line), this.cols)}`);
        this.drawn = FRESH_LINE;
      } else if (ev.type === 'clear-screen') {
        this.term.clear();
      }
    }
    this.lastWasTab = isTab;
    this.draw();
    void this.next();
  }

  private browse(direction: 'up' | 'down') {
    const r = direction === 'up' ? older(this.history, this.line.text) : newer(this.history, this.line.text);
    this.history = r.history;
    this.line = lineOf(r.text);
  }

  private complete() {
    const c = complete(this.line.text, this.line.cursor, this.hooks.completion());
    const next = applyCompletion(this.line.text, this.line.cursor, c);
    const progressed = next.text !== this.line.text;
    this.line = { text: next.text, cursor: next.cursor };
    if (!progressed && c.candidates.length > 1 && this.lastWasTab) {
      // Second Tab with nothing left to add: list the choices, as bash does.
      this.term.write(
        leaveLine(this.drawn, PROMPT, this.line, this.cols) +
          // Candidates include object names from the team's cluster, which team mates chose.
          candidateColumns(c.candidates.map(neutraliseLine), this.cols) +
          '\r\n',
      );
      this.drawn = FRESH_LINE;
    } else if (!progressed) {
      this.term.write('\x07');
    }
  }

  focus() {
    this.term.focus();
  }

  dispose() {
    this.term.dispose();
  }
}
