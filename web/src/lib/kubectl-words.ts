/**
 * The kubectl words Tab completion offers, looked up in the vocabulary the protocol generates from the
 * simulator's command table (server/protocol/generated/kubectl-vocabulary.ts): what completes is what
 * the terminal accepts. Only spellings of our own (`-it`, `--dry-run=client`) are kept here.
 */
import { KUBECTL_VOCABULARY, type KubectlVocabulary } from '../../../server/protocol/index.js';

/** Kinds whose object names the cluster picture gives (see `CompletionSource`). */
export const OBJECT_KINDS = [
  'pods',
  'services',
  'deployments',
  'replicasets',
  'endpoints',
  'nodes',
  'namespaces',
] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

const isObjectKind = (name: string): name is ObjectKind => (OBJECT_KINDS as readonly string[]).includes(name);

/**
 * Flags offered already spelled with the value a learner wants (as the hand-kept list did): a bare
 * `--dry-run` is kubectl's deprecated form of `=client`, and the one-off test pods puzzles use are
 * `--restart=Never`.
 */
const PRESETS: ReadonlyMap<string, string> = new Map([
  ['--dry-run', '--dry-run=client'],
  ['--restart', '--restart=Never'],
]);

export interface KubectlWords {
  /** Top-level commands. */
  commands: string[];
  /** Subcommands by command path (`create`, `create service`, `create svc`...). */
  subcommands: ReadonlyMap<string, string[]>;
  /** What Tab offers where a kind is expected: the resource names, plus `all`. */
  kinds: string[];
  /** Every word naming a kind (`svc`, `service`, `services`), with the kind whose objects follow it. */
  kindWords: ReadonlyMap<string, ObjectKind>;
  /** The longest command path the words start with (`create service nodeport`), null for none. */
  commandPath(words: readonly string[]): string | null;
  /** Flags for a command path (null: no command yet, the global flags only). */
  flags(path: string | null): string[];
}

export function kubectlWords(vocabulary: KubectlVocabulary): KubectlWords {
  const byName = new Map(vocabulary.commands.map((c) => [c.name, c]));
  const kindWords = new Map<string, ObjectKind>();
  for (const r of vocabulary.resources)
    if (isObjectKind(r.name))
      for (const word of [r.name, r.kind.toLowerCase(), ...r.shortNames]) kindWords.set(word, r.name);
  return {
    commands: vocabulary.commands.filter((c) => !c.name.includes(' ')).map((c) => c.name),
    subcommands: new Map(
      vocabulary.commands.flatMap((c) => (c.subcommands ? [[c.name, c.subcommands]] : [])),
    ),
    kinds: ['all', ...vocabulary.resources.map((r) => r.name)],
    kindWords,
    commandPath(words) {
      for (let n = Math.min(words.length, 3); n > 0; n--) {
        const path = words.slice(0, n).join(' ');
        if (byName.has(path)) return path;
      }
      return null;
    },
    flags(path) {
      const own = (path === null ? undefined : byName.get(path)?.flags) ?? [];
      const all = [...own, ...vocabulary.globalFlags].map((f) => PRESETS.get(f) ?? f);
      // `--` ends the flags (`exec pod -- wget ...`); `-it` is how everyone types `-i -t`.
      return [...all, '--', ...(own.includes('-i') && own.includes('-t') ? ['-it'] : [])];
    },
  };
}

export const KUBECTL_WORDS = kubectlWords(KUBECTL_VOCABULARY);
