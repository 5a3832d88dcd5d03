/**
 * Author-side checks that a puzzle plays as intended for a set of seeds: it starts broken (every goal
 * fails except guards, which hold), every reference-solution step succeeds, and afterwards every goal is
 * met. Pure; used by the tests and by `check-cli.ts`.
 */
import { checkGoals } from './goals.js';
import { applySolution, instantiate } from './instance.js';
import type { Puzzle } from './schema.js';

export const DEFAULT_SEEDS: readonly number[] = [1, 2, 7, 42, 1234, 99991];

export interface VerifyProblem {
  puzzle: string;
  seed: number;
  message: string;
}

export function verifyPuzzle(puzzle: Puzzle, seeds: readonly number[] = DEFAULT_SEEDS): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  for (const seed of seeds) {
    const report = (message: string) => problems.push({ puzzle: puzzle.id, seed, message });
    let inst;
    try {
      inst = instantiate(puzzle, seed);
    } catch (e) {
      report(`set-up failed: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const before = checkGoals(inst.cluster, inst);
    for (const g of before) {
      if (g.guard && !g.met) report(`guard goal "${g.id}" does not hold at the start: ${g.detail}`);
      if (!g.guard && g.met) report(`goal "${g.id}" is already met at the start: ${g.detail}`);
    }
    const team = inst.cluster.fork();
    for (const step of applySolution(team, inst))
      if (step.exitCode !== 0) report(`solution step failed: ${step.command}\n${step.stderr.trim()}`);
    for (const g of checkGoals(team, inst))
      if (!g.met) report(`goal "${g.id}" is not met after the solution: ${g.detail}`);
  }
  return problems;
}
