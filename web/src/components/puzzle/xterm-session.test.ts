import { describe, expect, it } from 'vitest';
import type { Terminal } from '@xterm/xterm';
import type { FitAddon } from '@xterm/addon-fit';
import type { TerminalEntry } from '../../../../server/protocol/index.js';
import { completionSource } from '../../lib/completion.js';
import { brokenCluster } from '../../lib/test-cluster.js';
import { XtermSession } from './xterm-session.js';

/** Just enough of xterm: collects what is written and lets the test type. */
function fakeTerm() {
  let onData: (d: string) => void = () => undefined;
  const out: string[] = [];
  const term = {
    cols: 80,
    options: {},
    onData: (fn: (d: string) => void) => (onData = fn),
    attachCustomKeyEventHandler: () => undefined,
    write: (s: string) => out.push(s),
    clear: () => out.push('<clear>'),
    hasSelection: () => false,
    getSelection: () => '',
    focus: () => undefined,
    dispose: () => undefined,
  };
  return { term: term as unknown as Terminal, type: (d: string) => onData(d), out, text: () => out.join('') };
}

const fit = { fit: () => undefined } as unknown as FitAddon;
const entry = (seq: number, line: string, nickname = 'ada'): TerminalEntry => ({
  seq,
  playerId: nickname,
  nickname,
  line,
  files: [],
  output: `out ${seq}\n`,
  truncated: false,
  exitCode: 0,
  at: 0,
});
const tick = () => new Promise((r) => setTimeout(r, 0));

function setup(answer: (line: string) => Promise<string | null> = async () => null) {
  const t = fakeTerm();
  const sent: string[] = [];
  const s = new XtermSession(t.term, fit, {
    onSubmit: (line) => {
      sent.push(line);
      return answer(line);
    },
    completion: () => completionSource(brokenCluster()),
  });
  return { ...t, s, sent };
}

describe('XtermSession', () => {
  it('sends a typed line on Enter and prints the team log attributed', async () => {
    const t = setup();
    t.type('kubectl get svc');
    t.type('\r');
    await tick();
    expect(t.sent).toEqual(['kubectl get svc']);
    t.s.showEntries([entry(1, 'kubectl get svc'), entry(2, 'kubectl get pods', 'bob')]);
    expect(t.text()).toContain('ada $ kubectl get svc\nout 1\nbob $ kubectl get pods\nout 2\n');
    // Entries already printed are not printed again.
    const before = t.text().length;
    t.s.showEntries([entry(1, 'kubectl get svc'), entry(2, 'kubectl get pods', 'bob')]);
    expect(t.text().length).toBe(before);
  });

  it('runs one line at a time and ignores keys while a line waits for its ack', async () => {
    let release: (v: string | null) => void = () => undefined;
    const t = setup(() => new Promise((r) => (release = r)));
    t.type('kubectl get pods\rkubectl get svc\r');
    await tick();
    expect(t.sent).toEqual(['kubectl get pods']);
    t.type('x');
    release(null);
    await tick();
    expect(t.sent).toEqual(['kubectl get pods', 'kubectl get svc']);
    release('too many commands; wait a second');
    await tick();
    expect(t.text()).toContain('$ kubectl get svc\ntoo many commands; wait a second\n');
  });

  it('completes with Tab and recalls history with the up arrow', async () => {
    const t = setup();
    t.type('kubectl get s');
    t.type('\t');
    t.type('\r');
    await tick();
    expect(t.sent).toEqual(['kubectl get services ']);
    t.type('\x1b[A');
    t.type('\r');
    await tick();
    expect(t.sent[1]).toBe('kubectl get services');
  });

  it('handles clear locally and refuses input when read-only', async () => {
    const t = setup();
    t.type('clear\r');
    await tick();
    expect(t.sent).toEqual([]);
    expect(t.out).toContain('<clear>');
    t.s.setReadOnly('solved');
    t.type('kubectl get pods\r');
    await tick();
    expect(t.sent).toEqual([]);
    expect(t.text()).toContain('(solved) ');
  });
});
