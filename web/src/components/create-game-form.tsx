import { useEffect, useState } from 'preact/hooks';
import type { ScenarioSetSummary, ScoringMode } from '../../../server/protocol/index.js';
import { browserStore, saveSeat } from '../lib/seat-storage.js';
import { navigate } from '../lib/use-route.js';
import { createGame, listScenarioSets } from '../net/http.js';
import type { ClientError } from '../net/socket.js';
import { ErrorMessage } from './error-message.js';

/** Pick a scenario set and scoring mode, create the game, become its host. */
export function CreateGameForm() {
  const [sets, setSets] = useState<ScenarioSetSummary[] | null>(null);
  const [setId, setSetId] = useState('');
  const [scoring, setScoring] = useState<ScoringMode>('classic');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    let alive = true;
    void listScenarioSets().then((res) => {
      if (!alive) return;
      if (!res.ok) return setError(res.error);
      setSets(res.data);
      setSetId((current) => current || (res.data[0]?.id ?? ''));
    });
    return () => {
      alive = false;
    };
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!setId) return;
    setPending(true);
    setError(null);
    const res = await createGame({ setId, scoring });
    setPending(false);
    if (!res.ok) return setError(res.error);
    const { code, hostToken } = res.data;
    saveSeat(browserStore(), { code, role: 'host', token: hostToken, playerId: null, nickname: null });
    navigate(`/host/${code}`);
  };

  const selected = sets?.find((s) => s.id === setId);
  return (
    <form class="form" onSubmit={onSubmit}>
      <label class="field">
        <span class="field__label">Scenario set</span>
        <select
          class="input"
          data-testid="set-select"
          value={setId}
          onChange={(e) => setSetId(e.currentTarget.value)}
          disabled={!sets || sets.length === 0}
        >
          {!sets && <option value="">Loading…</option>}
          {sets?.length === 0 && <option value="">No scenario sets found</option>}
          {sets?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({s.questionCount} questions)
            </option>
          ))}
        </select>
      </label>
      {selected && <p class="field__help">{selected.description}</p>}
      <label class="field">
        <span class="field__label">Scoring</span>
        <select
          class="input"
          data-testid="scoring-select"
          value={scoring}
          onChange={(e) => setScoring(e.currentTarget.value === 'accuracy' ? 'accuracy' : 'classic')}
        >
          <option value="classic">Classic: faster correct answers earn more, streak bonus</option>
          <option value="accuracy">Accuracy only: every correct answer earns the same</option>
        </select>
      </label>
      <ErrorMessage error={error} />
      <button
        class="button button--primary button--block"
        type="submit"
        data-testid="create-game"
        disabled={pending || !setId}
      >
        {pending ? 'Creating…' : 'Create game'}
      </button>
    </form>
  );
}
