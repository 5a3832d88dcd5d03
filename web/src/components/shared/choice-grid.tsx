import { useEffect, useRef } from 'preact/hooks';
import type { ChoiceView, QuestionType } from '../../../../server/protocol/index.js';
import { choiceIndexForKey, choiceLetter, submitsOnTap } from '../../lib/choices.js';
import { ChoiceButton } from './choice-button.js';

interface Props {
  choices: readonly ChoiceView[];
  type: QuestionType;
  isPicked: (choiceId: string) => boolean;
  disabled: boolean;
  /** Called for a tap and for a 1–8 / A–H key press alike. */
  onPick: (choiceId: string) => void;
}

/** The answer buttons of a question, in the game and in practice, with the keyboard shortcuts. */
export function ChoiceGrid({ choices, type, isPicked, disabled, onPick }: Props) {
  // A ref, so the window listener always calls the newest onPick without re-subscribing every render.
  const pickRef = useRef(onPick);
  pickRef.current = onPick;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const index = choiceIndexForKey(event.key, choices.length);
      const choice = index === null ? undefined : choices[index];
      if (!choice) return;
      event.preventDefault();
      pickRef.current(choice.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [choices]);

  const tap = submitsOnTap(type);
  return (
    <div
      class={`choices choices--play ${type === 'truefalse' ? 'choices--two' : ''}`}
      role="group"
      aria-label="Answers"
    >
      {choices.map((c, i) => (
        <ChoiceButton
          key={c.id}
          choice={c}
          index={i}
          toggle={!tap}
          picked={isPicked(c.id)}
          disabled={disabled}
          onPick={onPick}
        />
      ))}
    </div>
  );
}

/** "Keyboard: press 1–4 or A–D …"; `confirm` names the button that sends a multiple-choice pick. */
export function KeyHint({ count, type, confirm }: { count: number; type: QuestionType; confirm: string }) {
  return (
    <p class="key-hint">
      Keyboard: press 1–{count} or A–{choiceLetter(count - 1)}
      {submitsOnTap(type) ? ' to answer' : ` to select, then ${confirm}`}
    </p>
  );
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
