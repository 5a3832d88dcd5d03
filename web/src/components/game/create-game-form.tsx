import { useState } from 'preact/hooks';
import type { ScoringMode } from '../../../../server/protocol/index.js';
import { browserStore, saveSeat } from '../../lib/seat-storage.js';
import { navigate } from '../../lib/use-route.js';
import { createGame } from '../../net/http.js';
import type { ClientError } from '../../net/socket.js';
import { ErrorMessage } from '../shared/error-message.js';
import { SetPicker, useScenarioSets } from '../shared/set-picker.js';

/** Pick a scenario set and scoring mode, create the game, become its host. */
export function CreateGameForm() {
  const [scoring, setScoring] = useState<ScoringMode>('classic');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const { sets, setId, setSetId } = useScenarioSets(setError);

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

  return (
    <form class="form" onSubmit={onSubmit}>
      <SetPicker sets={sets} value={setId} onChange={setSetId} testId="set-select" />
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
