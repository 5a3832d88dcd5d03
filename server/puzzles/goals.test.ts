/** Unit tests of each goal kind against small clusters built with kubectl. */
import { describe, expect, it } from 'vitest';
import { createCluster } from '../sim/index.js';
import type { Cluster } from '../sim/index.js';
import { runKubectl } from '../sim/kubectl/index.js';
import { resolvedGoalSchema } from './goal-schema.js';
import type { Goal } from './goal-schema.js';
import { checkGoals } from './goals.js';

function clusterWith(lines: string[], files: Record<string, string> = {}): Cluster {
  const c = createCluster({ seed: 7, nodes: 2 });
  for (const line of lines) {
    const r = runKubectl(c, line, { files });
    if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
  }
  return c;
}

/** Parses a goal like a puzzle file would (defaults filled in) and checks it. */
function check(c: Cluster, goal: Record<string, unknown>) {
  const parsed: Goal = resolvedGoalSchema.parse({ id: 'g', description: 'test goal', ...goal });
  const [r] = checkGoals(c, [parsed]);
  if (!r) throw new Error('no result');
  return r;
}

const web = clusterWith([
  'kubectl create deployment web --image=nginx --replicas=3',
  'kubectl expose deployment web --port=80',
  'kubectl expose deployment web --port=80 --type=NodePort --name=web-np',
]);

describe('endpoints goals', () => {
  it('counts ready addresses and checks ports and distinct IPs', () => {
    expect(
      check(web, { kind: 'endpoints', service: 'web', readyCount: 3, distinctIps: true, port: 80 }).met,
    ).toBe(true);
    const wrong = check(web, { kind: 'endpoints', service: 'web', readyCount: 2, port: 8080 });
    expect(wrong).toMatchObject({
      met: false,
      detail: '3 ready endpoints (want 2); endpoint port 80 (want 8080)',
    });
    expect(check(web, { kind: 'endpoints', service: 'nope', readyCount: 0 }).met).toBe(false);
  });

  it('sees an empty endpoints list', () => {
    const c = web.fork();
    runKubectl(c, 'kubectl set selector service web app=other');
    expect(check(c, { kind: 'endpoints', service: 'web', readyCount: 0 }).met).toBe(true);
    expect(check(c, { kind: 'endpoints', service: 'web', port: 80 })).toMatchObject({
      met: false,
      detail: 'no endpoint ports (want 80)',
    });
  });
});

describe('service goals', () => {
  it('checks type, ClusterIP, ports, selector and the node port range', () => {
    expect(check(web, { kind: 'service', name: 'web', type: 'ClusterIP', hasClusterIP: true }).met).toBe(
      true,
    );
    expect(check(web, { kind: 'service', name: 'web', type: 'NodePort' })).toMatchObject({
      met: false,
      detail: 'type is ClusterIP (want NodePort)',
    });
    expect(check(web, { kind: 'service', name: 'web-np', type: 'NodePort', nodePortInRange: true }).met).toBe(
      true,
    );
    expect(check(web, { kind: 'service', name: 'web', nodePortInRange: true }).met).toBe(false);
    expect(
      check(web, { kind: 'service', name: 'web', ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }] })
        .met,
    ).toBe(true);
    expect(check(web, { kind: 'service', name: 'web', ports: [{ port: 80, protocol: 'UDP' }] }).met).toBe(
      false,
    );
    expect(check(web, { kind: 'service', name: 'web', selector: { app: 'web' } }).met).toBe(true);
    expect(check(web, { kind: 'service', name: 'web', selector: { app: 'web', tier: 'x' } }).met).toBe(false);
  });

  it('can require that a Service is gone', () => {
    expect(check(web, { kind: 'service', name: 'web', absent: true }).met).toBe(false);
    expect(check(web, { kind: 'service', name: 'ghost', absent: true }).met).toBe(true);
  });
});

describe('no-service-of-type goals', () => {
  it('finds exposed Services, optionally only those selecting given pods', () => {
    expect(check(web, { kind: 'no-service-of-type', type: 'LoadBalancer' }).met).toBe(true);
    expect(check(web, { kind: 'no-service-of-type', type: ['NodePort', 'LoadBalancer'] })).toMatchObject({
      met: false,
      detail: 'found default/web-np (NodePort)',
    });
    expect(
      check(web, { kind: 'no-service-of-type', type: 'NodePort', selecting: { app: 'cache' } }).met,
    ).toBe(true);
    expect(check(web, { kind: 'no-service-of-type', type: 'NodePort', namespace: 'kube-system' }).met).toBe(
      true,
    );
  });
});

