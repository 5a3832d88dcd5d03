import type { ChoiceView } from '../../../../server/protocol/index.js';
import { choiceAriaLabel } from '../../lib/choices.js';
import { ChoiceFace } from './choice-face.js';

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
      <ChoiceFace choice={choice} index={index} check={mark === 'correct'} />
    </li>
  );
}
