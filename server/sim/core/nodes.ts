/** Node runtime bookkeeping: pod CIDRs, pod IP allocation (host-local IPAM, round-robin), node IPs. */
import type { Node, Pod } from '../types.js';
import { key, type ClusterState, type NodeRuntime, type Tx } from './state.js';

/** kind's docker network: the gateway is .1, nodes start at .2. */
export const nodeIP = (index: number): string =>
  `172.18.${Math.floor((index + 2) / 256)}.${(index + 2) % 256}`;

export function addNodeRuntime(tx: Tx, node: Node): void {
  const nodes = tx.table<Record<string, NodeRuntime>>('nodes');
  if (nodes[node.metadata.name]) return;
  const index = Object.keys(nodes).length;
  const ip = node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? nodeIP(index);
  nodes[node.metadata.name] = {
    index,
    ip,
    cidr: index,
    pods: 0,
    nextIP: 2,
    ips: {},
    deadIPs: {},
    staleRules: null,
  };
}

/** The next free address of the node's /24, continuing after the last one handed out. */
export function allocatePodIP(tx: Tx, nodeName: string, podKey: string): string | undefined {
  const rt = tx.nodeRuntime(nodeName);
  const table = tx.ownMap<Record<string, string>>(rt as unknown as Record<string, unknown>, 'ips');
  for (let i = 0; i < 253; i++) {
    const host = ((rt.nextIP - 2 + i) % 253) + 2;
    const ip = `10.244.${rt.cidr}.${host}`;
    if (!table[ip] && !rt.deadIPs[ip]) {
      table[ip] = podKey;
      rt.nextIP = host + 1 > 254 ? 2 : host + 1;
      return ip;
    }
  }
  return undefined;
}

export function releasePodIP(tx: Tx, pod: Pod): void {
  const ip = pod.status?.podIP;
  if (ip && pod.spec.nodeName && tx.s.nodes[pod.spec.nodeName]) tx.nodeRuntime(pod.spec.nodeName).pods -= 1;
  if (!ip || pod.spec.hostNetwork) return;
  const node = nodeOfIP(tx.s, ip);
  if (!node || tx.s.nodes[node]?.ips[ip] !== key(pod.metadata.namespace ?? 'default', pod.metadata.name))
    return;
  const rt = tx.nodeRuntime(node);
  tx.dropKey(rt as unknown as Record<string, unknown>, 'ips', ip);
}

/** The node whose pod CIDR (10.244.N.0/24) holds this IP. */
export function nodeOfIP(s: ClusterState, ip: string): string | undefined {
  const m = /^10\.244\.(\d+)\.\d+$/.exec(ip);
  if (!m) return undefined;
  const cidr = Number(m[1]);
  for (const [name, rt] of Object.entries(s.nodes)) if (rt.cidr === cidr) return name;
  return undefined;
}

/** `ns/name` of the pod that owns a pod IP, if any. */
export function podAtIP(s: ClusterState, ip: string): string | undefined {
  const node = nodeOfIP(s, ip);
  return node ? s.nodes[node]?.ips[ip] : undefined;
}
