import type { PlayerView } from '../../../server/protocol/index.js';
import { ClusterPicture } from '../components/puzzle/cluster-picture.js';
import { GoalList } from '../components/puzzle/puzzle-goals.js';
import { PuzzleExplanation, PuzzleSolution, TeamResults } from '../components/puzzle/puzzle-solution.js';
import '../styles/puzzle.css';

/** After the round: how my team did, why it broke, a reference solution, and every team's result. */
export function PlayPuzzleReveal({ view }: { view: PlayerView }) {
  const puzzle = view.puzzle;
  const team = puzzle?.team ?? null;
  return (
    <div class="puzzle-reveal" data-testid="puzzle-reveal">
      <p class="eyebrow">Puzzle round over</p>
      <h1>{puzzle?.round.title ?? 'Puzzle'}</h1>
      {team && (
        <p
          class={`notice puzzle-reveal__verdict ${team.solved ? 'is-solved' : 'is-unsolved'}`}
          data-testid="puzzle-result"
          data-solved={team.solved}
          data-points={team.points}
        >
          {team.solved
            ? `${team.name} solved it: +${team.points} points.`
            : `${team.name} met ${team.goalsMet} of ${team.goals.length} goals. No points this time.`}
        </p>
      )}
      <div class="puzzle-reveal__grid">
        <div class="card">
          <PuzzleExplanation text={team?.explanation ?? null} />
          <PuzzleSolution steps={team?.solution ?? null} />
        </div>
        <div class="card">
          {team && (
            <>
              <h2 class="puzzle__h">Your goals</h2>
              <GoalList goals={team.goals} guided={puzzle?.round.guided} />
            </>
          )}
          {puzzle?.results && puzzle.results.length > 0 && (
            <>
              <h2 class="puzzle__h">Teams</h2>
              <TeamResults results={puzzle.results} mine={team?.teamId ?? null} />
            </>
          )}
        </div>
      </div>
      {team && (
        <details class="card puzzle-reveal__cluster">
          <summary>Your cluster at the end</summary>
          <ClusterPicture view={team.cluster} />
        </details>
      )}
    </div>
  );
}
