/**
 * Column definitions and cells of `kubectl get` per kind, ported from
 * pkg/printers/internalversion/printers.go (printPod, printService, printEndpoints, ...).
 */
import type {
  Deployment,
  EndpointSlice,
  Endpoints,
  K8sObject,
  LabelSelector,
  Namespace,
  Node,
  Pod,
  ReplicaSet,
  Service,
} from '../../types.js';
import { age } from './duration.js';

export interface KindPrinter {
  headers: string[];
  /** Headers added by `-o wide`. */
  wide: string[];
  row(obj: K8sObject, now: number, wide: boolean): string[];
}

/** metav1.LabelSelectorAsSelector(...).String(): requirements sorted by key. */
export function labelSelectorString(sel: LabelSelector | undefined): string {
  if (!sel) return '';
  const reqs: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push([k, `${k}=${v}`]);
  for (const e of sel.matchExpressions ?? []) {
    const vals = [...(e.values ?? [])].sort().join(',');
    const s =
      e.operator === 'In'
        ? `${e.key} in (${vals})`
        : e.operator === 'NotIn'
          ? `${e.key} notin (${vals})`
          : e.operator === 'Exists'
            ? e.key
            : `!${e.key}`;
    reqs.push([e.key, s]);
  }
  reqs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return reqs.map((r) => r[1]).join(',');
}

export interface PodStatusSummary {
  reason: string;
  ready: number;
  restarts: number;
  lastRestart?: string;
  /** The time-independent cells of the pod's row. */
  name: string;
  readyText: string;
  created?: string;
  ip: string;
  node: string;
}

// Engine objects are immutable snapshots, so a summary stays valid as long as the object does; big
// `get pods -A` tables would otherwise spend most of their time walking container statuses.
const statusCache = new WeakMap<Pod, PodStatusSummary>();

export function podStatusReason(pod: Pod): PodStatusSummary {
  let cached = statusCache.get(pod);
  if (!cached) {
    cached = computePodStatus(pod);
    statusCache.set(pod, cached);
  }
  return cached;
}

function computePodStatus(pod: Pod): PodStatusSummary {
  const st = pod.status;
  let reason = st?.reason || st?.phase || 'Pending';
  let ready = 0;
  let restarts = 0;
  let hasRunning = false;
  let lastRestart: string | undefined;
  const cs = st?.containerStatuses ?? [];
  for (let i = cs.length - 1; i >= 0; i--) {
    const c = cs[i];
    if (!c) continue;
    restarts += c.restartCount;
    const fin = c.lastState?.terminated?.finishedAt;
    if (fin && (!lastRestart || fin > lastRestart)) lastRestart = fin;
    if (c.state.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state.terminated?.reason) reason = c.state.terminated.reason;
    else if (c.state.terminated) reason = `ExitCode:${c.state.terminated.exitCode}`;
    else if (c.ready && c.state.running) {
      hasRunning = true;
      ready++;
    }
  }
  if (reason === 'Completed' && hasRunning) {
    const podReady = st?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
    reason = podReady ? 'Running' : 'NotReady';
  }
  if (pod.metadata.deletionTimestamp && st?.phase !== 'Succeeded' && st?.phase !== 'Failed')
    reason = 'Terminating';
  return {
    reason,
    ready,
    restarts,
    ...(lastRestart ? { lastRestart } : {}),
    name: pod.metadata.name,
    readyText: `${ready}/${pod.spec.containers.length}`,
    ...(pod.metadata.creationTimestamp ? { created: pod.metadata.creationTimestamp } : {}),
    ip: st?.podIP || '<none>',
    node: pod.spec.nodeName || '<none>',
  };
}

const pods: KindPrinter = {
  headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
  wide: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
  row(o, now, wide) {
    const pod = o as Pod;
    const s = podStatusReason(pod);
    const restarts = s.lastRestart ? `${s.restarts} (${age(s.lastRestart, now)} ago)` : String(s.restarts);
    const row = [s.name, s.readyText, s.reason, restarts, age(s.created, now)];
    if (wide) row.push(s.ip, s.node, '<none>', '<none>');
    return row;
  },
};

const deployments: KindPrinter = {
  headers: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
  wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row(o, now, wide) {
    const d = o as Deployment;
    const st = d.status ?? {};
    const row = [
      d.metadata.name,
      `${st.readyReplicas ?? 0}/${d.spec.replicas ?? 1}`,
      String(st.updatedReplicas ?? 0),
      String(st.availableReplicas ?? 0),
      age(d.metadata.creationTimestamp, now),
    ];
    if (wide)
      row.push(...containerCells(d.spec.template.spec.containers), labelSelectorString(d.spec.selector));
    return row;
  },
};

