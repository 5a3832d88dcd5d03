import type { PracticeRunView, PracticeSummary } from '../../../../server/protocol/index.js';
import { formatScore } from '../../lib/format.js';
import { formatAccuracy, formatDuration } from '../../lib/practice-format.js';
import { Link } from '../shared/link.js';
import { RichText } from '../shared/rich-text.js';

interface Props {
  run: PracticeRunView;
  summary: PracticeSummary;
  pending: boolean;
  onReview: () => void;
  onAgain: () => void;
}

/** The end of a run: what it scored, what went wrong, and where to go next. */
export function PracticeFinish({ run, summary: s, pending, onReview, onAgain }: Props) {
  return (
    <section
      class="practice-finish"
      data-testid="practice-summary"
      data-score={s.score}
      data-correct={s.correctCount}
      data-questions={s.questionCount}
      data-accuracy={s.accuracy}
      data-duration-ms={s.durationMs}
      data-hints={s.hintsUsed}
      aria-labelledby="practice-finish-title"
    >
      <h1 id="practice-finish-title" class="screen-title">
        {run.kind === 'review' ? 'Review finished' : 'Run finished'}
      </h1>
      <dl class="practice-stats">
        <div class="standing__item">
          <dt>Score</dt>
          <dd>{formatScore(s.score)}</dd>
        </div>
        <div class="standing__item">
          <dt>Accuracy</dt>
          <dd>{formatAccuracy(s.accuracy)}</dd>
          <dd class="standing__of">
            {s.correctCount} of {s.questionCount} right first time
          </dd>
        </div>
        <div class="standing__item">
          <dt>Time</dt>
          <dd>{formatDuration(s.durationMs)}</dd>
        </div>
        <div class="standing__item">
          <dt>Hints used</dt>
          <dd>{s.hintsUsed}</dd>
        </div>
      </dl>
      {run.kind === 'review' && (
        <p class="muted center">Review runs are for learning: they do not count on the leaderboard.</p>
      )}
      {s.mistakes.length > 0 ? (
        <section aria-labelledby="practice-mistakes">
          <h2 id="practice-mistakes" class="subhead">
            Missed the first time
          </h2>
          <ul class="practice-mistakes">
            {s.mistakes.map((m) => (
              <li key={m.questionId} data-testid="practice-mistake" data-question-id={m.questionId}>
                <RichText text={m.prompt} />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p class="notice center">No mistakes: every question right the first time.</p>
      )}
      <div class="actions center">
        {s.mistakes.length > 0 && (
          <button
            type="button"
            class="button button--primary"
            data-testid="practice-review-mistakes"
            disabled={pending}
            onClick={onReview}
          >
            Review my {s.mistakes.length === 1 ? 'mistake' : `${s.mistakes.length} mistakes`}
          </button>
        )}
        <button
          type="button"
          class="button"
          data-testid="practice-again"
          disabled={pending}
          onClick={onAgain}
        >
          Practise this set again
        </button>
        <Link class="button button--ghost" href={`/leaderboards/${encodeURIComponent(run.setId)}`}>
          <span data-testid="practice-leaderboard-link">Leaderboard</span>
        </Link>
        <Link class="button button--ghost" href="/practice">
          My practice
        </Link>
      </div>
    </section>
  );
}
