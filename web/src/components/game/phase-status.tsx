import type { GameView } from '../../../../server/protocol/index.js';

/** The phases the classroom screens know how to draw; anything else gets a placeholder. */
const CLASSROOM_PHASES: readonly string[] = [
  'lobby',
  'question',
  'reveal',
  'scoreboard',
  'podium',
  'teams',
  'puzzle',
  'puzzle-reveal',
];

export function UnsupportedPhase({ view }: { view: GameView }) {
  if (CLASSROOM_PHASES.includes(view.phase)) return null;
  return <p class="loading">This part of the game ({view.phase}) is not available on this screen yet.</p>;
}

/** Words announced to screen readers when the game moves on. */
export function phaseAnnouncement(view: GameView): string {
  switch (view.phase) {
    case 'lobby':
      return 'Waiting in the lobby for the game to start.';
    case 'question':
      return `Question ${view.questionIndex + 1} of ${view.questionCount}${view.clock?.paused ? ', paused' : ''}.`;
    case 'reveal':
      return `Answer revealed for question ${view.questionIndex + 1}.`;
    case 'scoreboard':
      return 'Scoreboard.';
    case 'teams':
      return 'Puzzle round next: form your teams.';
    case 'puzzle':
      return `Puzzle round running${view.clock?.paused ? ', paused' : ''}.`;
    case 'puzzle-reveal':
      return 'Puzzle round over: explanation and results.';
    case 'podium':
      return view.endedEarly ? 'The game was ended early. Final results.' : 'Game over. Final results.';
    default:
      // Phases added by later modes still get announced, just generically.
      return `The game moved on: ${String(view.phase)}.`;
  }
}

/** The machine-readable phase (for tests and tooling) plus a polite live region for people. */
export function PhaseStatus({ view }: { view: GameView | null }) {
  return (
    <>
      <span class="sr-only" data-testid="phase">
        {view?.phase ?? 'connecting'}
      </span>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {view ? phaseAnnouncement(view) : ''}
      </div>
    </>
  );
}
