/**
 * A puzzle made concrete for one team: parameters drawn from the seed, texts resolved, and the broken
 * starting cluster built. The room forks `instance.cluster` for the team (teams that should get
 * different parameters get their own instance from their own seed).
 */
import type { Cluster } from '../sim/index.js';
import { runKubectl } from '../sim/kubectl/index.js';
import { mixSeed, resolveParams } from './params.js';
import { resolvePuzzle } from './resolve.js';
import type { ParamValue, Puzzle, ResolvedPuzzle } from './schema.js';
import { buildStartCluster, editorFiles } from './setup.js';
import type { SetupStep } from './setup.js';

export interface PuzzleInstance {
  puzzleId: string;
  seed: number;
  /** Drawn params plus the captures recorded during set-up. */
  params: Readonly<Record<string, ParamValue>>;
  /** Every text final and every number a number. */
  puzzle: ResolvedPuzzle;
  /** In order; `cost` is what taking the hint costs. */
  hints: { text: string; cost: number }[];
  /** Files for the YAML editor, by name. */
  files: Record<string, string>;
  /** The broken starting cluster. Fork it; do not play on it directly. */
  cluster: Cluster;
  /** What set-up ran, for authors and debugging (never shown to players: it gives the answer away). */
  setup: SetupStep[];
}

export function instantiate(puzzle: Puzzle, seed: number): PuzzleInstance {
  const drawn = resolveParams(puzzle.params, seed, puzzle.id);
  const { cluster, captures, transcript } = buildStartCluster(
    puzzle,
    drawn,
    mixSeed(seed, `cluster:${puzzle.id}`),
  );
  const params = { ...drawn, ...captures };
  const resolved = resolvePuzzle(puzzle, params);
  return {
    puzzleId: puzzle.id,
    seed,
    params,
    puzzle: resolved,
    hints: resolved.hints.map((h) => (typeof h === 'string' ? { text: h, cost: resolved.hintCost } : h)),
    files: editorFiles(puzzle, params),
    cluster,
    setup: transcript,
  };
}

export interface SolutionStepResult {
  /** The command line as a player would type it. */
  command: string;
  /** The manifest sent along with `apply -f`, if any. */
  file?: { name: string; content: string };
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * The command line and file of each reference-solution step, as shown after the round. Takes anything
 * with the resolved puzzle: an attempt keeps only that, not the whole instance with its live cluster.
 */
export function solutionCommands(
  instance: Pick<PuzzleInstance, 'puzzle'>,
): { command: string; file?: { name: string; content: string } }[] {
  return instance.puzzle.solution.map((step, i) => {
    if (typeof step === 'string') return { command: step };
    const name = step.file ?? `fix-${i + 1}.yaml`;
    return { command: `kubectl apply -f ${name}`, file: { name, content: step.apply } };
  });
}

/** Runs the reference solution on `cluster` (a fork of the instance's cluster) through kubectl. */
export function applySolution(cluster: Cluster, instance: PuzzleInstance): SolutionStepResult[] {
  return solutionCommands(instance).map(({ command, file }) => {
    const files = file ? { ...instance.files, [file.name]: file.content } : instance.files;
    const r = runKubectl(cluster, command, { files });
    return file ? { command, file, ...r } : { command, ...r };
  });
}
