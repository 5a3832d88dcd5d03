import { useEffect, useRef, useState } from 'preact/hooks';
import type { PracticeClockView, PracticeQuestionView } from '../../../server/protocol/index.js';
import {
  choiceIndexForKey,
  choiceLetter,
  orderedSelection,
  submitsOnTap,
  toggleChoice,
} from '../lib/choices.js';
import { ChoiceButton } from './choice-button.js';
import { Countdown } from './countdown.js';
import { RichText } from './rich-text.js';

const TYPE_HINT = {
  single: 'Pick one answer',
  multiple: 'Pick every correct answer',
  truefalse: 'True or false',
} as const;

interface Props {
  question: PracticeQuestionView;
  clock: PracticeClockView | null;
  receivedAt: number;
  pending: boolean;
  /** "Question 2 of 4", from the run's progress. */
  label: string;
  onSubmit: (choiceIds: string[]) => void;
}

/** The player's question screen, for one learner: same tiles, same keys, no host and no lobby. */
export function PracticeQuestion({ question: q, clock, receivedAt, pending, label, onSubmit }: Props) {
  const [selected, setSelected] = useState<string[]>([]);
  const tap = submitsOnTap(q.type);
  const pickRef = useRef<(id: string) => void>(() => undefined);

  const onPick = (id: string) => {
    if (pending) return;
    if (tap) onSubmit([id]);
    else setSelected((s) => toggleChoice(s, id));
  };
  pickRef.current = onPick;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const index = choiceIndexForKey(event.key, q.choices.length);
      const choice = index === null ? undefined : q.choices[index];
      if (!choice) return;
      event.preventDefault();
      pickRef.current(choice.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [q]);

  return (
    <section class="play-question practice-question" aria-labelledby="practice-prompt">
      <header class="question-header">
        <p class="question-header__meta">
          <span>{label}</span>
          <span class="pill">{TYPE_HINT[q.type]}</span>
          {q.retry && (
            <span class="pill pill--review" data-testid="practice-review-label">
              Review: you missed this one earlier
            </span>
          )}
          {q.multiplier === 2 && <span class="pill pill--gold">Double points</span>}
          {q.multiplier === 0 && <span class="pill">No points: warm-up</span>}
        </p>
        <h1
          id="practice-prompt"
          class="question-header__prompt"
          data-testid="practice-prompt"
          data-question-id={q.id}
          data-text={q.prompt}
        >
          <RichText text={q.prompt} />
        </h1>
      </header>
      {clock && (
        <Countdown clock={{ ...clock, paused: false }} receivedAt={receivedAt} limitMs={q.timeLimitMs} />
      )}
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
            picked={selected.includes(c.id)}
            disabled={pending}
            onPick={onPick}
          />
        ))}
      </div>
      <p class="key-hint">
        Keyboard: press 1–{q.choices.length} or A–{choiceLetter(q.choices.length - 1)}
        {tap ? ' to answer' : ' to select, then Check'}
      </p>
      {!tap && (
        <button
          type="button"
          class="button button--primary button--large button--block"
          data-testid="practice-submit"
          disabled={pending || selected.length === 0}
          onClick={() => onSubmit(orderedSelection(q.choices, selected))}
        >
          Check {selected.length > 0 ? `(${selected.length} selected)` : ''}
        </button>
      )}
    </section>
  );
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
