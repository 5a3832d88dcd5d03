/**
 * Tab completion for the puzzle terminal: programs, kubectl (sub)commands, resource kinds, flags and
 * their values, and object names taken from the team's cluster picture. The kubectl words come from the
 * simulator's command table through the protocol (kubectl-words.ts). Words are split on spaces only
 * (quotes are rare in the commands a puzzle needs, and a wrong guess just offers nothing).
 */
import type { ClusterViewModel } from '../../../server/protocol/index.js';
import { KUBECTL_WORDS, type ObjectKind } from './kubectl-words.js';

export interface CompletionSource {
  /** Objects by kind and namespace (cluster-scoped kinds under ''). */
  names: Record<ObjectKind, Record<string, string[]>>;
  namespaces: string[];
  files: string[];
}

export interface Completion {
  /** Index in the line where the completed word starts. */
  start: number;
  /** Every word that fits, sorted. */
  candidates: string[];
  /** The text to put in place of the word (the candidate plus a space, or the longest common prefix). */
  replacement: string;
}

export const PROGRAMS = ['kubectl', 'k', 'node', 'curl', 'clear'];

const NODE_COMMANDS = ['help', 'kill-container', 'restart-kube-proxy', 'rules'];

/** Commands whose first argument is a kind (then names of that kind). */
const TAKES_KIND = new Set([
  'get',
  'describe',
  'delete',
  'label',
  'annotate',
  'edit',
  'patch',
  'scale',
  'expose',
  'rollout restart',
  'rollout status',
  'set selector',
]);
/** Commands whose first argument is a pod name. */
const TAKES_POD = new Set(['exec', 'logs']);

/** Flags whose next word is a value, with the values Tab offers (null: taken from the cluster). */
const FLAG_VALUES: Record<string, string[] | 'namespaces' | 'files'> = {
  '-n': 'namespaces',
  '--namespace': 'namespaces',
  '-f': 'files',
  '--filename': 'files',
  '-o': ['json', 'jsonpath=', 'name', 'wide', 'yaml'],
  '--output': ['json', 'jsonpath=', 'name', 'wide', 'yaml'],
  '--type': ['ClusterIP', 'LoadBalancer', 'NodePort'],
  '--protocol': ['SCTP', 'TCP', 'UDP'],
};
const VALUE_FLAGS = new Set([...Object.keys(FLAG_VALUES), '-l', '--selector', '--image', '--port', '--name']);

const uniqSorted = (words: Iterable<string>) => [...new Set(words)].sort();

function push(map: Record<string, string[]>, ns: string, name: string) {
  (map[ns] ??= []).push(name);
}

/** The Deployment behind a ReplicaSet name (`web-5d8c7b9f4` → `web`): drop the pod-template hash. */
export const deploymentOf = (replicaSet: string) => replicaSet.replace(/-[a-z0-9]{6,10}$/, '');

/** Names Tab can offer, from the cluster picture and the puzzle's files. */
export function completionSource(view: ClusterViewModel | null, files: string[] = []): CompletionSource {
  const names: CompletionSource['names'] = {
    pods: {},
    services: {},
    deployments: {},
    replicasets: {},
    endpoints: {},
    nodes: {},
    namespaces: {},
  };
  const namespaces = new Set<string>(['default']);
  for (const node of view?.nodes ?? []) {
    push(names.nodes, '', node.name);
    for (const pod of node.pods) {
      namespaces.add(pod.namespace);
      push(names.pods, pod.namespace, pod.name);
      const [kind, owner] = (pod.owner ?? '').split('/');
      if (kind === 'ReplicaSet' && owner) {
        push(names.replicasets, pod.namespace, owner);
        push(names.deployments, pod.namespace, deploymentOf(owner));
      }
    }
  }
  for (const svc of view?.services ?? []) {
    namespaces.add(svc.namespace);
    push(names.services, svc.namespace, svc.name);
    push(names.endpoints, svc.namespace, svc.name);
  }
  names.namespaces[''] = [...namespaces];
  return { names, namespaces: uniqSorted(namespaces), files: uniqSorted(files) };
}

/** The namespace a line talks about: `-n x`, `--namespace=x`, null for `-A`, else `default`. */
export function namespaceOf(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '-A' || w === '--all-namespaces') return null;
    if ((w === '-n' || w === '--namespace') && words[i + 1]) return words[i + 1] as string;
    if (w.startsWith('--namespace=')) return w.slice('--namespace='.length);
    if (w.startsWith('-n') && w.length > 2 && !w.startsWith('--')) return w.slice(2);
  }
  return 'default';
}

function objectNames(src: CompletionSource, kind: ObjectKind, ns: string | null): string[] {
  const byNs = src.names[kind];
  if (kind === 'nodes' || kind === 'namespaces') return byNs[''] ?? [];
  if (ns === null) return Object.values(byNs).flat();
  return byNs[ns] ?? [];
}

