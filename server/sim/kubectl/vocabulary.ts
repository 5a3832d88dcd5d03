/**
 * The words the terminal understands, as data: (sub)commands with their flags, the global flags and the
 * resource types with their short names. The web client's Tab completion gets this through the protocol
 * (`npm run gen:protocol` writes it to server/protocol/generated/), so completion offers what the
 * command table accepts instead of a hand-kept copy of it.
 */
import type { FlagSpec } from './args.js';
import { COMMANDS, SUBCOMMAND_PARENTS } from './commands.js';
import type { Command } from './context.js';
import { GLOBAL_FLAGS } from './flags.js';
import { ALIASES } from './resources.js';

const flagWords = (specs: readonly FlagSpec[]) =>
  specs.flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]);

const pathOf = (c: Command) => c.path.join(' ');

export function kubectlVocabulary(): {
  commands: { name: string; subcommands?: string[]; flags: string[] }[];
  globalFlags: string[];
  resources: { name: string; shortNames: string[]; kind: string }[];
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
    const entry: { name: string; subcommands?: string[]; flags: string[] } = {
      name,
      flags: flagWords(c.flags),
    };
    const subcommands = COMMANDS.filter(
      (s) =>
        s.path.length === c.path.length + 1 &&
        pathOf(s).startsWith(`${name} `) &&
        // Under an alias every child is an alias too (`create svc nodeport`).
        (aliases.has(name) || !aliases.has(pathOf(s))),
    ).map((s) => s.path[c.path.length] as string);
    if (SUBCOMMAND_PARENTS.has(c.path[0] as string) && subcommands.length > 0)
      entry.subcommands = subcommands;
    return entry;
  });

  // The first word of a kind is its plural; the singular and the group-qualified spellings
  // (`deployments.apps`) are not short names.
  const words = new Map<string, string[]>();
  for (const [word, kind] of Object.entries(ALIASES)) words.set(kind, [...(words.get(kind) ?? []), word]);
  const resources = [...words].map(([kind, [name = '', ...rest]]) => ({
    name,
    shortNames: rest.filter((w) => w !== kind.toLowerCase() && !w.includes('.')),
    kind,
  }));
  return { commands, globalFlags: flagWords(GLOBAL_FLAGS), resources };
}
