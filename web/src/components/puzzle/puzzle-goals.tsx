import type { GoalView, HintView } from '../../../../server/protocol/index.js';
import { RichText } from '../shared/rich-text.js';

/** Each goal with its live status; guards ("keep the Deployment running") are marked as such. */
export function GoalList({ goals, guided = false }: { goals: readonly GoalView[]; guided?: boolean }) {
  const List = guided ? 'ol' : 'ul';
  return (
    <List class="goals" aria-label="Goals">
      {goals.map((g) => (
        <li
          key={g.id}
          class={`goal ${g.met ? 'is-met' : 'is-open'} ${g.guard ? 'is-guard' : ''}`}
          data-testid="goal"
          data-goal-id={g.id}
          data-met={g.met}
          data-guard={g.guard}
        >
          <span class="goal__mark" aria-hidden="true">
            {g.met ? '✓' : g.guard ? '!' : '○'}
          </span>
          <span class="goal__text">
            <RichText text={g.description} />
            {g.guard && <span class="tag">keep</span>}
            <span class="sr-only">{g.met ? ' (met)' : ' (not met yet)'}</span>
            {g.detail && (
              <span class="goal__detail" data-testid="goal-detail">
                {g.detail}
              </span>
            )}
          </span>
        </li>
      ))}
    </List>
  );
}

/** Hints the team took, oldest first, with who took them and what they cost. */
export function HintList({ hints }: { hints: readonly HintView[] }) {
  if (hints.length === 0) return null;
  return (
    <ol class="hints">
      {hints.map((h) => (
        <li key={h.index} class="hint" data-testid="hint" data-index={h.index} data-cost={h.cost}>
          <p class="hint__text">
            <RichText text={h.text} />
          </p>
          <p class="hint__meta muted">
            Hint {h.index + 1} · taken by <span class="nickname">{h.takenBy}</span>
            {h.cost > 0 ? ` · −${h.cost} pts` : ' · free'}
          </p>
        </li>
      ))}
    </ol>
  );
}
