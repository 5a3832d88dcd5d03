/**
 * A puzzle's work area: terminal, YAML editor and cluster picture, as tabs on a phone and side by side on
 * wide screens. Shared by classroom rounds (play-puzzle) and practice runs (practice-puzzle); only how a
 * line is sent differs, so that comes in as `send`.
 */
import { useMemo, useState } from 'preact/hooks';
import type { PuzzleWorkView } from '../../../../server/protocol/index.js';
import { completionSource } from '../../lib/completion.js';
import { latestProbe } from '../../lib/probe-path.js';
import { ClusterPicture } from './cluster-picture.js';
import { PuzzleTerminal } from './puzzle-terminal.js';
import { YamlEditor } from './yaml-editor.js';

type Tab = 'terminal' | 'picture' | 'yaml';
const TABS: { id: Tab; label: string }[] = [
  { id: 'terminal', label: 'Terminal' },
  { id: 'picture', label: 'Cluster' },
  { id: 'yaml', label: 'YAML' },
];

interface Props {
  work: PuzzleWorkView;
  /** Whose lines count as "mine" in the transcript. */
  meId: string;
  /** Why input is closed (e.g. "solved"), or null while it is open. */
  readOnly: string | null;
  /** Runs a line; resolves with the error to show, or null. */
  send: (line: string, files?: Record<string, string>) => Promise<string | null>;
}

export function PuzzleWorkspace({ work, meId, readOnly, send }: Props) {
  const [tab, setTab] = useState<Tab>('terminal');
  const completion = useMemo(
    () => completionSource(work.cluster, Object.keys(work.files)),
    [work.cluster, work.files],
  );
  const probe = useMemo(() => latestProbe(work.terminal), [work.terminal]);
  return (
    <>
      <div class="puzzle__tabs" role="tablist" aria-label="Work area">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            class={`puzzle__tab puzzle__tab--${t.id} ${tab === t.id ? 'is-active' : ''}`}
            aria-selected={tab === t.id}
            data-testid={`tab-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div class={`puzzle__work shows-${tab}`}>
        <div class="puzzle__panel puzzle__panel--terminal">
          <PuzzleTerminal
            entries={work.terminal}
            meId={meId}
            completion={completion}
            readOnly={readOnly}
            run={(line) => send(line)}
          />
        </div>
        <div class="puzzle__panel puzzle__panel--yaml">
          <YamlEditor files={work.files} entries={work.terminal} disabled={readOnly !== null} apply={send} />
        </div>
        <div class="puzzle__panel puzzle__panel--picture">
          <ClusterPicture view={work.cluster} probe={probe} />
        </div>
      </div>
    </>
  );
}