describe('deployment and object-field goals', () => {
  it('checks ready replicas and image', () => {
    expect(check(web, { kind: 'deployment', name: 'web', readyReplicas: 3, image: 'nginx' }).met).toBe(true);
    expect(check(web, { kind: 'deployment', name: 'web', readyReplicas: 2 }).met).toBe(false);
    expect(check(web, { kind: 'deployment', name: 'web', image: 'httpd' }).met).toBe(false);
    expect(check(web, { kind: 'deployment', name: 'api', readyReplicas: 0 }).met).toBe(false);
  });

  it('reads fields by path, with list items picked by key', () => {
    const field = (path: string, test: Record<string, unknown>) =>
      check(web, { kind: 'object-field', object: { kind: 'Deployment', name: 'web' }, path, ...test });
    expect(field('spec.template.spec.containers[name=nginx].image', { equals: 'nginx' }).met).toBe(true);
    expect(field('spec.template.spec.containers[0].image', { matches: '^ngi' }).met).toBe(true);
    expect(field('spec.replicas', { equals: 3 }).met).toBe(true);
    expect(field('spec.replicas', { notEquals: 3 }).met).toBe(false);
    expect(field('spec.template.spec.containers[name=sidecar]', { exists: false }).met).toBe(true);
    expect(field('metadata.labels.app', { notMatches: 'web' })).toMatchObject({
      met: false,
      detail: 'metadata.labels.app is "web"',
    });
  });
});

describe('kube-proxy-synced goals', () => {
  it('fails while a node keeps stale rules and passes after kube-proxy restarts', () => {
    const c = web.fork();
    const pod = c.list('Pod', { selector: { app: 'web' } })[0];
    const node = pod?.spec.nodeName ?? '';
    c.killContainer(node, { name: pod?.metadata.name ?? '' });
    expect(check(c, { kind: 'kube-proxy-synced' })).toMatchObject({
      met: false,
      detail: `stale rules on ${node}`,
    });
    c.restartKubeProxy(node);
    expect(check(c, { kind: 'kube-proxy-synced' }).met).toBe(true);
  });
});

describe('probe goals', () => {
  it('sends a request from a temporary busybox pod and checks the body', () => {
    const g = { kind: 'probe', url: 'http://web', expect: { bodyContains: 'Welcome to nginx!' } };
    expect(check(web, g).met).toBe(true);
    expect(check(web, { ...g, expect: { bodyContains: 'Apache' } }).met).toBe(false);
    expect(check(web, { kind: 'probe', url: 'http://nope' })).toMatchObject({ met: false });
    expect(check(web, { kind: 'probe', url: 'http://nope', expect: { outcome: 'unknown-host' } }).met).toBe(
      true,
    );
  });

  it('reaches a NodePort from outside, and a ClusterIP only from inside', () => {
    expect(
      check(web, { kind: 'probe', from: { outside: true }, service: { name: 'web-np', via: 'node-port' } })
        .met,
    ).toBe(true);
    expect(check(web, { kind: 'probe', from: { outside: true }, service: { name: 'web' } }).met).toBe(false);
    expect(check(web, { kind: 'probe', from: { node: 'kind-worker' }, service: { name: 'web' } }).met).toBe(
      true,
    );
    expect(check(web, { kind: 'probe', service: { name: 'web', via: 'node-port' } }).detail).toBe(
      'service web has no node port',
    );
  });

  it('uses the address an app pod is configured with', () => {
    const manifest = `apiVersion: v1
kind: Pod
metadata: { name: client, labels: { app: client } }
spec:
  containers:
    - name: app
      image: example.com/client:1
      env: [{ name: TARGET, value: "web:80" }, { name: BROKEN, value: "http://web.other" }]
`;
    const c = web.fork();
    expect(
      runKubectl(c, 'kubectl apply -f client.yaml', { files: { 'client.yaml': manifest } }).exitCode,
    ).toBe(0);
    const from = { selector: { app: 'client' } };
    expect(check(c, { kind: 'probe', from, envUrl: 'TARGET' }).met).toBe(true);
    expect(check(c, { kind: 'probe', from, envUrl: 'BROKEN' }).met).toBe(false);
    expect(check(c, { kind: 'probe', from, envUrl: 'MISSING' }).detail).toBe('client has no MISSING setting');
    expect(check(c, { kind: 'probe', from: { selector: { app: 'none' } }, envUrl: 'TARGET' }).met).toBe(
      false,
    );
  });

  it('repeats attempts and can replace pods first, on a scratch fork only', () => {
    const c = web.fork();
    const pod = c.list('Pod', { selector: { app: 'web' } })[0];
    const node = pod?.spec.nodeName ?? '';
    c.killContainer(node, { name: pod?.metadata.name ?? '' });
    const before = JSON.stringify(c.snapshot());
    const many = check(c, { kind: 'probe', from: { node }, service: { name: 'web' }, attempts: 20 });
    expect(many.met).toBe(false);
    expect(many.detail).toMatch(/of 20 attempts failed; timeout/);
    const after = check(c, {
      kind: 'probe',
      url: 'http://web',
      afterDeletingPods: { selector: { app: 'web' } },
      expect: { bodyContains: 'nginx' },
    });
    expect(after.met).toBe(true);
    expect(JSON.stringify(c.snapshot())).toBe(before);
  });

  it('probes UDP', () => {
    expect(check(web, { kind: 'probe', host: 'web', port: 80, protocol: 'UDP' }).met).toBe(false);
  });
});
