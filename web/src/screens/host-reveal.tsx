import { ChoiceTile } from '../components/shared/choice-tile.js';
import { Explanation } from '../components/shared/explanation.js';
import { HostControls } from '../components/game/host-controls.js';
import { QuestionHeader } from '../components/game/question-header.js';
import { RevealBars } from '../components/game/reveal-bars.js';
import type { HostView, PlayerResult } from '../../../server/protocol/index.js';
import { formatPoints } from '../lib/format.js';
import type { ActionRunner } from '../net/use-action.js';

export function HostReveal({ view, action }: { view: HostView; action: ActionRunner }) {
  const q = view.question;
  const reveal = view.reveal;
  if (!q || !reveal) return null;
  const results = [...reveal.results].sort(
    (a, b) => b.points - a.points || a.nickname.localeCompare(b.nickname),
  );
  return (
    <div class="host-game" data-testid="reveal">
      <QuestionHeader question={q} />
      <div class="reveal-grid">
        <div>
          <ul class="choices choices--host choices--compact" aria-label="Choices">
            {q.choices.map((c, i) => (
              <ChoiceTile
                key={c.id}
                choice={c}
                index={i}
                mark={reveal.correctChoiceIds.includes(c.id) ? 'correct' : 'wrong'}
              />
            ))}
          </ul>
          <Explanation text={reveal.explanation} headingId="why-heading" testId="explanation" />
        </div>
        <div>
          <RevealBars choices={q.choices} reveal={reveal} />
          <ResultList results={results} />
        </div>
      </div>
      <HostControls view={view} action={action} />
    </div>
  );
}

function ResultList({ results }: { results: PlayerResult[] }) {
  if (results.length === 0) return null;
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading">Players</h2>
      <ul class="results__list">
        {results.map((r) => (
          <li
            key={r.playerId}
            class={`results__item ${r.correct ? 'results__item--right' : 'results__item--wrong'}`}
            data-testid="player-result"
            data-nickname={r.nickname}
            data-correct={String(r.correct)}
            data-points={r.points}
          >
            <span class="results__mark" aria-hidden="true">
              {r.correct ? '✓' : '✗'}
            </span>
            <span class="nickname">{r.nickname}</span>
            <span class="sr-only">{r.correct ? 'right' : r.answered ? 'wrong' : 'no answer'}</span>
            {!r.answered && <span class="tag">no answer</span>}
            <span class="results__points">{formatPoints(r.points)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
