import type { ChoiceView } from '../../../../server/protocol/index.js';
import { choiceAriaLabel } from '../../lib/choices.js';
import { ChoiceFace } from './choice-face.js';

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
      <ChoiceFace choice={choice} index={index} check={picked} />
    </button>
  );
}
