import { useEffect, useState } from 'preact/hooks';
import type { ScenarioSetSummary } from '../../../../server/protocol/index.js';
import { setLength } from '../../lib/format.js';
import { listScenarioSets } from '../../net/http.js';
import type { ClientError } from '../../net/socket.js';

/** The scenario sets and the picked one; the first set is picked once the list arrives. */
export function useScenarioSets(onError: (error: ClientError) => void) {
  const [sets, setSets] = useState<ScenarioSetSummary[] | null>(null);
  const [setId, setSetId] = useState('');

  useEffect(() => {
    let alive = true;
    void listScenarioSets().then((res) => {
      if (!alive) return;
      if (!res.ok) return onError(res.error);
      setSets(res.data);
      setSetId((current) => current || (res.data[0]?.id ?? ''));
    });
    return () => {
      alive = false;
    };
    // Loaded once per form: onError is a state setter, it does not need to re-run the request.
  }, []);

  return { sets, setId, setSetId };
}

interface Props {
  sets: ScenarioSetSummary[] | null;
  value: string;
  onChange: (setId: string) => void;
  testId: string;
}

/** "Scenario set" dropdown with the picked set's description under it (host and practice forms). */
export function SetPicker({ sets, value, onChange, testId }: Props) {
  const selected = sets?.find((s) => s.id === value);
  return (
    <>
      <label class="field">
        <span class="field__label">Scenario set</span>
        <select
          class="input"
          data-testid={testId}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          disabled={!sets || sets.length === 0}
        >
          {!sets && <option value="">Loading…</option>}
          {sets?.length === 0 && <option value="">No scenario sets found</option>}
          {sets?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({setLength(s)})
            </option>
          ))}
        </select>
      </label>
      {selected && <p class="field__help">{selected.description}</p>}
    </>
  );
}
