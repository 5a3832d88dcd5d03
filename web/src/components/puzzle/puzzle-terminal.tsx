/**
 * The team terminal: xterm.js for the keyboard, a plain input under it (phones, and tests), and a
 * visually hidden list of the transcript with stable test ids. Everything a member types goes through
 * `run`, so both inputs share history, completion and the one-command-at-a-time rule.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { neutraliseControls, type TerminalEntry } from '../../../../server/protocol/index.js';
import { applyCompletion, complete, type CompletionSource } from '../../lib/completion.js';
import { emptyHistory, historyFrom, newer, older, remember } from '../../lib/history.js';
import { commandLine } from '../../lib/transcript.js';
import { loadXterm, THEME, XtermSession } from './xterm-session.js';

interface Props {
  entries: readonly TerminalEntry[];
  meId: string;
  completion: CompletionSource;
  /** Why commands cannot run now (paused, solved, time up), or null. */
  readOnly: string | null;
  /** Sends a line; resolves with the error to show, or null. */
  run: (line: string) => Promise<string | null>;
}

export function PuzzleTerminal({ entries, meId, completion, readOnly, run }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const session = useRef<XtermSession | null>(null);
  const latest = useRef({ entries, completion, run, readOnly });
  latest.current = { entries, completion, run, readOnly };
  const [error, setError] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const submit = async (line: string) => {
    const err = await latest.current.run(line);
    setError(err);
    return err;
  };

  useEffect(() => {
    let alive = true;
    let observer: ResizeObserver | undefined;
    void loadXterm()
      .then(({ Terminal, FitAddon }) => {
        if (!alive || !host.current) return;
        const term = new Terminal({
          convertEol: true,
          cursorBlink: true,
          fontFamily: "ui-monospace, 'SF Mono', Menlo, Consolas, monospace",
          fontSize: 14,
          scrollback: 5000,
          theme: THEME,
        });
        const fit = new FitAddon();
        term.loadAddon(fit);
        term.open(host.current);
        fit.fit();
        const s = new XtermSession(term, fit, {
          onSubmit: submit,
          completion: () => latest.current.completion,
        });
        s.history = emptyHistory(historyFrom(latest.current.entries, meId));
        s.setReadOnly(latest.current.readOnly);
        s.showEntries(latest.current.entries);
        session.current = s;
        observer = new ResizeObserver(() => s.resize());
        observer.observe(host.current);
      })
      .catch(() => alive && setFailed(true));
    return () => {
      alive = false;
      observer?.disconnect();
      session.current?.dispose();
      session.current = null;
    };
    // One terminal per mount: the parent keys this component by round and team.
  }, []);

  useEffect(() => session.current?.showEntries(entries), [entries]);
  useEffect(() => session.current?.setReadOnly(readOnly), [readOnly]);

  return (
    <div class="terminal" data-testid="terminal">
      {failed ? (
        <p class="terminal__fallback">The terminal view could not load; use the command line below.</p>
      ) : (
        <div class="terminal__screen" ref={host} onClick={() => session.current?.focus()} />
      )}
      <CommandInput
        entries={entries}
        meId={meId}
        completion={completion}
        disabled={readOnly !== null}
        onRun={(line) => {
          if (session.current) session.current.run(line);
          else void submit(line);
        }}
      />
      {error && (
        <p class="terminal__error" role="alert" data-testid="terminal-error">
          {error}
        </p>
      )}
      <TranscriptMirror entries={entries} />
    </div>
  );
}

/** The plain command line under the terminal: Enter runs, ↑/↓ history, Tab completes. */
function CommandInput(props: {
  entries: readonly TerminalEntry[];
  meId: string;
  completion: CompletionSource;
  disabled: boolean;
  onRun: (line: string) => void;
}) {
  const [text, setText] = useState('');
  const history = useRef(useMemo(() => emptyHistory(historyFrom(props.entries, props.meId)), []));
  const input = useRef<HTMLInputElement>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    const el = e.currentTarget as HTMLInputElement;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const r = e.key === 'ArrowUp' ? older(history.current, text) : newer(history.current, text);
      history.current = r.history;
      setText(r.text);
    } else if (e.key === 'Tab' && text.trim() !== '') {
      e.preventDefault();
      const cursor = el.selectionStart ?? text.length;
      const c = complete(text, cursor, props.completion);
      const next = applyCompletion(text, cursor, c);
      setText(next.text);
      requestAnimationFrame(() => el.setSelectionRange(next.cursor, next.cursor));
    }
  };

  return (
    <form
      class="terminal__input"
      onSubmit={(e) => {
        e.preventDefault();
        if (props.disabled || text.trim() === '') return;
        history.current = remember(history.current, text);
        props.onRun(text);
        setText('');
      }}
    >
      <label class="sr-only" for="terminal-input">
        Command
      </label>
      <span class="terminal__prompt" aria-hidden="true">
        $
      </span>
      <input
        id="terminal-input"
        ref={input}
        class="terminal__field"
        data-testid="terminal-input"
        type="text"
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        enterKeyHint="send"
        placeholder={props.disabled ? 'read-only' : 'kubectl get pods'}
        value={text}
        disabled={props.disabled}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <button class="button button--small" type="submit" data-testid="terminal-run" disabled={props.disabled}>
        Run
      </button>
    </form>
  );
}

/**
 * The transcript as DOM text: read by screen readers and tests (xterm draws into its own rows), shown to
 * the host. Neutralised like the terminal, so a bidi override cannot reorder a line here either.
 */
export function TranscriptMirror({
  entries,
  visible = false,
}: {
  entries: readonly TerminalEntry[];
  visible?: boolean;
}) {
  return (
    <ol
      class={visible ? 'transcript' : 'sr-only'}
      data-testid="terminal-log"
      aria-label="Terminal transcript"
    >
      {entries.map((e) => (
        <li
          key={e.seq}
          data-testid="terminal-line"
          data-seq={e.seq}
          data-player-id={e.playerId}
          data-nickname={e.nickname}
          data-line={e.line}
          data-exit-code={e.exitCode}
        >
          <pre class="transcript__command">{`${commandLine(e)}\n`}</pre>
          {e.output && <pre class="transcript__output">{neutraliseControls(e.output)}</pre>}
        </li>
      ))}
    </ol>
  );
}
