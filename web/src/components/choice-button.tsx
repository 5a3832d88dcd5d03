import type { ChoiceView } from '../../../server/protocol/index.js';
import { choiceAriaLabel, choiceLetter } from '../lib/choices.js';
import { RichText } from './rich-text.js';
import { ShapeIcon } from './shape-icon.js';

interface Props {
  choice: ChoiceView;
  index: number;
  /** Multiple choice buttons are toggles, so they expose aria-pressed. */
  toggle: boolean;
  picked: boolean;
  disabled: boolean;
  onPick: (choiceId: string) => void;
}

export function ChoiceButton({ choice, index, toggle, picked, disabled, onPick }: Props) {
  return (
    <button
      type="button"
      class={`choice choice--${choice.color} choice--button ${picked ? 'choice--picked' : ''}`}
      aria-label={choiceAriaLabel(choice, index)}
      aria-pressed={toggle ? picked : undefined}
      disabled={disabled}
      data-testid={`choice-${index}`}
      data-choice-id={choice.id}
      data-text={choice.text}
      onClick={() => onPick(choice.id)}
    >
      <ShapeIcon shape={choice.shape} />
      <span class="choice__letter" aria-hidden="true">
        {choiceLetter(index)}
      </span>
      <span class="choice__text">
        <RichText text={choice.text} />
      </span>
      {picked && (
        <span class="choice__check" aria-hidden="true">
          ✓
        </span>
      )}
    </button>
  );
}
