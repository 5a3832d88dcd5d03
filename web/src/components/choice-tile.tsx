import type { ChoiceView } from '../../../server/protocol/index.js';
import { choiceAriaLabel, choiceLetter } from '../lib/choices.js';
import { RichText } from './rich-text.js';
import { ShapeIcon } from './shape-icon.js';

export type ChoiceMark = 'correct' | 'wrong' | 'picked' | null;

/** A non-interactive choice, as the projector shows it. */
export function ChoiceTile({
  choice,
  index,
  mark = null,
}: {
  choice: ChoiceView;
  index: number;
  mark?: ChoiceMark;
}) {
  return (
    <li
      class={`choice choice--${choice.color} ${mark ? `choice--${mark}` : ''}`}
      aria-label={choiceAriaLabel(choice, index) + (mark === 'correct' ? ' (correct)' : '')}
      data-choice-id={choice.id}
      data-text={choice.text}
    >
      <ShapeIcon shape={choice.shape} />
      <span class="choice__letter" aria-hidden="true">
        {choiceLetter(index)}
      </span>
      <span class="choice__text">
        <RichText text={choice.text} />
      </span>
      {mark === 'correct' && (
        <span class="choice__check" aria-hidden="true">
          ✓
        </span>
      )}
    </li>
  );
}
