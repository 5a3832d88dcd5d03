/**
 * Node-level commands for the stale-rule story (not kubectl: what an admin does on a node's shell).
 *
 *   node kill-container <node> <pod> [-n NS]   the container runtime kills the pod's container behind
 *                                              the API's back (like `crictl rm -f` / `docker rm -f`); the
 *                                              API still shows the pod and kube-proxy keeps its rules
 *   node restart-kube-proxy <node>             restart kube-proxy on the node (flushes stale rules);
 *                                              `kubectl delete pod -n kube-system kube-proxy-xxxxx` too
 *   node rules <node>                          kube-proxy's rules on the node, iptables-like
 *   node help                                  this text
 */
import type { Cluster } from '../../api.js';
import type { FlagSpec } from '../args.js';
import type { KubectlResult, Operand } from '../context.js';
import { F } from '../flags.js';

/** The node commands, what their arguments name and their flags (shell completion reads this). */
export const NODE_COMMANDS: readonly { name: string; operands: readonly Operand[]; flags: FlagSpec[] }[] = [
  { name: 'kill-container', operands: ['node', 'pod'], flags: [F.namespace] },
  { name: 'restart-kube-proxy', operands: ['node'], flags: [] },
  { name: 'rules', operands: ['node'], flags: [] },
  { name: 'help', operands: [], flags: [] },
];

const HELP = `Node-level commands (run on a node, outside the Kubernetes API):
  node kill-container <node> <pod> [-n NAMESPACE]   kill a pod's container behind the API's back
  node restart-kube-proxy <node>                    restart kube-proxy on the node (flushes its rules)
  node rules <node>                                 show kube-proxy's service rules on the node
`;

const ok = (stdout: string): KubectlResult => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1): KubectlResult => ({ stdout: '', stderr, exitCode });

export function runNodeCommand(cluster: Cluster, words: string[]): KubectlResult {
  let namespace = 'default';
  const args: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '-n' || w === '--namespace') namespace = words[++i] ?? namespace;
    else if (w.startsWith('--namespace=')) namespace = w.slice('--namespace='.length);
    else args.push(w);
  }
  const [sub, node, pod] = args;
  if (!sub || sub === 'help' || sub === '--help' || sub === '-h') return ok(HELP);
  if (NODE_COMMANDS.find((c) => c.name === sub)?.operands[0] === 'node') {
    if (!node) return fail(`node ${sub}: a node name is required\n${HELP}`);
    if (!cluster.get('Node', node)) return fail(`node ${sub}: no such node "${node}"\n`);
  }
  switch (sub) {
    case 'kill-container': {
      if (!pod) return fail(`node kill-container: a pod name is required\n${HELP}`);
      const r = cluster.killContainer(node as string, { name: pod, namespace });
      return r.ok ? ok(`${r.message}\n`) : fail(`${r.error.message}\n`);
    }
    case 'restart-kube-proxy': {
      const r = cluster.restartKubeProxy(node as string);
      return r.ok ? ok(`${r.message}\n`) : fail(`${r.error.message}\n`);
    }
    case 'rules': {
      const view = cluster.kubeProxy(node as string);
      if (!view) return fail(`node rules: kube-proxy is not running on ${node}\n`);
      let out = `# kube-proxy on ${node}${view.pod ? ` (pod ${view.pod})` : ''}${view.stale ? ' — STALE: rules no longer follow the API' : ''}\n`;
      for (const r of view.rules) {
        const dst = `${r.clusterIP}:${r.port}/${r.protocol}`;
        const np = r.nodePort ? ` nodePort ${r.nodePort}` : '';
        if (r.endpoints.length === 0) out += `${r.service} ${dst}${np} -> REJECT (no endpoints)\n`;
        else out += `${r.service} ${dst}${np} -> ${r.endpoints.map((e) => `${e.ip}:${e.port}`).join(', ')}\n`;
      }
      return ok(out);
    }
    default:
      return fail(`node: unknown command "${sub}"\n${HELP}`);
  }
}