const replicasets: KindPrinter = {
  headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
  wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row(o, now, wide) {
    const r = o as ReplicaSet;
    const row = [
      r.metadata.name,
      String(r.spec.replicas ?? 1),
      String(r.status?.replicas ?? 0),
      String(r.status?.readyReplicas ?? 0),
      age(r.metadata.creationTimestamp, now),
    ];
    if (wide)
      row.push(...containerCells(r.spec.template.spec.containers), labelSelectorString(r.spec.selector));
    return row;
  },
};

function containerCells(cs: { name: string; image: string }[]): [string, string] {
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image).join(',')];
}

export function serviceExternalIP(svc: Service, wide: boolean): string {
  const ext = svc.spec.externalIPs ?? [];
  switch (svc.spec.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return ext.length > 0 ? ext.join(',') : '<none>';
    case 'ExternalName':
      return svc.spec.externalName ?? '';
    case 'LoadBalancer': {
      const ingress = [
        ...new Set((svc.status?.loadBalancer.ingress ?? []).map((i) => i.ip || i.hostname || '')),
      ]
        .filter((s) => s !== '')
        .sort();
      const all = [...ingress, ...ext];
      if (all.length === 0) return '<pending>';
      const s = all.join(',');
      return !wide && s.length > 16 ? `${s.slice(0, 13)}...` : s;
    }
  }
}

export function servicePorts(svc: Service): string {
  const ports = svc.spec.ports ?? [];
  if (ports.length === 0) return '<none>';
  return ports
    .map((p) =>
      p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`,
    )
    .join(',');
}

const services: KindPrinter = {
  headers: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
  wide: ['SELECTOR'],
  row(o, now, wide) {
    const svc = o as Service;
    const type = svc.spec.type ?? 'ClusterIP';
    const cip =
      type === 'ExternalName' ? '<none>' : svc.spec.clusterIPs?.[0] || svc.spec.clusterIP || '<none>';
    const row = [
      svc.metadata.name,
      type,
      cip,
      serviceExternalIP(svc, wide),
      servicePorts(svc),
      age(svc.metadata.creationTimestamp, now),
    ];
    if (wide) row.push(formatSelectorMap(svc.spec.selector));
    return row;
  },
};

function formatSelectorMap(sel: Record<string, string> | undefined): string {
  const keys = Object.keys(sel ?? {}).sort();
  return keys.length === 0
    ? '<none>'
    : keys.map((k) => `${k}=${(sel as Record<string, string>)[k]}`).join(',');
}

const hostPort = (ip: string, port: number) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** formatEndpoints: ready addresses only, at most 3, then ` + N more...`. */
export function formatEndpoints(ep: Endpoints, portName?: string): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const ss of subsets) {
    const ports = ss.ports ?? [];
    if (ports.length === 0) {
      for (const a of ss.addresses ?? []) {
        if (list.length < 3) list.push(a.ip);
        count++;
      }
      continue;
    }
    for (const port of ports) {
      if (portName !== undefined && (port.name ?? '') !== portName) continue;
      for (const a of ss.addresses ?? []) {
        if (list.length < 3) list.push(hostPort(a.ip, port.port));
        count++;
      }
    }
  }
  const more = count > list.length ? ` + ${count - list.length} more...` : '';
  return list.join(',') + more;
}

const endpoints: KindPrinter = {
  headers: ['NAME', 'ENDPOINTS', 'AGE'],
  wide: [],
  row(o, now) {
    const ep = o as Endpoints;
    return [ep.metadata.name, formatEndpoints(ep), age(ep.metadata.creationTimestamp, now)];
  },
};

function firstThree(items: string[]): string {
  if (items.length === 0) return '<unset>';
  const more = items.length > 3 ? ` + ${items.length - 3} more...` : '';
  return items.slice(0, 3).join(',') + more;
}

const endpointslices: KindPrinter = {
  headers: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
  wide: [],
  row(o, now) {
    const s = o as EndpointSlice;
    const ports = (s.ports ?? []).map((p) => (p.port != null ? String(p.port) : p.name ? p.name : '*'));
    const addrs = (s.endpoints ?? []).flatMap((e) => e.addresses);
    return [
      s.metadata.name,
      s.addressType,
      firstThree(ports),
      firstThree(addrs),
      age(s.metadata.creationTimestamp, now),
    ];
  },
};

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
