/** `TYPE NAME...`, `TYPE1,TYPE2`, and `TYPE/NAME ...` argument forms shared by most commands. */
import type { Kind } from '../types.js';
import { CmdError } from './context.js';
import { ALL_KINDS, resolveType } from './resources.js';

export interface ResourceGroup {
  /** The simulated kind, or undefined for a real type the cluster has none of (configmaps...). */
  kind?: Kind;
  /** The word as typed, for messages about unsimulated types. */
  word: string;
  names: string[];
  /** Several types were requested (`po,svc`, `all`, mixed TYPE/NAME): print kind prefixes. */
  multi: boolean;
}

function kindsOf(word: string): Array<{ kind?: Kind; word: string; all: boolean }> {
  const t = resolveType(word);
  if (!t) throw new CmdError(`error: the server doesn't have a resource type "${word}"`);
  if ('all' in t) return ALL_KINDS.map((kind) => ({ kind, word, all: true }));
  if ('empty' in t) return [{ word: t.empty, all: false }];
  return [{ kind: t.kind, word, all: false }];
}

export function parseResourceArgs(args: readonly string[], cmd = 'get'): ResourceGroup[] {
  if (args.length === 0) return [];
  const slashed = args.filter((a) => a.includes('/'));
  if (slashed.length > 0) {
    if (slashed.length !== args.length)
      throw new CmdError(
        `error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl ${cmd} resource/<resource_name>' instead of 'kubectl ${cmd} resource resource/<resource_name>'`,
      );
    const groups: ResourceGroup[] = [];
    for (const a of args) {
      const slash = a.indexOf('/');
      const type = a.slice(0, slash);
      const name = a.slice(slash + 1);
      if (name === '')
        throw new CmdError(`error: arguments in resource/name form must have a single resource and name`);
      for (const k of kindsOf(type)) {
        const existing = groups.find((g) => g.kind === k.kind && g.word === k.word);
        if (existing) existing.names.push(name);
        else groups.push({ ...(k.kind ? { kind: k.kind } : {}), word: k.word, names: [name], multi: false });
      }
    }
    const multi = groups.length > 1;
    return groups.map((g) => ({ ...g, multi }));
  }
  const [typeWord, ...names] = args as [string, ...string[]];
  const kinds = typeWord
    .split(',')
    .filter((w) => w !== '')
    .flatMap(kindsOf);
  const multi = kinds.length > 1 || kinds.some((k) => k.all);
  const seen = new Set<string>();
  const groups: ResourceGroup[] = [];
  for (const k of kinds) {
    const key = k.kind ?? k.word;
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push({ ...(k.kind ? { kind: k.kind } : {}), word: k.word, names: [...names], multi });
  }
  return groups;
}

/** The resource builder's checks on names combined with -l / -A. */
export function checkNameFlags(groups: ResourceGroup[], hasSelector: boolean, allNamespaces: boolean): void {
  if (!groups.some((g) => g.names.length > 0)) return;
  if (hasSelector) throw new CmdError('error: name cannot be provided when a selector is specified');
  if (allNamespaces)
    throw new CmdError('error: a resource cannot be retrieved by name across all namespaces');
}
