import { useState } from 'preact/hooks';
import { joinCodeSchema, nicknameSchema } from '../../../../server/protocol/index.js';
import { browserStore, saveSeat } from '../../lib/seat-storage.js';
import { navigate } from '../../lib/use-route.js';
import { emitWithAck, getSocket, type ClientError } from '../../net/socket.js';
import { ErrorMessage } from '../shared/error-message.js';
import { NicknameField } from '../shared/nickname-field.js';

/** Code + nickname; on success the seat token is stored and the player lands on /play/<CODE>. */
export function JoinForm({ initialCode }: { initialCode: string | null }) {
  const [code, setCode] = useState(initialCode ?? '');
  const [nickname, setNickname] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ClientError | string | null>(null);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    // The same zod rules as the server, so most mistakes are explained before a round trip.
    const parsedCode = joinCodeSchema.safeParse(code);
    if (!parsedCode.success)
      return setError(firstIssue(parsedCode.error.issues, 'Enter the 6-character game code.'));
    const parsedNick = nicknameSchema.safeParse(nickname);
    if (!parsedNick.success) return setError(firstIssue(parsedNick.error.issues, 'Pick a nickname.'));

    setPending(true);
    setError(null);
    const res = await emitWithAck(getSocket(), 'room:join', {
      code: parsedCode.data,
      nickname: parsedNick.data,
    });
    setPending(false);
    if (!res.ok) return setError(res.error);
    const view = res.data.view;
    saveSeat(browserStore(), {
      code: parsedCode.data,
      role: 'player',
      token: res.data.token,
      playerId: res.data.playerId,
      nickname: view.role === 'player' ? view.me.nickname : parsedNick.data,
    });
    navigate(`/play/${parsedCode.data}`);
  };

  return (
    <form class="form" onSubmit={onSubmit} noValidate>
      <label class="field">
        <span class="field__label">Game code</span>
        <input
          class="input input--code"
          data-testid="code-input"
          name="code"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value.toUpperCase())}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={6}
          placeholder="ABC123"
          required
        />
      </label>
      <NicknameField
        value={nickname}
        onChange={setNickname}
        testId="nickname-input"
        name="nickname"
        placeholder="1–20 characters"
      />
      <ErrorMessage error={error} />
      <button
        class="button button--primary button--block"
        type="submit"
        data-testid="join-button"
        disabled={pending}
      >
        {pending ? 'Joining…' : 'Join game'}
      </button>
    </form>
  );
}

function firstIssue(issues: readonly { message: string }[], fallback: string): string {
  return issues[0]?.message ?? fallback;
}
