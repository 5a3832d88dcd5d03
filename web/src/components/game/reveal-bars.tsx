import type { ChoiceView, RevealCommon } from '../../../../server/protocol/index.js';
import { choiceLetter, revealBars } from '../../lib/choices.js';
import { ShapeIcon } from '../shared/shape-icon.js';

/** How many players picked each choice, with the correct ones marked. */
export function RevealBars({ choices, reveal }: { choices: ChoiceView[]; reveal: RevealCommon }) {
  const { bars, noAnswerShare } = revealBars(
    choices,
    reveal.counts,
    reveal.correctChoiceIds,
    reveal.noAnswerCount,
  );
  return (
    <ul class="bars" aria-label="Answers per choice">
      {bars.map((b) => (
        <li
          key={b.choice.id}
          class={`bar choice--${b.choice.color} ${b.correct ? 'bar--correct' : 'bar--wrong'}`}
          data-testid={`count-${b.index}`}
          data-choice-id={b.choice.id}
          data-count={b.count}
        >
          <span class="bar__label">
            <ShapeIcon shape={b.choice.shape} />
            <span aria-hidden="true">{choiceLetter(b.index)}</span>
            <span class="sr-only">
              Choice {choiceLetter(b.index)} ({b.choice.shape}){b.correct ? ', correct' : ''}:
            </span>
          </span>
          <span class="bar__track">
            <span class="bar__fill" style={{ width: `${Math.max(b.share * 100, 2)}%` }} />
          </span>
          <span class="bar__count">
            {b.count}
            {b.correct && (
              <span class="bar__tick" aria-hidden="true">
                {' '}
                ✓
              </span>
            )}
          </span>
        </li>
      ))}
      <li class="bar bar--none" data-testid="no-answer-count" data-count={reveal.noAnswerCount}>
        <span class="bar__label">No answer</span>
        <span class="bar__track">
          <span class="bar__fill" style={{ width: `${Math.max(noAnswerShare * 100, 2)}%` }} />
        </span>
        <span class="bar__count">{reveal.noAnswerCount}</span>
      </li>
    </ul>
  );
}
