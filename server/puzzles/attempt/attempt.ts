/**
 * One attempt at one puzzle instance, by one or more people: a classroom team's copy of a round, or a
 * learner's puzzle in a practice run. The rules every owner shares live here: start from a seed, run a
 * command on the attempt's cluster (attributed to its author), re-check the goals after it, take hints,
 * and end as solved once the goals all hold. Whatever is the owner's own (teams, deadlines, pausing,
 * rate limits, one learner, giving up) stays with the owner, which also draws the seed.
 *
 * A command can come from any client: the terminal today, an API front end later. The author and the
 * command's description (`line`, as the terminal shows it) are inputs, never assumptions.
 *
 * Plain JSON like the states that hold it: the cluster is a sim snapshot (JSON-safe and structurally
 * shared with the live cluster, see cluster.ts), so an attempt saves, restores and replays as one value.
 */
import { MAX_COMMAND_LENGTH } from '../../protocol/events.js';
import { neutraliseControls, neutraliseLine } from '../../protocol/terminal-text.js';
import type { TerminalEntry } from '../../protocol/views.js';
import type { ClusterSnapshot } from '../../sim/index.js';
import { allMet, type GoalResult } from '../goals.js';
import { instantiate } from '../instance.js';
import type { Puzzle, ResolvedPuzzle } from '../schema.js';
import { goalsOf, runLine, simNow, type CommandRun } from './cluster.js';
import { fail, ok, type Result } from './errors.js';

/** Who ran a command or took a hint. */
export interface Author {
  id: string;
  nickname: string;
}

export interface HintTaken {
  index: number;
  at: number;
  /** Who asked; absent on hints of practice runs saved before hints carried their author. */
  playerId?: string;
  nickname?: string;
}

/** The attempt's state. `puzzle` holds the answer (solution): views pick fields one by one. */
export interface Attempt {
  /** Seed of this instance (parameters and cluster), drawn by the owner. */
  seed: number;
  puzzle: ResolvedPuzzle;
  /** In order; `cost` is what taking the hint costs. */
  hints: { text: string; cost: number }[];
  /** Files preloaded in the YAML editor, by name. */
  files: Record<string, string>;
  cluster: ClusterSnapshot;
  /** Simulated time when the attempt started; the cluster's clock follows the time played from there. */
  clusterStart: number;
  goals: GoalResult[];
  /** Exactly what a terminal shows (nothing about a command is secret), so the state type is the view's. */
  commands: TerminalEntry[];
  /** The terminal's namespace after `config set-context --current --namespace=X` (absent: `default`). */
  namespace?: string;
  hintsTaken: HintTaken[];
  /** When the goals all held after a command (null before; absent in practice runs saved before). */
  solvedAt: number | null;
}

/** A fresh attempt: the puzzle instantiated from `seed` (the owner draws it from its own generator). */
export function startAttempt(def: Puzzle, seed: number): Attempt {
  const instance = instantiate(def, seed);
  const cluster = instance.cluster.fork().snapshot();
  return {
    seed,
    puzzle: instance.puzzle,
    hints: instance.hints,
    files: instance.files,
    cluster,
    clusterStart: simNow(cluster),
    goals: goalsOf(cluster, instance.puzzle.goals),
    commands: [],
    hintsTaken: [],
    solvedAt: null,
  };
}

/** Over once solved: a solved attempt takes no more commands or hints. */
export const isSolved = (attempt: Pick<Attempt, 'solvedAt'>): boolean => attempt.solvedAt != null;

export const hintCost = (attempt: Pick<Attempt, 'hints' | 'hintsTaken'>): number =>
  attempt.hintsTaken.reduce((sum, h) => sum + (attempt.hints[h.index]?.cost ?? 0), 0);

/** Cost of the next hint, null when none is left. */
export const nextHintCost = (attempt: Pick<Attempt, 'hints' | 'hintsTaken'>): number | null =>
  attempt.hints[attempt.hintsTaken.length]?.cost ?? null;

