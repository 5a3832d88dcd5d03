/**
 * Builds a puzzle's starting cluster: a fresh simulated cluster, the manifests applied with
 * `kubectl apply` (so later `apply -f` by players merges like on a real cluster), then the faults in
 * order. Faults may record facts about pods (name, IP, node) as captures for later steps and texts.
 */
import { createCluster } from '../sim/index.js';
import type { Cluster, Pod } from '../sim/index.js';
import { runKubectl } from '../sim/kubectl/index.js';
import { manifestText } from './resolve.js';
import type { Fault, ParamValue, Puzzle } from './schema.js';
import { substituteDeep, substituteText } from './template.js';

export interface SetupStep {
  what: string;
  ok: boolean;
  output: string;
}

export class PuzzleSetupError extends Error {
  constructor(
    message: string,
    readonly transcript: SetupStep[],
  ) {
    super(message);
  }
}

/** Simulated time between the manifests and the faults, so AGE columns look lived-in. */
const SETTLE_MS = 37 * 60_000;
const MANIFEST_FILE = 'puzzle-setup.yaml';

export function buildStartCluster(
  puzzle: Puzzle,
  params: Readonly<Record<string, ParamValue>>,
  clusterSeed: number,
): { cluster: Cluster; captures: Record<string, string>; transcript: SetupStep[] } {
  const cluster = createCluster({
    seed: clusterSeed,
    nodes: puzzle.cluster.nodes,
    loadBalancer: puzzle.cluster.loadBalancer,
  });
  const transcript: SetupStep[] = [];
  const values: Record<string, ParamValue> = { ...params };
  const captures: Record<string, string> = {};

  const kubectl = (line: string, files: Record<string, string>, mayFail = false) => {
    const r = runKubectl(cluster, line, { files });
    const ok = r.exitCode === 0;
    transcript.push({ what: line, ok, output: r.stdout + r.stderr });
    if (!ok && !mayFail)
      throw new PuzzleSetupError(
        `puzzle "${puzzle.id}": set-up step failed: ${line}\n${r.stderr}`,
        transcript,
      );
  };
  const apply = (manifests: string | Record<string, unknown>[]) =>
    kubectl(`kubectl apply -f ${MANIFEST_FILE}`, { [MANIFEST_FILE]: manifestText(manifests) });

  if (puzzle.manifests !== undefined)
    apply(substituteDeep(puzzle.manifests, values) as string | Record<string, unknown>[]);
  cluster.advance(SETTLE_MS);

  puzzle.faults.forEach((template, i) => {
    const fault = substituteDeep(template, values) as Fault;
    const fail = (message: string): never => {
      transcript.push({ what: `fault ${i} (${fault.op})`, ok: false, output: message });
      throw new PuzzleSetupError(`puzzle "${puzzle.id}": faults[${i}]: ${message}`, transcript);
    };
    if (fault.op === 'kubectl') return kubectl(fault.run, editorFiles(puzzle, values), fault.mayFail);
    if (fault.op === 'apply') return apply(fault.manifests);

    const pod =
      pickPod(cluster, fault.pod) ??
      fail(`no pod #${fault.pod.index} matches ${JSON.stringify(fault.pod.selector)}`);
    const ref = { name: pod.metadata.name, namespace: pod.metadata.namespace ?? 'default' };
    for (const [what, as] of Object.entries(fault.capture ?? {})) {
      const value = what === 'name' ? ref.name : what === 'ip' ? pod.status?.podIP : pod.spec.nodeName;
      if (as === undefined) continue;
      if (value === undefined) fail(`pod ${ref.name} has no ${what} to capture`);
      captures[as] = value as string;
      values[as] = value as string;
    }
    let output = `pod ${ref.namespace}/${ref.name}`;
    if (fault.op === 'kill-container') {
      const r = cluster.killContainer(pod.spec.nodeName ?? '', ref);
      output = r.ok ? r.message : fail(r.error.message);
    } else if (fault.op === 'delete-pod') {
      const r = cluster.delete({ kind: 'Pod', ...ref });
      if (!r.ok) fail(r.status.message);
    } else if (fault.op === 'label-remove') {
      const r = cluster.patch(
        { kind: 'Pod', ...ref },
        { metadata: { labels: { [fault.key]: null } } },
        'merge',
      );
      if (!r.ok) fail(r.status.message);
    }
    transcript.push({ what: `fault ${i} (${fault.op})`, ok: true, output });
  });
  if (puzzle.faults.length > 0) cluster.advance(SETTLE_MS);
  return { cluster, captures, transcript };
}

/** Running pods matching the pick, sorted by name (names come from the seeded engine, so stable). */
function pickPod(
  cluster: Cluster,
  pick: { namespace: string; selector: Record<string, string>; index: number },
): Pod | undefined {
  const pods = cluster
    .list('Pod', { namespace: pick.namespace, selector: pick.selector })
    .filter((p) => p.metadata.deletionTimestamp === undefined && p.status?.phase === 'Running')
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  return pods[pick.index];
}

/**
 * The editor files as far as they can be resolved now; a file that needs a capture recorded later is
 * left out (a set-up command cannot use it yet).
 */
export function editorFiles(
  puzzle: Puzzle,
  values: Readonly<Record<string, ParamValue>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of puzzle.files) {
    try {
      out[substituteText(f.name, values)] = substituteText(f.content, values);
    } catch {
      // not resolvable yet
    }
  }
  return out;
}
