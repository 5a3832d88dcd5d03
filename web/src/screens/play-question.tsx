import { useEffect, useRef, useState } from 'preact/hooks';
import { ChoiceButton } from '../components/choice-button.js';
import { Countdown } from '../components/countdown.js';
import { ErrorMessage } from '../components/error-message.js';
import { QuestionHeader } from '../components/question-header.js';
import type { PlayerView } from '../../../server/protocol/index.js';
import {
  choiceIndexForKey,
  choiceLetter,
  orderedSelection,
  submitsOnTap,
  toggleChoice,
} from '../lib/choices.js';
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
  const pickRef = useRef<(id: string) => void>(() => undefined);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const index = q ? choiceIndexForKey(event.key, q.choices.length) : null;
      const choice = index === null ? undefined : q?.choices[index];
      if (!choice) return;
      event.preventDefault();
      pickRef.current(choice.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [q]);

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
  pickRef.current = onPick;

  const lockedIds = locked?.choiceIds ?? [];
  return (
    <div class="play-question">
      <QuestionHeader question={q} />
      {view.clock && <Countdown clock={view.clock} receivedAt={receivedAt} limitMs={q.timeLimitMs} />}
      <div
        class={`choices choices--play ${q.type === 'truefalse' ? 'choices--two' : ''}`}
        role="group"
        aria-label="Answers"
      >
        {q.choices.map((c, i) => (
          <ChoiceButton
            key={c.id}
            choice={c}
            index={i}
            toggle={!tap}
            picked={locked ? lockedIds.includes(c.id) : selected.includes(c.id)}
            disabled={pending || locked !== null}
            onPick={onPick}
          />
        ))}
      </div>
      {!locked && (
        <p class="key-hint">
          Keyboard: press 1–{q.choices.length} or A–{choiceLetter(q.choices.length - 1)}
          {tap ? ' to answer' : ' to select, then Submit'}
        </p>
      )}
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

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
