import type { PracticeFeedback, PracticeQuestionView } from '../../../../server/protocol/index.js';
import { ChoiceTile, type ChoiceMark } from '../shared/choice-tile.js';
import { Explanation } from '../shared/explanation.js';
import { RichText } from '../shared/rich-text.js';
import { Verdict } from '../shared/verdict.js';

interface Props {
  feedback: PracticeFeedback;
  /** The question just answered, for its prompt and tiles (null if the set changed under the run). */
  question: PracticeQuestionView | null;
}

/** Right or wrong, the explanation, and for each wrong pick why it is wrong. */
export function PracticeFeedbackPanel({ feedback: f, question: q }: Props) {
  const title = f.correct ? 'Correct!' : f.timedOut ? "Time's up" : 'Not quite';
  const mark = (id: string): ChoiceMark =>
    f.correctChoiceIds.includes(id) ? 'correct' : f.chosenChoiceIds.includes(id) ? 'wrong' : null;
  return (
    <section
      class="practice-feedback"
      data-testid="practice-feedback"
      data-correct={String(f.correct)}
      data-question-id={f.questionId}
      aria-labelledby="practice-verdict"
    >
      <Verdict
        correct={f.correct}
        title={title}
        points={f.points}
        headingId="practice-verdict"
        testId="practice-result"
        pointsTestId="practice-points"
      />
      {q && (
        <>
          <p class="play-reveal__prompt">
            <RichText text={q.prompt} />
          </p>
          <ul class="choices choices--compact">
            {q.choices.map((c, i) => (
              <ChoiceTile key={c.id} choice={c} index={i} mark={mark(c.id)} />
            ))}
          </ul>
        </>
      )}
      <Explanation text={f.explanation} headingId="practice-why" testId="practice-explanation" />
      {f.wrongChoices.length > 0 && (
        <section class="practice-wrong" aria-labelledby="practice-wrong-title">
          <h2 id="practice-wrong-title" class="subhead">
            {f.wrongChoices.length > 1 ? 'Why your picks are wrong' : 'Why your pick is wrong'}
          </h2>
          <ul class="practice-wrong__list">
            {f.wrongChoices.map((w) => (
              <li key={w.id} data-testid="practice-wrong-why" data-choice-id={w.id}>
                <strong>
                  <RichText text={w.text} />
                </strong>
                {': '}
                {w.why ? <RichText text={w.why} /> : <span class="muted">see the explanation above.</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!f.correct && f.chosenChoiceIds.length > 0 && f.wrongChoices.length === 0 && (
        <p class="muted">Your picks were right but incomplete: every correct answer has to be chosen.</p>
      )}
      {f.requeued && (
        <p class="notice" data-testid="practice-requeued">
          This question comes back later in the run, marked “Review”.
        </p>
      )}
    </section>
  );
}
