import { useState } from 'preact/hooks';
import { nicknameSchema } from '../../../../server/protocol/index.js';
import { forgetIdentity, saveIdentity, type PracticeIdentity } from '../../lib/practice-identity.js';
import { browserStore } from '../../lib/seat-storage.js';
import { navigate } from '../../lib/use-route.js';
import { startPractice } from '../../net/practice.js';
import type { ClientError } from '../../net/socket.js';
import { ErrorMessage } from '../shared/error-message.js';
import { NicknameField } from '../shared/nickname-field.js';
import { SetPicker, useScenarioSets } from '../shared/set-picker.js';

interface Props {
  identity: PracticeIdentity | null;
  /** There is an unfinished run that starting a new one will close. */
  hasActiveRun: boolean;
  /** Called when the stored identity turned out to be unknown to the server. */
  onIdentityLost: () => void;
}

/** Pick a set (and a nickname the first time), untimed unless asked, and go. */
export function PracticeStartForm({ identity, hasActiveRun, onIdentityLost }: Props) {
  const [nickname, setNickname] = useState('');
  const [timed, setTimed] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ClientError | string | null>(null);
  const { sets, setId, setSetId } = useScenarioSets(setError);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!setId) return;
    let nick: string | undefined;
    if (!identity) {
      const parsed = nicknameSchema.safeParse(nickname);
      if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Pick a nickname.');
      nick = parsed.data;
    }
    setPending(true);
    setError(null);
    const res = await startPractice(
      { setId, timed, ...(nick ? { nickname: nick } : {}) },
      identity?.token ?? null,
    );
    setPending(false);
    if (!res.ok) {
      if (res.error.code === 'auth/invalid-token') {
        forgetIdentity(browserStore());
        onIdentityLost();
        return setError(
          'This browser’s practice nickname is no longer known. Pick a nickname to start again.',
        );
      }
      return setError(res.error);
    }
    const { token, learner, run } = res.data;
    if (token) saveIdentity(browserStore(), { token, learnerId: learner.id, nickname: learner.nickname });
    navigate(`/practice/run/${run.runId}`);
  };

  return (
    <form class="form" onSubmit={onSubmit} noValidate>
      <SetPicker sets={sets} value={setId} onChange={setSetId} testId="practice-set-select" />
      {!identity && (
        <NicknameField
          value={nickname}
          onChange={setNickname}
          testId="practice-nickname-input"
          placeholder="1–20 characters, shown on leaderboards"
        />
      )}
      <label class="check">
        <input
          type="checkbox"
          data-testid="practice-timed"
          checked={timed}
          onChange={(e) => setTimed(e.currentTarget.checked)}
        />
        <span>
          Timed: each question has its time limit and faster answers score more (separate leaderboard)
        </span>
      </label>
      {hasActiveRun && <p class="field__help">Starting a new run closes the unfinished one.</p>}
      <ErrorMessage error={error} />
      <button
        class="button button--primary button--block"
        type="submit"
        data-testid="practice-start"
        disabled={pending || !setId}
      >
        {pending ? 'Starting…' : 'Start practising'}
      </button>
    </form>
  );
}
