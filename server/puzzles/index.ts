/**
 * Debugging puzzles as content (scenarios/puzzles/*.yaml).
 *
 *   const loaded = await loadPuzzleDir();                 // validate every file at start-up
 *   const inst = instantiate(puzzle, teamSeed);           // params drawn, broken cluster built
 *   const team = inst.cluster.fork();                     // the team plays on its own fork
 *   checkGoals(team, inst)                                // [{ id, description, met, detail, guard }]
 *   applySolution(inst.cluster.fork(), inst)              // the reference solution, step by step
 *   verifyPuzzle(puzzle)                                  // author check: broken at start, solution fixes
 *   startAttempt(puzzle, seed) → runCommand / takeHint    // one attempt: a team's round, a practice puzzle
 *
 * Everything except load.ts is pure (no I/O, no clock, no Math.random).
 */
export { loadPuzzles, loadPuzzleDir, buildPuzzleCatalog, defaultPuzzlesDir } from './load.js';
export type { PuzzleCatalog, PuzzleLoadResult } from './load.js';
export { loadPuzzleContent } from './set-puzzles.js';
export { checkPuzzleRefs } from './set-refs.js';
export { parsePuzzleText } from './parse.js';
export type { ParsedPuzzleFile } from './parse.js';
export { puzzleSchema } from './schema.js';
export type { Puzzle, ResolvedPuzzle, Goal, ParamValue, SolutionStep } from './schema.js';
export { instantiate, applySolution, solutionCommands } from './instance.js';
export type { PuzzleInstance, SolutionStepResult } from './instance.js';
export { PuzzleSetupError } from './setup.js';
export type { SetupStep } from './setup.js';
export { PuzzleResolveError } from './resolve.js';
export { checkGoals, allMet } from './goals.js';
export { verifyPuzzle, DEFAULT_SEEDS } from './verify.js';
export type { VerifyProblem } from './verify.js';
export type { GoalResult } from './goals.js';
export * from './attempt/index.js';
