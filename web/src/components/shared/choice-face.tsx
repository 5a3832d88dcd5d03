import type { ChoiceView } from '../../../../server/protocol/index.js';
import { choiceLetter } from '../../lib/choices.js';
import { RichText } from './rich-text.js';
import { ShapeIcon } from './shape-icon.js';

/** What a choice looks like inside its button (phone) or tile (projector): shape, letter, text, tick. */
export function ChoiceFace({ choice, index, check }: { choice: ChoiceView; index: number; check: boolean }) {
  return (
    <>
      <ShapeIcon shape={choice.shape} />
      <span class="choice__letter" aria-hidden="true">
        {choiceLetter(index)}
      </span>
      <span class="choice__text">
        <RichText text={choice.text} />
      </span>
      {check && (
        <span class="choice__check" aria-hidden="true">
          ✓
        </span>
      )}
    </>
  );
}
