import type { SolutionStepView, TeamResult } from '../../../../server/protocol/index.js';
import { RichText } from '../shared/rich-text.js';

export function PuzzleExplanation({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <section class="puzzle-explanation" data-testid="puzzle-explanation">
      <h2 class="puzzle__h">Why it broke</h2>
      <p>
        <RichText text={text} />
      </p>
    </section>
  );
}

/** The reference solution as commands (and the manifests they apply). */
export function PuzzleSolution({ steps }: { steps: readonly SolutionStepView[] | null }) {
  if (!steps || steps.length === 0) return null;
  return (
    <section class="puzzle-solution" data-testid="puzzle-solution">
      <h2 class="puzzle__h">A reference solution</h2>
      <ol class="solution">
        {steps.map((s, i) => (
          <li key={i} class="solution__step" data-testid="solution-step" data-command={s.command}>
            <pre class="solution__command">$ {s.command}</pre>
            {s.file && (
              <details class="solution__file">
                <summary>{s.file.name}</summary>
                <pre>{s.file.content}</pre>
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Every team's result of the round, best first. */
export function TeamResults({ results, mine }: { results: readonly TeamResult[]; mine?: string | null }) {
  const sorted = [...results].sort(
    (a, b) =>
      b.points - a.points || Number(b.solved) - Number(a.solved) || (a.solvedInMs ?? 0) - (b.solvedInMs ?? 0),
  );
  return (
    <table class="team-results">
      <caption class="sr-only">Team results</caption>
      <thead>
        <tr>
          <th scope="col">Team</th>
          <th scope="col">Solved</th>
          <th scope="col">Goals</th>
          <th scope="col">Hints</th>
          <th scope="col">Commands</th>
          <th scope="col">Points</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr
            key={r.teamId}
            class={r.teamId === mine ? 'is-mine' : ''}
            data-testid="team-result"
            data-team={r.teamId}
            data-solved={r.solved}
            data-points={r.points}
          >
            <th scope="row">
              {r.name}
              <span class="team-results__members muted"> {r.members.map((m) => m.nickname).join(', ')}</span>
            </th>
            <td>{r.solved ? `✓ ${Math.round((r.solvedInMs ?? 0) / 1000)} s` : '—'}</td>
            <td>
              {r.goalsMet}/{r.goalCount}
            </td>
            <td>{r.hintsTaken}</td>
            <td>{r.commandCount}</td>
            <td>{r.points}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
