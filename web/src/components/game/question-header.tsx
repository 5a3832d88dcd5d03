import type { QuestionView } from '../../../../server/protocol/index.js';
import { RichText } from '../shared/rich-text.js';

const TYPE_HINT = {
  single: 'Pick one answer',
  multiple: 'Pick every correct answer',
  truefalse: 'True or false',
} as const;

export function QuestionHeader({ question }: { question: QuestionView }) {
  return (
    <header class="question-header">
      <p class="question-header__meta">
        <span>
          Question {question.index + 1} of {question.count}
        </span>
        <span class="pill">{TYPE_HINT[question.type]}</span>
        {question.multiplier === 2 && <span class="pill pill--gold">Double points</span>}
        {question.multiplier === 0 && <span class="pill">No points: warm-up</span>}
      </p>
      <h1 class="question-header__prompt" data-testid="question-prompt" data-text={question.prompt}>
        <RichText text={question.prompt} />
      </h1>
    </header>
  );
}
