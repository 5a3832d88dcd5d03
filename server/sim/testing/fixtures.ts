/** Manifest builders for tests, benchmarks and scenarios (plain objects, as `kubectl apply` would send). */
import type { Container, Deployment, Labels, Pod, Service, ServicePort } from '../types.js';

export function deployment(
  name: string,
  o: {
    labels?: Labels;
    replicas?: number;
    image?: string;
    containers?: Container[];
    namespace?: string;
    ports?: Container['ports'];
  } = {},
): Deployment {
  const labels = o.labels ?? { app: name };
  const containers = o.containers ?? [
    {
      name: (o.image ?? 'nginx').split(/[/:]/)[0] ?? 'app',
      image: o.image ?? 'nginx',
      ...(o.ports ? { ports: o.ports } : {}),
    },
  ];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels, ...(o.namespace ? { namespace: o.namespace } : {}) },
    spec: {
      replicas: o.replicas ?? 1,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers } },
    },
  };
}

export function service(
  name: string,
  o: {
    selector?: Labels | null;
    ports?: ServicePort[];
    type?: Service['spec']['type'];
    namespace?: string;
    clusterIP?: string;
  } = {},
): Service {
  const spec: Service['spec'] = { ports: o.ports ?? [{ port: 80, targetPort: 80 }] };
  if (o.selector !== null) spec.selector = o.selector ?? { app: name };
  if (o.type) spec.type = o.type;
  if (o.clusterIP) spec.clusterIP = o.clusterIP;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, ...(o.namespace ? { namespace: o.namespace } : {}) },
    spec,
  };
}

export function pod(
  name: string,
  o: {
    labels?: Labels;
    image?: string;
    containers?: Container[];
    namespace?: string;
    command?: string[];
  } = {},
): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: o.labels ?? { run: name }, ...(o.namespace ? { namespace: o.namespace } : {}) },
    spec: {
      containers: o.containers ?? [
        { name, image: o.image ?? 'busybox', ...(o.command ? { command: o.command } : {}) },
      ],
    },
  };
}

/** A long-running busybox client pod to exec commands from. */
export const client = (name = 'client', namespace?: string): Pod =>
  pod(name, { image: 'busybox:1.36', command: ['sleep', '3600'], ...(namespace ? { namespace } : {}) });
