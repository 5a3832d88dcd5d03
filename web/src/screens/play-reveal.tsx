import { ChoiceTile } from '../components/shared/choice-tile.js';
import { Explanation } from '../components/shared/explanation.js';
import { RichText } from '../components/shared/rich-text.js';
import { Verdict } from '../components/shared/verdict.js';
import type { PlayerView } from '../../../server/protocol/index.js';
import { formatMs, formatScore } from '../lib/format.js';

export function PlayReveal({ view }: { view: PlayerView }) {
  const q = view.question;
  const reveal = view.reveal;
  if (!q || !reveal) return null;
  const you = reveal.you;
  const mine = view.myAnswer?.choiceIds ?? [];
  const verdict = you.correct ? 'Correct!' : you.answered ? 'Not quite' : "Time's up: no answer";
  return (
    <section class="play-reveal" data-testid="reveal" aria-labelledby="verdict">
      <Verdict
        correct={you.correct}
        title={verdict}
        points={you.points}
        headingId="verdict"
        testId={you.correct ? 'reveal-correct' : 'reveal-wrong'}
        pointsTestId="points-earned"
      >
        {you.correct && you.streak > 1 && <p class="verdict__streak">Streak: {you.streak} in a row</p>}
      </Verdict>
      <p class="eyebrow">
        Question {q.index + 1} of {q.count}
      </p>
      <p class="play-reveal__prompt">
        <RichText text={q.prompt} />
      </p>
      <h2 class="subhead">{reveal.correctChoiceIds.length > 1 ? 'Correct answers' : 'Correct answer'}</h2>
      <ul class="choices choices--compact" data-testid="correct-answer">
        {q.choices.map((c, i) =>
          reveal.correctChoiceIds.includes(c.id) ? (
            <ChoiceTile key={c.id} choice={c} index={i} mark="correct" />
          ) : null,
        )}
      </ul>
      {view.myAnswer && (
        <div data-testid="my-answer" data-choice-ids={mine.join(',')}>
          <h2 class="subhead">
            Your answer <span class="subhead__time">in {formatMs(view.myAnswer.responseMs)}</span>
          </h2>
          {!you.correct && (
            <ul class="choices choices--compact">
              {q.choices.map((c, i) =>
                mine.includes(c.id) ? <ChoiceTile key={c.id} choice={c} index={i} mark="picked" /> : null,
              )}
            </ul>
          )}
        </div>
      )}
      <Explanation text={reveal.explanation} headingId="why-heading" testId="explanation" />
      <p class="muted">Total: {formatScore(view.me.score)} points</p>
    </section>
  );
}
