/**
 * Column definitions and cells of `kubectl get` per kind, ported from
 * pkg/printers/internalversion/printers.go (printPod, printService, printEndpoints, ...).
 */
import type { Namespace, Node } from '../../types.js';
import { age } from './duration.js';
import type { KindPrinter } from './rows-common.js';
import { deployments, pods, replicasets } from './rows-workloads.js';
import { endpoints, endpointslices, services } from './rows-network.js';

export { podStatusReason, type PodStatusSummary } from './rows-workloads.js';
export { formatEndpoints, serviceExternalIP, servicePorts } from './rows-network.js';
export { labelSelectorString, type KindPrinter } from './rows-common.js';

export function nodeStatus(n: Node): string {
  const ready = n.status.conditions.find((c) => c.type === 'Ready');
  let s = !ready
    ? 'Unknown'
    : ready.status === 'True'
      ? 'Ready'
      : ready.status === 'False'
        ? 'NotReady'
        : 'Unknown';
  if (n.spec.unschedulable) s += ',SchedulingDisabled';
  return s;
}

export function nodeRoles(n: Node): string {
  const roles = Object.keys(n.metadata.labels ?? {})
    .filter((k) => k.startsWith('node-role.kubernetes.io/'))
    .map((k) => k.slice('node-role.kubernetes.io/'.length))
    .filter((r) => r !== '')
    .sort();
  return roles.length === 0 ? '<none>' : roles.join(',');
}

const nodes: KindPrinter = {
  headers: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
  wide: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
  row(o, now, wide) {
    const n = o as Node;
    const row = [
      n.metadata.name,
      nodeStatus(n),
      nodeRoles(n),
      age(n.metadata.creationTimestamp, now),
      n.status.nodeInfo.kubeletVersion,
    ];
    if (wide) {
      const addr = (t: string) => n.status.addresses.find((a) => a.type === t)?.address ?? '<none>';
      const i = n.status.nodeInfo;
      row.push(addr('InternalIP'), addr('ExternalIP'), i.osImage, i.kernelVersion, i.containerRuntimeVersion);
    }
    return row;
  },
};

const namespaces: KindPrinter = {
  headers: ['NAME', 'STATUS', 'AGE'],
  wide: [],
  row(o, now) {
    const ns = o as Namespace;
    return [ns.metadata.name, ns.status?.phase ?? 'Active', age(ns.metadata.creationTimestamp, now)];
  },
};

export const PRINTERS = {
  Pod: pods,
  Deployment: deployments,
  ReplicaSet: replicasets,
  Service: services,
  Endpoints: endpoints,
  EndpointSlice: endpointslices,
  Node: nodes,
  Namespace: namespaces,
} as const;
