/**
 * The words the terminal understands, as data: the programs, the (sub)commands with their flags (which
 * take a value, which values), what their arguments name, the global flags, the resource types with
 * their short names, and the `node` commands. The web client's Tab completion gets this through the
 * protocol (`npm run gen:protocol` writes it to server/protocol/generated/), so completion offers what
 * the command table accepts instead of a hand-kept copy of it.
 */
import type { FlagSpec } from './args.js';
import { NODE_COMMANDS } from './cmd/node.js';
import { COMMANDS, SUBCOMMAND_PARENTS } from './commands.js';
import type { Command, Operand } from './context.js';
import { KUBECTL_NAMES, OTHER_PROGRAMS } from './dispatch.js';
import { GLOBAL_FLAGS } from './flags.js';
import { CATEGORIES, RESOURCE_TYPES } from './resources.js';

const flagWords = (specs: readonly FlagSpec[]) =>
  specs.flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]);

/** Flags whose value is the next word (`-n default`); an `opt` flag (`--dry-run`) takes one only after `=`. */
const valueFlagWords = (specs: readonly FlagSpec[]) =>
  flagWords(specs.filter((f) => f.kind !== 'bool' && f.kind !== 'opt'));

/** Each spelling of a flag that has a fixed list of values, with the list. */
function flagValues(specs: readonly FlagSpec[]): Record<string, string[]> | undefined {
  const out: Record<string, string[]> = {};
  for (const f of specs) if (f.values) for (const w of flagWords([f])) out[w] = [...f.values];
  return Object.keys(out).length ? out : undefined;
}

const pathOf = (c: Command) => c.path.join(' ');

/**
 * The fields added after the first version (programs, valueFlags, flagValues, operands, globalValueFlags,
 * categories, nodeCommands) are optional in the type only, so vocabularies written by hand for tests
 * stay valid; this function always fills them.
 */
export function kubectlVocabulary(): {
  /** Programs the terminal runs (anything else is `command not found`): kubectl with its alias, node, curl. */
  programs?: { name: string; aliases?: string[] }[];
  commands: {
    /** The command path: `get`, `create deployment`, `create svc nodeport` (aliases have entries too). */
    name: string;
    subcommands?: string[];
    /** Its own flags, long and short spellings; every command also takes `globalFlags`. */
    flags: string[];
    /** Those of `flags` whose value is the next word. */
    valueFlags?: string[];
    /** Flags with a fixed list of values, by spelling (`-o`: json, name, wide, yaml, jsonpath=...). */
    flagValues?: Record<string, string[]>;
    /** What the positional arguments name, in order (absent: free words, such as a new object's name). */
    operands?: Operand[];
  }[];
  globalFlags: string[];
  /** Those of `globalFlags` whose value is the next word. */
  globalValueFlags?: string[];
  resources: { name: string; shortNames: string[]; kind: string }[];
  /** Words that stand for several resource types (`kubectl get all`). */
  categories?: string[];
  /** `node <command> <node> [<pod>] [-n NAMESPACE]`: the node-level commands of the stale-rule story. */
  nodeCommands?: { name: string; operands?: Operand[]; flags: string[]; valueFlags: string[] }[];
} {
  // An alias (`create svc`, `create deploy`) is a copy of an earlier command with another path and the
  // same handler: it keeps its own entry (so `create svc <Tab>` offers `nodeport`), but its parent does
  // not list it among the subcommands, as kubectl's completion does not offer aliases.
  const seen = new Set<Command['run']>();
  const aliases = new Set<string>();
  for (const c of COMMANDS) {
    if (seen.has(c.run)) aliases.add(pathOf(c));
    seen.add(c.run);
  }
  const commands = COMMANDS.map((c) => {
    const name = pathOf(c);
    const subcommands = COMMANDS.filter(
      (s) =>
        s.path.length === c.path.length + 1 &&
        pathOf(s).startsWith(`${name} `) &&
        // Under an alias every child is an alias too (`create svc nodeport`).
        (aliases.has(name) || !aliases.has(pathOf(s))),
    ).map((s) => s.path[c.path.length] as string);
    const values = flagValues(c.flags);
    return {
      name,
      ...(SUBCOMMAND_PARENTS.has(c.path[0] as string) && subcommands.length > 0 ? { subcommands } : {}),
      flags: flagWords(c.flags),
      valueFlags: valueFlagWords(c.flags),
      ...(values ? { flagValues: values } : {}),
      ...(c.operands ? { operands: [...c.operands] } : {}),
    };
  });
  const [kubectl, ...kubectlAliases] = KUBECTL_NAMES as [string, ...string[]];
  return {
    programs: [
      { name: kubectl, aliases: kubectlAliases },
      ...[...OTHER_PROGRAMS.keys()].map((name) => ({ name })),
    ],
    commands,
    globalFlags: flagWords(GLOBAL_FLAGS),
    globalValueFlags: valueFlagWords(GLOBAL_FLAGS),
    resources: RESOURCE_TYPES.map((r) => ({ name: r.plural, shortNames: [...r.shortNames], kind: r.kind })),
    categories: [...CATEGORIES],
    nodeCommands: NODE_COMMANDS.map((c) => ({
      name: c.name,
      ...(c.operands.length ? { operands: [...c.operands] } : {}),
      flags: flagWords(c.flags),
      valueFlags: valueFlagWords(c.flags),
    })),
  };
}
