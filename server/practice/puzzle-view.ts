/**
 * The learner's view of a practice puzzle. Like the classroom's team view (server/game/puzzle/views.ts)
 * every field is copied one by one: the state holds the answer. Goal details can name the fix, so they,
 * the explanation and the reference solution appear only once the puzzle is over.
 */
import { viewModelOf } from '../game/puzzle/cluster.js';
import type { PracticePuzzleView } from '../protocol/practice.js';
import type { PracticePuzzle } from './content.js';
import { solvedPoints, type PracticePuzzleState } from './puzzle-run.js';

const TERMINAL_LINES = 200;

export function practicePuzzleView(item: PracticePuzzle, run: PracticePuzzleState): PracticePuzzleView {
  const over = run.outcome !== 'playing';
  const taken = run.hintsTaken.length;
  return {
    kind: 'puzzle',
    id: item.id,
    title: item.title,
    story: run.puzzle.story,
    guided: item.def.guided,
    goals: run.goals.map((g) => ({
      id: g.id,
      description: g.description,
      met: g.met,
      guard: g.guard,
      detail: over ? g.detail : null,
    })),
    goalsMet: run.goals.filter((g) => g.met).length,
    solved: run.outcome === 'solved',
    gaveUp: run.outcome === 'gave-up',
    maxPoints: item.points,
    points: run.outcome === 'solved' ? solvedPoints(item, run) : 0,
    hints: run.hintsTaken.map((h) => ({
      index: h.index,
      text: run.hints[h.index]?.text ?? '',
      cost: run.hints[h.index]?.cost ?? 0,
      takenBy: 'you',
      at: h.at,
    })),
    hintCount: run.hints.length,
    nextHintCost: over ? null : (run.hints[taken]?.cost ?? null),
    terminal: run.commands.slice(-TERMINAL_LINES).map((c) => ({ ...c, files: [...c.files] })),
    commandCount: run.commands.length,
    namespace: run.namespace ?? 'default',
    cluster: viewModelOf(run.cluster),
    files: { ...run.files },
    explanation: over ? run.puzzle.explanation : null,
    solution: over ? solutionOf(run) : null,
  };
}

/** The reference solution as the learner would type it (the classroom's rule, `solutionCommands`). */
function solutionOf(run: PracticePuzzleState) {
  return run.puzzle.solution.map((step, i) => {
    if (typeof step === 'string') return { command: step };
    const name = step.file ?? `fix-${i + 1}.yaml`;
    return { command: `kubectl apply -f ${name}`, file: { name, content: step.apply } };
  });
}