export interface CommandInput {
  /** The command as the terminal shows it: the kubectl line typed (later also an API request). */
  line: string;
  /** Manifests sent along for `apply -f <name>`, by name; the entry keeps only their names. */
  files?: Record<string, string> | undefined;
  author: Author;
  now: number;
  /**
   * How long the attempt has been played, as its owner counts it (a round leaves paused spans out):
   * the cluster's clock is moved to its start plus this, so AGE columns follow the play.
   */
  elapsedMs: number;
}

export interface CommandOutcome<A extends Attempt> {
  attempt: A;
  /** The terminal entry appended to `attempt.commands`. */
  entry: TerminalEntry;
  /** This command solved the attempt (its goals all hold now). */
  solved: boolean;
}

/**
 * Would `line` be accepted? The trimmed line, or why not. `runCommand` checks the same; an owner that
 * spends something per command (a rate-limit token) asks first, so a refused line costs nothing.
 */
export function checkCommand(attempt: Pick<Attempt, 'solvedAt'>, line: string): Result<string> {
  if (isSolved(attempt)) return fail('puzzle/already-solved', 'this puzzle is already solved');
  const trimmed = line.trim();
  if (trimmed.length === 0) return fail('puzzle/invalid-command', 'type a command first');
  if (line.length > MAX_COMMAND_LENGTH)
    return fail('puzzle/invalid-command', `a command line has at most ${MAX_COMMAND_LENGTH} characters`);
  return ok(trimmed);
}

/**
 * Runs one command on the attempt's cluster (on a fork: the old snapshot never changes), appends the
 * attributed entry to its terminal and re-checks the goals; when they all hold the attempt is solved.
 * Generic so an owner's extra fields (a team id, a run's item id) come back unchanged.
 */
export function runCommand<A extends Attempt>(attempt: A, input: CommandInput): Result<CommandOutcome<A>> {
  const line = checkCommand(attempt, input.line);
  if (!line.ok) return line;
  const files = { ...attempt.files, ...(input.files ?? {}) };
  const clusterTime = attempt.clusterStart + input.elapsedMs;
  const run = runLine(attempt.cluster, line.data, files, clusterTime, attempt.namespace);
  return ok(record(attempt, { ...input, line: line.data }, run));
}

/**
 * What a command did, recorded: kept apart from running it so another kind of command can share it.
 * Every member's terminal prints the entry, so what one client sent (the line, file names) and what the
 * cluster echoed back of it (the output) are made inert for a terminal here, once, for every viewer and
 * for the command log; the line ran as typed.
 */
function record<A extends Attempt>(attempt: A, input: CommandInput, run: CommandRun): CommandOutcome<A> {
  const goals = goalsOf(run.snapshot, attempt.puzzle.goals);
  const entry: TerminalEntry = {
    seq: attempt.commands.length + 1,
    playerId: input.author.id,
    nickname: neutraliseLine(input.author.nickname),
    line: neutraliseLine(input.line),
    files: Object.keys(input.files ?? {}).map(neutraliseLine),
    output: neutraliseControls(run.output),
    truncated: run.truncated,
    exitCode: run.exitCode,
    at: input.now,
    ...(run.traces ? { traces: run.traces } : {}),
  };
  const solved = allMet(goals);
  const next: A = {
    ...attempt,
    cluster: run.snapshot,
    goals,
    commands: [...attempt.commands, entry],
    ...(run.namespace !== (attempt.namespace ?? 'default') ? { namespace: run.namespace } : {}),
    solvedAt: solved ? input.now : null,
  };
  return { attempt: next, entry, solved };
}

/** Reveals the next hint, attributed; its cost comes off the points if the attempt solves. */
export function takeHint<A extends Attempt>(attempt: A, input: { author: Author; now: number }): Result<A> {
  if (isSolved(attempt)) return fail('puzzle/already-solved', 'this puzzle is already solved');
  const index = attempt.hintsTaken.length;
  if (index >= attempt.hints.length) return fail('puzzle/no-more-hints', 'every hint is taken already');
  const taken: HintTaken = {
    index,
    playerId: input.author.id,
    nickname: input.author.nickname,
    at: input.now,
  };
  return ok({ ...attempt, hintsTaken: [...attempt.hintsTaken, taken] });
}
