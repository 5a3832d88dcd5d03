/**
 * A small manifest editor for `kubectl apply -f`: one textarea per file with line numbers, preloaded
 * with the puzzle's files. Apply sends `kubectl apply -f <name>` with the text as that file, so the
 * command shows up in the team terminal like any other.
 */
import { useRef, useState } from 'preact/hooks';
import { neutraliseControls, type TerminalEntry } from '../../../../server/protocol/index.js';
import { commandLine } from '../../lib/transcript.js';

const FILE_NAME = /^[\w.-]{1,100}$/;
const DEFAULT_NAME = 'manifest.yaml';

interface Props {
  files: Record<string, string>;
  /** The team log: the newest apply from an editor is shown under the button. */
  entries: readonly TerminalEntry[];
  disabled: boolean;
  /** Runs a line with files; resolves with an error message, or null. */
  apply: (line: string, files: Record<string, string>) => Promise<string | null>;
}

export function YamlEditor({ files, entries, disabled, apply }: Props) {
  const names = Object.keys(files);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [extra, setExtra] = useState<string[]>(names.length === 0 ? [DEFAULT_NAME] : []);
  const [current, setCurrent] = useState<string>(names[0] ?? DEFAULT_NAME);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const gutter = useRef<HTMLPreElement>(null);
  const escaped = useRef(false);

  const all = [...names, ...extra.filter((n) => !names.includes(n))];
  const text = edits[current] ?? files[current] ?? '';
  const lines = Math.max(1, text.split('\n').length);
  const edited = edits[current] !== undefined && edits[current] !== files[current];

  const run = async () => {
    setBusy(true);
    const err = await apply(`kubectl apply -f ${current}`, { [current]: text });
    setBusy(false);
    setError(err);
  };

  const addFile = (e: Event) => {
    e.preventDefault();
    const name = newName.trim();
    if (!FILE_NAME.test(name)) return setError('A file name is letters, digits, dot, dash or underscore.');
    if (!all.includes(name)) setExtra((x) => [...x, name]);
    setCurrent(name);
    setNewName('');
    setError(null);
  };

  return (
    <div class="yaml" data-testid="yaml-panel">
      <div class="yaml__files" role="tablist" aria-label="Files">
        {all.map((n) => (
          <button
            key={n}
            type="button"
            role="tab"
            aria-selected={n === current}
            class={`yaml__file ${n === current ? 'is-current' : ''}`}
            data-testid="yaml-file"
            data-name={n}
            onClick={() => setCurrent(n)}
          >
            {n}
            {edits[n] !== undefined && edits[n] !== files[n] ? ' •' : ''}
          </button>
        ))}
        <form class="yaml__new" onSubmit={addFile}>
          <input
            class="input yaml__new-name"
            aria-label="New file name"
            placeholder="new-file.yaml"
            value={newName}
            onInput={(e) => setNewName((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="button button--small">
            Add
          </button>
        </form>
      </div>
      <div class="yaml__body">
        <pre class="yaml__gutter" ref={gutter} aria-hidden="true">
          {Array.from({ length: lines }, (_, i) => i + 1).join('\n')}
        </pre>
        <textarea
          class="yaml__text"
          data-testid="yaml-editor"
          data-file={current}
          aria-label={`Contents of ${current}`}
          spellcheck={false}
          autocapitalize="off"
          autocomplete="off"
          wrap="off"
          placeholder={'apiVersion: v1\nkind: Service\n…'}
          value={text}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLTextAreaElement).value;
            setEdits((x) => ({ ...x, [current]: value }));
          }}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = (e.currentTarget as HTMLTextAreaElement).scrollTop;
          }}
          onKeyDown={(e) => {
            // Tab indents with two spaces (YAML has no tabs); Esc then Tab still leaves the field.
            const leave = escaped.current;
            escaped.current = e.key === 'Escape';
            if (e.key !== 'Tab' || e.shiftKey || leave) return;
            e.preventDefault();
            const el = e.currentTarget as HTMLTextAreaElement;
            const at = el.selectionStart;
            const value = `${el.value.slice(0, at)}  ${el.value.slice(el.selectionEnd)}`;
            setEdits((x) => ({ ...x, [current]: value }));
            requestAnimationFrame(() => el.setSelectionRange(at + 2, at + 2));
          }}
        />
      </div>
      <div class="yaml__actions">
        <button
          type="button"
          class="button button--primary"
          data-testid="yaml-apply"
          disabled={disabled || busy || text.trim() === ''}
          onClick={() => void run()}
        >
          kubectl apply -f {current}
        </button>
        {edited && files[current] !== undefined && (
          <button
            type="button"
            class="button button--small button--ghost"
            data-testid="yaml-reset"
            onClick={() =>
              setEdits((x) => {
                const next = { ...x };
                delete next[current];
                return next;
              })
            }
          >
            Reset to the original
          </button>
        )}
      </div>
      <LastApply entries={entries} />
      {error && (
        <p class="error-message" role="alert" data-testid="yaml-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** What the newest command sent with a file answered (this panel hides the terminal on small screens). */
function LastApply({ entries }: { entries: readonly TerminalEntry[] }) {
  const last = [...entries].reverse().find((e) => e.files.length > 0);
  if (!last) return null;
  return (
    <div class="yaml__result" data-testid="yaml-result" data-exit-code={last.exitCode} aria-live="polite">
      <pre class="transcript__command">{commandLine(last)}</pre>
      <pre>{neutraliseControls(last.output)}</pre>
    </div>
  );
}
