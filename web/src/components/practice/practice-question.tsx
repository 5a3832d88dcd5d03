import { useState } from 'preact/hooks';
import type { PracticeClockView, PracticeQuestionView } from '../../../../server/protocol/index.js';
import { orderedSelection, submitsOnTap, toggleChoice } from '../../lib/choices.js';
import { ChoiceGrid, KeyHint } from '../shared/choice-grid.js';
import { Countdown } from '../shared/countdown.js';
import { RichText } from '../shared/rich-text.js';

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

  const onPick = (id: string) => {
    if (pending) return;
    if (tap) onSubmit([id]);
    else setSelected((s) => toggleChoice(s, id));
  };

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
      <ChoiceGrid
        choices={q.choices}
        type={q.type}
        isPicked={(id) => selected.includes(id)}
        disabled={pending}
        onPick={onPick}
      />
      <KeyHint count={q.choices.length} type={q.type} confirm="Check" />
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
