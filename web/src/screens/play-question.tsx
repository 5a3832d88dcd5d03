import { useRef, useState } from 'preact/hooks';
import { ChoiceGrid, KeyHint } from '../components/shared/choice-grid.js';
import { Countdown } from '../components/shared/countdown.js';
import { ErrorMessage } from '../components/shared/error-message.js';
import { QuestionHeader } from '../components/game/question-header.js';
import type { PlayerView } from '../../../server/protocol/index.js';
import { choiceLetter, orderedSelection, submitsOnTap, toggleChoice } from '../lib/choices.js';
import { formatMs } from '../lib/format.js';
import type { GameSession } from '../net/use-game-session.js';
import type { ClientError } from '../net/socket.js';

interface Props {
  view: PlayerView;
  receivedAt: number;
  act: GameSession<'player'>['act'];
}

export function PlayQuestion({ view, receivedAt, act }: Props) {
  const q = view.question;
  const [selected, setSelected] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  // The ack can arrive before the state:update that carries myAnswer; either one locks the buttons.
  const [lockedLocally, setLockedLocally] = useState<{ choiceIds: string[]; responseMs: number } | null>(
    null,
  );
  // A ref, not state: two taps in the same frame must not both send.
  const inFlight = useRef(false);

  if (!q) return null;

  const locked = view.myAnswer ?? lockedLocally;
  const tap = submitsOnTap(q.type);

  const submit = async (choiceIds: string[]) => {
    if (choiceIds.length === 0 || inFlight.current || locked) return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    const res = await act('answer:submit', { questionId: q.id, choiceIds });
    inFlight.current = false;
    setPending(false);
    if (res.ok) setLockedLocally({ choiceIds, responseMs: res.data.responseMs });
    else setError(res.error);
  };

  const onPick = (id: string) => {
    if (locked) return;
    if (tap) void submit([id]);
    else setSelected((s) => toggleChoice(s, id));
  };

  const lockedIds = locked?.choiceIds ?? [];
  return (
    <div class="play-question">
      <QuestionHeader question={q} />
      {view.clock && <Countdown clock={view.clock} receivedAt={receivedAt} limitMs={q.timeLimitMs} />}
      <ChoiceGrid
        choices={q.choices}
        type={q.type}
        isPicked={(id) => (locked ? lockedIds.includes(id) : selected.includes(id))}
        disabled={pending || locked !== null}
        onPick={onPick}
      />
      {!locked && <KeyHint count={q.choices.length} type={q.type} confirm="Submit" />}
      {!tap && !locked && (
        <button
          type="button"
          class="button button--primary button--large button--block"
          data-testid="submit-answer"
          disabled={pending || selected.length === 0}
          onClick={() => void submit(orderedSelection(q.choices, selected))}
        >
          Submit {selected.length > 0 ? `(${selected.length} selected)` : ''}
        </button>
      )}
      {locked && (
        <p class="locked" data-testid="answer-locked" role="status">
          Answer locked in:{' '}
          {q.choices
            .map((c, i) => (lockedIds.includes(c.id) ? choiceLetter(i) : null))
            .filter((l) => l !== null)
            .join(', ')}{' '}
          <span class="muted">in {formatMs(locked.responseMs)}</span>
        </p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
