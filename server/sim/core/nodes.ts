/** Node runtime bookkeeping: pod CIDRs, pod IP allocation (host-local IPAM, round-robin), node IPs. */
import type { Node, Pod } from '../types.js';
import { key, type NodeRuntime, type Tx } from './state.js';

/** kind's docker network: the gateway is .1, nodes start at .2. */
export const nodeIP = (index: number): string =>
  `172.18.${Math.floor((index + 2) / 256)}.${(index + 2) % 256}`;

export function addNodeRuntime(tx: Tx, node: Node): void {
  const nodes = tx.table<Record<string, NodeRuntime>>('nodes');
  if (nodes[node.metadata.name]) return;
  const index = Object.keys(nodes).length;
  const ip = node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? nodeIP(index);
  nodes[node.metadata.name] = { index, ip, cidr: index, nextIP: 2, deadIPs: {}, staleRules: null };
}

/** The next free address of the node's /24, continuing after the last one handed out. */
export function allocatePodIP(tx: Tx, nodeName: string, podKey: string): string | undefined {
  const rt = tx.nodeRuntime(nodeName);
  const table = tx.table<Record<string, string>>('podIPs');
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
  if (!ip || pod.spec.hostNetwork) return;
  const owner = tx.s.podIPs[ip];
  if (owner === key(pod.metadata.namespace ?? 'default', pod.metadata.name))
    delete tx.table<Record<string, string>>('podIPs')[ip];
}