/** The positional words of a kubectl line (flags and their values removed). */
function positionals(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '--') break;
    if (w.startsWith('-')) {
      if (VALUE_FLAGS.has(w)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

/** Candidates for the word at the cursor, given the complete words before it. */
function candidatesFor(before: string[], word: string, src: CompletionSource): string[] {
  if (before.length === 0) return PROGRAMS;
  const [prog, ...rest] = before as [string, ...string[]];
  const ns = namespaceOf([...rest, word]);
  const prev = rest[rest.length - 1];
  if (prog === 'node') {
    if (rest.length === 0) return NODE_COMMANDS;
    if (rest.length === 1 && rest[0] !== 'help') return objectNames(src, 'nodes', null);
    if (rest.length === 2 && rest[0] === 'kill-container') return objectNames(src, 'pods', ns);
    return [];
  }
  if (prog !== 'kubectl' && prog !== 'k') return [];
  // Own keys only: a word like `constructor` must not find Object.prototype's.
  if (prev !== undefined && Object.hasOwn(FLAG_VALUES, prev)) {
    const values = FLAG_VALUES[prev] as (typeof FLAG_VALUES)[string];
    if (values === 'namespaces') return src.namespaces;
    if (values === 'files') return src.files;
    return values;
  }
  if (prev !== undefined && VALUE_FLAGS.has(prev)) return [];
  const pos = positionals(rest);
  if (word.startsWith('-')) return KUBECTL_WORDS.flags(KUBECTL_WORDS.commandPath(pos));
  if (pos.length === 0) return KUBECTL_WORDS.commands;
  const [cmd, ...args] = pos as [string, ...string[]];
  const sub = KUBECTL_WORDS.subcommands.get(cmd);
  const two = `${cmd} ${args[0] ?? ''}`;
  if (sub && args.length === 0) return sub;
  const subSub = KUBECTL_WORDS.subcommands.get(two);
  if (subSub && args.length === 1) return subSub;
  const path = sub ? two : cmd;
  const objArgs = sub ? args.slice(1) : args;
  if (TAKES_POD.has(path)) return objArgs.length === 0 ? objectNames(src, 'pods', ns) : [];
  if (!TAKES_KIND.has(path)) return [];
  const slash = word.indexOf('/');
  if (slash > 0) {
    const kind = KUBECTL_WORDS.kindWords.get(word.slice(0, slash).toLowerCase());
    return kind ? objectNames(src, kind, ns).map((n) => `${word.slice(0, slash)}/${n}`) : [];
  }
  if (objArgs.length === 0) return KUBECTL_WORDS.kinds;
  const kind = KUBECTL_WORDS.kindWords.get((objArgs[0] as string).toLowerCase());
  // `kubectl get pods a b` takes many names; `kubectl get pod/a` style arguments stop naming a kind.
  if (!kind || (objArgs[0] as string).includes('/')) return [];
  return objectNames(src, kind, ns);
}

export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0] as string;
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Completes the word that ends at `cursor` in `line`. */
export function complete(line: string, cursor: number, src: CompletionSource): Completion {
  const head = line.slice(0, cursor);
  const start = head.lastIndexOf(' ') + 1;
  const word = head.slice(start);
  const before = head.slice(0, start).split(' ').filter(Boolean);
  const candidates = uniqSorted(candidatesFor(before, word, src).filter((c) => c.startsWith(word)));
  const only = candidates.length === 1 ? (candidates[0] as string) : null;
  // A single match gets a trailing space, except values meant to be continued (`jsonpath=`, `pods/`).
  const replacement = only !== null ? (/[=/]$/.test(only) ? only : `${only} `) : commonPrefix(candidates);
  return { start, candidates, replacement: replacement.length >= word.length ? replacement : word };
}

/** Applies a completion to the line: the new text and cursor. */
export function applyCompletion(
  line: string,
  cursor: number,
  c: Completion,
): { text: string; cursor: number } {
  const rest = line.slice(cursor);
  // Do not double the space when completing in the middle of a line.
  const replacement =
    rest.startsWith(' ') && c.replacement.endsWith(' ') ? c.replacement.slice(0, -1) : c.replacement;
  return { text: line.slice(0, c.start) + replacement + rest, cursor: c.start + replacement.length };
}

/** Candidates laid out in columns for printing after a double Tab (like bash). */
export function candidateColumns(candidates: readonly string[], cols: number): string {
  if (candidates.length === 0) return '';
  const width = Math.max(...candidates.map((c) => c.length)) + 2;
  const perRow = Math.max(1, Math.floor(cols / width));
  const rows: string[] = [];
  for (let i = 0; i < candidates.length; i += perRow)
    rows.push(
      candidates
        .slice(i, i + perRow)
        .map((c) => c.padEnd(width))
        .join('')
        .trimEnd(),
    );
  return rows.join('\r\n');
}
