/**
 * What the people working on an attempt see of it (`PuzzleWorkView`: a classroom team's view and a
 * practice puzzle's share it). Every field is copied one by one: the attempt holds the answer, and a
 * spread would carry it to the client. Goal details (they can name the fix), the explanation and the
 * reference solution appear only when the owner says so.
 */
import type { GoalView, PuzzleWorkView, TerminalEntry } from '../../protocol/views.js';
import type { GoalResult } from '../goals.js';
import { solutionCommands } from '../instance.js';
import { nextHintCost, type Attempt } from './attempt.js';
import { viewModelOf } from './cluster.js';

/** Entries a view carries; `commandCount` counts all of them. */
export const TERMINAL_LINES = 200;

export interface AttemptViewOptions {
  /** Goal details: the host always, the players once it is over. */
  details: boolean;
  /** The explanation and the reference solution: once it is over. */
  reveal: boolean;
  /** The owner's verdict and score (a round fixes them when the team solves; a run when it ends). */
  solved: boolean;
  points: number;
  /** Whether the next hint's cost is offered (a practice puzzle that is over offers none). */
  hintsOpen: boolean;
  /** Shown as the taker of hints that carry no author (a practice run's older hints). */
  unattributedTo?: string;
}

export function attemptView(attempt: Attempt, o: AttemptViewOptions): PuzzleWorkView {
  return {
    story: attempt.puzzle.story,
    goals: goalViews(attempt.goals, o.details),
    goalsMet: attempt.goals.filter((g) => g.met).length,
    solved: o.solved,
    points: o.points,
    hints: attempt.hintsTaken.map((h) => ({
      index: h.index,
      text: attempt.hints[h.index]?.text ?? '',
      cost: attempt.hints[h.index]?.cost ?? 0,
      takenBy: h.nickname ?? o.unattributedTo ?? '',
      at: h.at,
    })),
    hintCount: attempt.hints.length,
    nextHintCost: o.hintsOpen ? nextHintCost(attempt) : null,
    terminal: attempt.commands.slice(-TERMINAL_LINES).map(terminalEntryView),
    commandCount: attempt.commands.length,
    namespace: attempt.namespace ?? 'default',
    cluster: viewModelOf(attempt.cluster),
    files: { ...attempt.files },
    explanation: o.reveal ? attempt.puzzle.explanation : null,
    // The reference solution as a player would type it.
    solution: o.reveal ? solutionCommands(attempt) : null,
  };
}

export function goalViews(goals: readonly GoalResult[], details: boolean): GoalView[] {
  return goals.map((g) => ({
    id: g.id,
    description: g.description,
    met: g.met,
    guard: g.guard,
    detail: details ? g.detail : null,
  }));
}

export function terminalEntryView(c: TerminalEntry): TerminalEntry {
  return {
    seq: c.seq,
    playerId: c.playerId,
    nickname: c.nickname,
    line: c.line,
    files: [...c.files],
    output: c.output,
    truncated: c.truncated,
    exitCode: c.exitCode,
    at: c.at,
    ...(c.traces ? { traces: c.traces } : {}),
  };
}
