/** SetDefaults_* for the kinds the simulator stores: what the API server fills in before validation. */
import type { Container, Deployment, K8sObject, PodSpec, ReplicaSet, Service } from '../types.js';

function defaultContainer(c: Container): Container {
  const tag = c.image?.includes(':') ? c.image.slice(c.image.lastIndexOf(':') + 1) : '';
  const out: Container = {
    ...c,
    imagePullPolicy: c.imagePullPolicy ?? (tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent'),
    resources: c.resources ?? {},
    terminationMessagePath: c.terminationMessagePath ?? '/dev/termination-log',
    terminationMessagePolicy: c.terminationMessagePolicy ?? 'File',
  };
  if (c.ports) out.ports = c.ports.map((p) => ({ ...p, protocol: p.protocol ?? 'TCP' }));
  return out;
}

export function defaultPodSpec(spec: PodSpec): PodSpec {
  return {
    ...spec,
    containers: (spec.containers ?? []).map(defaultContainer),
    restartPolicy: spec.restartPolicy ?? 'Always',
    dnsPolicy: spec.dnsPolicy ?? 'ClusterFirst',
    terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? 30,
    schedulerName: spec.schedulerName ?? 'default-scheduler',
    serviceAccountName: spec.serviceAccountName ?? 'default',
    enableServiceLinks: spec.enableServiceLinks ?? true,
  };
}

function defaultService(svc: Service): Service {
  const spec = { ...(svc.spec ?? {}) };
  const type = spec.type ?? 'ClusterIP';
  spec.type = type;
  spec.sessionAffinity = spec.sessionAffinity ?? 'None';
  if (spec.ports)
    spec.ports = spec.ports.map((p) => {
      const tp = p.targetPort;
      return {
        ...p,
        protocol: p.protocol ?? 'TCP',
        targetPort: tp === undefined || tp === 0 || tp === '' ? p.port : tp,
      };
    });
  if (type === 'NodePort' || type === 'LoadBalancer')
    spec.externalTrafficPolicy = spec.externalTrafficPolicy ?? 'Cluster';
  if (type !== 'ExternalName') spec.internalTrafficPolicy = spec.internalTrafficPolicy ?? 'Cluster';
  if (type === 'LoadBalancer')
    spec.allocateLoadBalancerNodePorts = spec.allocateLoadBalancerNodePorts ?? true;
  return { ...svc, spec };
}

function defaultWorkload<T extends Deployment | ReplicaSet>(obj: T): T {
  const spec = { ...obj.spec, replicas: obj.spec.replicas ?? 1 };
  if (spec.template?.spec) spec.template = { ...spec.template, spec: defaultPodSpec(spec.template.spec) };
  if (obj.kind === 'Deployment') {
    const d = spec as Deployment['spec'];
    d.strategy = d.strategy ?? {
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
    };
    d.revisionHistoryLimit = d.revisionHistoryLimit ?? 10;
    d.progressDeadlineSeconds = d.progressDeadlineSeconds ?? 600;
  }
  return { ...obj, spec } as T;
}

export function applyDefaults(obj: K8sObject): K8sObject {
  switch (obj.kind) {
    case 'Service':
      return defaultService(obj);
    case 'Pod':
      return { ...obj, spec: defaultPodSpec(obj.spec ?? { containers: [] }) };
    case 'Deployment':
    case 'ReplicaSet':
      return defaultWorkload(obj);
    case 'Namespace':
      return {
        ...obj,
        metadata: {
          ...obj.metadata,
          labels: { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': obj.metadata.name },
        },
        spec: { finalizers: ['kubernetes'] },
        status: { phase: 'Active' },
      };
    default:
      return obj;
  }
}

/** Key-sorted JSON, so equal objects serialise identically (hashing, change detection). */
export function stableStringify(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(o[k])}`).join(',')}}`;
}

/** Structural equality for JSON values, treating absent and `undefined` fields alike. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let n = 0;
  for (const k in ao) {
    if (ao[k] === undefined) continue;
    n++;
    if (!deepEqual(ao[k], bo[k])) return false;
  }
  for (const k in bo) if (bo[k] !== undefined) n--;
  return n === 0;
}
