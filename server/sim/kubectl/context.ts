/** What every command handler receives, and the result type of a command line. */
import type { Cluster, ProbeResult } from '../api.js';
import type { Flags, FlagSpec } from './args.js';

export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** stdout and stderr interleaved in the order a terminal would show them. */
  output?: string;
  /** Set by `kubectl config set-context --current --namespace=X`: the terminal's new namespace. */
  namespace?: string;
  /** Every network request the line made, in order (exec/run probes, the top-level `curl`): for the
   *  hop-by-hop picture. Absent when the line made none. */
  traces?: ProbeResult[];
}

export interface RunOptions {
  /** Files the client sent along, by the path used in `-f` (`-f web.yaml`). */
  files?: Record<string, string>;
  /** Text for `-f -` and for `exec -i`. */
  stdin?: string;
  /** The terminal's current namespace (default `default`). */
  namespace?: string;
}

/** Thrown by handlers to stop with a message on stderr (kubectl's `cmdutil.CheckErr`). */
export class CmdError extends Error {
  constructor(
    readonly text: string,
    readonly exitCode = 1,
  ) {
    super(text);
  }
}

/** `error: <msg>` plus the usage hint kubectl adds to usage errors. */
export function usageError(cmd: string, msg: string): CmdError {
  return new CmdError(`error: ${msg}\nSee 'kubectl ${cmd} -h' for help and examples`);
}

export interface Ctx {
  cluster: Cluster;
  flags: Flags;
  args: string[];
  /** Words after `--` (null when absent). */
  dashArgs: string[] | null;
  /** `-n`, or the terminal's namespace. */
  namespace: string;
  nsExplicit: boolean;
  opts: RunOptions;
  /** e.g. `create deployment`, for usage hints. */
  cmdPath: string;
  out(text: string): void;
  err(text: string): void;
  /** Mark the command as failed without stopping (kubectl continues past per-object errors). */
  fail(exitCode?: number): void;
  /** Change the terminal's namespace for the following command lines. */
  setNamespace(ns: string): void;
  /** Record the network requests a container command made (they end up in `KubectlResult.traces`). */
  trace(traces: readonly ProbeResult[]): void;
}

/**
 * What a command's positional arguments name, for shell completion: `resources` is kubectl's
 * `TYPE[/NAME] [NAME...]` (or `TYPE/NAME ...`), `pod` a pod's name, `node` a node's name.
 */
export type Operand = 'resources' | 'pod' | 'node';

export interface Command {
  path: string[];
  flags: FlagSpec[];
  /** What the positional arguments name, in order (none: free words, or nothing). */
  operands?: Operand[];
  run(ctx: Ctx): void;
}
