/**
 * The brief above a puzzle's work area: the story, the goals with their live status and the hints.
 * Shared by classroom rounds (play-puzzle) and practice runs (practice-puzzle).
 */
import type { ComponentChildren } from 'preact';
import type { PuzzleWorkView } from '../../../../server/protocol/index.js';
import { GoalList, HintList } from './puzzle-goals.js';
import { RichText } from '../shared/rich-text.js';

interface Props {
  work: PuzzleWorkView;
  guided: boolean;
  storyOpen: boolean;
  hintDisabled: boolean;
  onHint: () => void;
  /** Whether to say so when no hint is left (practice hides it once the puzzle is over). */
  showNoHints: boolean;
  /** Shown under the hints, e.g. the last action's error. */
  children?: ComponentChildren;
}

export function PuzzleBrief({ work, guided, storyOpen, hintDisabled, onHint, showNoHints, children }: Props) {
  return (
    <section class="puzzle__brief card">
      <details class="puzzle__story" open={storyOpen}>
        <summary>Story</summary>
        <p data-testid="puzzle-story">
          <RichText text={work.story} />
        </p>
      </details>
      <div class="puzzle__goals">
        <h2 class="puzzle__h">
          Goals{' '}
          <span class="muted">
            {work.goalsMet}/{work.goals.length}
          </span>
        </h2>
        <GoalList goals={work.goals} guided={guided} />
      </div>
      <div class="puzzle__hints">
        <h2 class="puzzle__h">Hints</h2>
        <HintList hints={work.hints} />
        {work.nextHintCost !== null ? (
          <button
            type="button"
            class="button button--small"
            data-testid="hint-button"
            data-cost={work.nextHintCost}
            disabled={hintDisabled}
            onClick={onHint}
          >
            Take hint {work.hints.length + 1} of {work.hintCount}
            {work.nextHintCost > 0 ? ` (−${work.nextHintCost} pts)` : ' (free)'}
          </button>
        ) : (
          showNoHints && (
            <p class="muted">{work.hintCount === 0 ? 'No hints for this one.' : 'No hints left.'}</p>
          )
        )}
        {children}
      </div>
    </section>
  );
}
