/**
 * A puzzle in a practice run, built from the classroom's puzzle pieces (terminal, cluster picture, YAML
 * editor, goals, hints, solution). The only difference is the wire: lines and hints go over HTTP through
 * the callbacks, and "give up" replaces the round clock. Once it is over the explanation and the reference
 * solution show with a button to move on.
 */
import type { PracticePuzzleView } from '../../../../server/protocol/index.js';
import { PuzzleBrief } from '../puzzle/puzzle-brief.js';
import { PuzzleWorkspace } from '../puzzle/puzzle-workspace.js';
import { PuzzleExplanation, PuzzleSolution } from '../puzzle/puzzle-solution.js';
import '../../styles/puzzle.css';

/** The terminal's author id for every practice line (server/practice/puzzle-run.ts). */
const LEARNER_ID = 'learner';

interface Props {
  puzzle: PracticePuzzleView;
  pending: boolean;
  /** Runs a line; resolves with the error to show, or null. */
  send: (line: string, files?: Record<string, string>) => Promise<string | null>;
  onHint: () => void;
  onGiveUp: () => void;
  /** After the puzzle: the next item, or the results when the run is finished. */
  onNext: () => void;
  nextLabel: string;
}

export function PracticePuzzle({ puzzle, pending, send, onHint, onGiveUp, onNext, nextLabel }: Props) {
  const over = puzzle.solved || puzzle.gaveUp;
  const readOnly = puzzle.solved ? 'solved' : puzzle.gaveUp ? 'given up' : null;

  return (
    <div class="puzzle" data-testid="practice-puzzle" data-solved={puzzle.solved}>
      <header class="puzzle__head">
        <div>
          <p class="eyebrow">Debugging puzzle · up to {puzzle.maxPoints} points</p>
          <h1 class="puzzle__title">{puzzle.title}</h1>
        </div>
        {!over && (
          <button
            type="button"
            class="button button--small"
            data-testid="practice-give-up"
            disabled={pending}
            onClick={onGiveUp}
          >
            Give up and see the solution
          </button>
        )}
      </header>

      {over && (
        <section class="card" role="status" data-testid="practice-puzzle-result" data-points={puzzle.points}>
          <p class="notice puzzle__solved">
            {puzzle.solved ? `Solved: +${puzzle.points} points.` : 'Given up: no points for this one.'}
          </p>
          <PuzzleExplanation text={puzzle.explanation} />
          <PuzzleSolution steps={puzzle.solution} />
          <div class="actions center">
            <button
              type="button"
              class="button button--primary button--large"
              data-testid="practice-next"
              disabled={pending}
              onClick={onNext}
            >
              {nextLabel}
            </button>
          </div>
        </section>
      )}

      <PuzzleBrief
        work={puzzle}
        guided={puzzle.guided}
        storyOpen
        hintDisabled={pending || readOnly !== null}
        onHint={onHint}
        showNoHints={!over}
      />

      <PuzzleWorkspace work={puzzle} meId={LEARNER_ID} readOnly={readOnly} send={send} />
    </div>
  );
}
