import { describe, expect, it } from 'vitest';
import { createCluster } from './index.js';
import { Rng } from '../common/rng.js';
import { client, deployment, pod, service } from './testing/fixtures.js';

const ok = <T extends { ok: boolean }>(r: T): T => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r;
};

describe('deployment → replicaset → pods', () => {
  it('names the ReplicaSet <deploy>-<hash> and pods <rs>-<5 chars>, labels from the template', () => {
    const c = createCluster({ seed: 7 });
    ok(c.create(deployment('web', { replicas: 3 })));
    const [rs] = c.list('ReplicaSet');
    expect(rs?.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{8,10}$/);
    const hash = rs?.metadata.labels?.['pod-template-hash'];
    expect(rs?.metadata.name).toBe(`web-${hash}`);
    const pods = c.list('Pod', { selector: { app: 'web' } });
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
      expect(p.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
      expect(p.status?.podIP).toMatch(/^10\.244\.[12]\.\d+$/);
      expect(p.status?.phase).toBe('Running');
    }
    expect(new Set(pods.map((p) => p.status?.podIP)).size).toBe(3);
    // Spread over both workers, never on the tainted control plane.
    expect(new Set(pods.map((p) => p.spec.nodeName))).toEqual(new Set(['kind-worker', 'kind-worker2']));
    expect(c.get('Deployment', 'web')?.status?.readyReplicas).toBe(3);
  });

  it('replaces a deleted pod with a new name and a new IP', () => {
    const c = createCluster({ seed: 1 });
    ok(c.create(deployment('web', { replicas: 2 })));
    const before = c.list('Pod');
    const victim = before[0]!;
    ok(c.delete({ kind: 'Pod', name: victim.metadata.name }));
    const after = c.list('Pod');
    expect(after).toHaveLength(2);
    const fresh = after.find((p) => !before.some((b) => b.metadata.name === p.metadata.name))!;
    expect(fresh).toBeDefined();
    expect(fresh.status?.podIP).not.toBe(victim.status?.podIP);
  });

  it('rollout restart creates a new ReplicaSet and scales the old one to 0', () => {
    const c = createCluster({ seed: 2 });
    ok(c.create(deployment('web', { replicas: 2 })));
    const old = c.list('ReplicaSet')[0]!.metadata.name;
    ok(c.rolloutRestart({ kind: 'Deployment', name: 'web' }));
    const rss = c.list('ReplicaSet');
    expect(rss).toHaveLength(2);
    expect(rss.find((r) => r.metadata.name === old)?.spec.replicas).toBe(0);
    const cur = rss.find((r) => r.metadata.name !== old)!;
    expect(cur.spec.replicas).toBe(2);
    expect(cur.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(c.list('Pod').every((p) => p.metadata.name.startsWith(cur.metadata.name))).toBe(true);
  });

  it('scale changes the pod count; deleting the deployment removes everything', () => {
    const c = createCluster({ seed: 3 });
    ok(c.create(deployment('web', { replicas: 1 })));
    ok(c.scale({ kind: 'Deployment', name: 'web' }, 4));
    expect(c.list('Pod')).toHaveLength(4);
    ok(c.scale({ kind: 'Deployment', name: 'web' }, 2));
    expect(c.list('Pod')).toHaveLength(2);
    ok(c.delete({ kind: 'Deployment', name: 'web' }));
    expect(c.list('Pod')).toHaveLength(0);
    expect(c.list('ReplicaSet')).toHaveLength(0);
  });

  it('busybox without a long-running command crash-loops and is not ready', () => {
    const c = createCluster({ seed: 4 });
    ok(c.create(deployment('bb', { image: 'busybox' })));
    const p = c.list('Pod')[0]!;
    expect(p.status?.containerStatuses?.[0]?.state.waiting?.reason).toBe('CrashLoopBackOff');
    expect(p.status?.conditions?.find((x) => x.type === 'Ready')?.status).toBe('False');
  });
});

describe('endpoints and endpointslice controllers', () => {
  it('lists ready pods in addresses and unready ones in notReadyAddresses', () => {
    const c = createCluster({ seed: 5 });
    ok(c.create(deployment('web', { replicas: 2 })));
    // Same labels, but its readiness probe checks a port nothing listens on.
    ok(
      c.create(
        pod('slow', {
          labels: { app: 'web' },
          containers: [
            { name: 'nginx', image: 'nginx', readinessProbe: { httpGet: { path: '/', port: 8080 } } },
          ],
        }),
      ),
    );
    ok(c.create(service('web')));
    const ep = c.get('Endpoints', 'web')!;
    expect(ep.subsets).toHaveLength(1);
    expect(ep.subsets?.[0]?.addresses).toHaveLength(2);
    expect(ep.subsets?.[0]?.notReadyAddresses?.map((a) => a.targetRef?.name)).toEqual(['slow']);
    const slice = c
      .list('EndpointSlice')
      .find((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web')!;
    expect(slice.metadata.name).toMatch(/^web-[a-z0-9]{5}$/);
    expect(slice.endpoints?.filter((e) => e.conditions.ready)).toHaveLength(2);
    expect(slice.endpoints?.find((e) => !e.conditions.ready)?.targetRef?.name).toBe('slow');
  });

  it('requires every selector label and drops a pod when a label is removed', () => {
    const c = createCluster({ seed: 6 });
    ok(c.create(deployment('web', { replicas: 1, labels: { app: 'nginx', tier: 'frontend' } })));
    ok(c.create(service('web', { selector: { app: 'nginx', tier: 'frontend' } })));
    expect(c.get('Endpoints', 'web')?.subsets?.[0]?.addresses).toHaveLength(1);
    const p = c.list('Pod')[0]!;
    ok(c.patch({ kind: 'Pod', name: p.metadata.name }, { metadata: { labels: { tier: null } } }, 'merge'));
    // The orphaned pod keeps running, the ReplicaSet makes a new one which matches again.
    const eps = c.get('Endpoints', 'web')?.subsets?.[0]?.addresses ?? [];
    expect(eps.map((a) => a.targetRef?.name)).not.toContain(p.metadata.name);
  });

  it('resolves a named targetPort per pod and groups pods by port', () => {
    const c = createCluster({ seed: 8 });
    const mk = (name: string, port: number) =>
      deployment(name, {
        labels: { app: 'api', v: name },
        containers: [
          {
            name: 'app',
            image: 'hashicorp/http-echo',
            args: [`-listen=:${port}`, '-text=hi'],
            ports: [{ name: 'http', containerPort: port }],
          },
        ],
      });
    ok(c.create(mk('v1', 8080)));
    ok(c.create(mk('v2', 9090)));
    ok(c.create(pod('noport', { labels: { app: 'api' }, image: 'nginx' })));
    ok(c.create(service('api', { selector: { app: 'api' }, ports: [{ port: 80, targetPort: 'http' }] })));
    const subsets = c.get('Endpoints', 'api')?.subsets ?? [];
    expect(subsets.map((s) => s.ports?.[0]?.port).sort()).toEqual([8080, 9090]);
    const all = subsets.flatMap((s) => s.addresses ?? []).map((a) => a.targetRef?.name);
    expect(all).not.toContain('noport');
    expect(
      c.list('EndpointSlice').filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'api'),
    ).toHaveLength(2);
  });

  it('leaves the Endpoints of a Service without selector to the user, and routes to them', () => {
    const c = createCluster({ seed: 9 });
    ok(c.create(deployment('db', { replicas: 1, image: 'redis', labels: { app: 'db' } })));
    const ip = c.list('Pod')[0]!.status!.podIP!;
    ok(c.create(service('external-db', { selector: null, ports: [{ port: 6379 }] })));
    expect(c.get('Endpoints', 'external-db')).toBeUndefined();
    ok(
      c.create({
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: { name: 'external-db' },
        subsets: [{ addresses: [{ ip }], ports: [{ port: 6379 }] }],
      }),
    );
    expect(c.get('Endpoints', 'external-db')?.subsets?.[0]?.addresses?.[0]?.ip).toBe(ip);
    ok(c.create(client()));
    const r = c.exec({ name: 'client' }, ['nc', '-zv', 'external-db', '6379']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^external-db \(10\.\d+\.\d+\.\d+:6379\) open\n$/);
  });

  it('keeps pods without an IP out (unschedulable pods stay Pending)', () => {
    const c = createCluster({ seed: 10, nodes: 1 });
    ok(c.create(pod('picky', { labels: { app: 'web' }, image: 'nginx' })));
    ok(c.patch({ kind: 'Node', name: 'kind-worker' }, { spec: { unschedulable: true } }, 'merge'));
    ok(c.create(pod('late', { labels: { app: 'web' }, image: 'nginx' })));
    ok(c.create(service('web')));
    expect(c.get('Pod', 'late')?.status?.phase).toBe('Pending');
    expect(c.get('Pod', 'late')?.status?.conditions?.[0]?.message).toMatch(/^0\/2 nodes are available: /);
    const names = (c.get('Endpoints', 'web')?.subsets ?? [])
      .flatMap((s) => s.addresses ?? [])
      .map((a) => a.targetRef?.name);
    expect(names).toEqual(['picky']);
  });
});

describe('node failure', () => {
  it('marks pods of a down node not ready, then evicts them after 300 s', () => {
    const c = createCluster({ seed: 12 });
    ok(c.create(deployment('web', { replicas: 4 })));
    ok(c.create(service('web')));
    ok(c.create(client()));
    const clientNode = c.get('Pod', 'client')?.spec.nodeName;
    const down = clientNode === 'kind-worker' ? 'kind-worker2' : 'kind-worker';
    const onDown = c.list('Pod', { selector: { app: 'web' } }).filter((p) => p.spec.nodeName === down);
    expect(onDown.length).toBeGreaterThan(0);
    expect(c.setNodeReady(down, false).ok).toBe(true);
    expect(c.get('Node', down)?.status.conditions.find((x) => x.type === 'Ready')?.status).toBe('Unknown');
    const notReady =
      c.get('Endpoints', 'web')?.subsets?.[0]?.notReadyAddresses?.map((a) => a.targetRef?.name) ?? [];
    expect(notReady.sort()).toEqual(onDown.map((p) => p.metadata.name).sort());
    for (let i = 0; i < 10; i++)
      expect(c.probe({ from: { pod: { name: 'client' } }, host: 'web', port: 80 }).outcome).toBe('ok');
    c.advance(300_000);
    const pods = c.list('Pod', { selector: { app: 'web' } });
    expect(pods).toHaveLength(4);
    expect(pods.every((p) => p.spec.nodeName !== down)).toBe(true);
    expect(c.setNodeReady(down, true).ok).toBe(true);
    expect(c.get('Node', down)?.spec.taints).toBeUndefined();
  });
});

describe('replicaset claims', () => {
  it('releases a pod that stops matching its selector and replaces it; adopts it back when it matches again', () => {
    const c = createCluster({ seed: 13 });
    ok(c.create(deployment('web', { replicas: 3 })));
    const p = c.list('Pod', { selector: { app: 'web' } })[0]!;
    ok(c.patch({ kind: 'Pod', name: p.metadata.name }, { metadata: { labels: { app: null } } }, 'merge'));
    expect(c.list('Pod')).toHaveLength(4);
    expect(c.get('Pod', p.metadata.name)?.metadata.ownerReferences).toBeUndefined();
    expect(c.list('Pod', { selector: { app: 'web' } })).toHaveLength(3);
    ok(c.patch({ kind: 'Pod', name: p.metadata.name }, { metadata: { labels: { app: 'web' } } }, 'merge'));
    expect(c.list('Pod', { selector: { app: 'web' } })).toHaveLength(3);
    expect(c.list('ReplicaSet')[0]?.status?.replicas).toBe(3);
  });
});

describe('endpoints under churn', () => {
  it('always list exactly the running pods each selector matches (multi-key, empty and changed selectors)', () => {
    const c = createCluster({ seed: 21, nodes: 3 });
    const rng = new Rng(5);
    ok(c.create(deployment('web', { replicas: 3, labels: { app: 'web', tier: 'front' } })));
    ok(c.create(deployment('api', { replicas: 2, labels: { app: 'api', tier: 'back' } })));
    ok(c.create(service('web', { selector: { app: 'web' } })));
    ok(c.create(service('front', { selector: { tier: 'front', app: 'web' } })));
    ok(c.create(service('tier-back', { selector: { tier: 'back' } })));
    ok(c.create(service('everything', { selector: {} })));
    const selectors: Record<string, string>[] = [
      { app: 'web' },
      { app: 'api' },
      { tier: 'back' },
      { team: 'x' },
    ];
    const expected = (sel: Record<string, string>) =>
      c
        .list('Pod', { selector: sel })
        .filter((p) => p.status?.podIP && p.status.phase === 'Running')
        .map((p) => p.status?.podIP)
        .sort();
    const listed = (name: string) =>
      (c.get('Endpoints', name)?.subsets ?? [])
        .flatMap((s) => [...(s.addresses ?? []), ...(s.notReadyAddresses ?? [])].map((a) => a.ip))
        .sort();
    for (let step = 0; step < 50; step++) {
      const pods = c.list('Pod');
      const some = pods[rng.int(pods.length)]?.metadata.name ?? 'none';
      const op = rng.int(5);
      if (op === 0) c.scale({ kind: 'Deployment', name: rng.int(2) ? 'web' : 'api' }, 1 + rng.int(4));
      else if (op === 1) c.delete({ kind: 'Pod', name: some });
      else if (op === 2)
        c.patch({ kind: 'Pod', name: some }, { metadata: { labels: { team: 'x', tier: 'back' } } }, 'merge');
      else if (op === 3)
        c.patch(
          { kind: 'Service', name: 'web' },
          { spec: { selector: selectors[rng.int(selectors.length)] } },
          'merge',
        );
      else c.create(pod(`solo-${step}`, { labels: { app: 'web', tier: 'front' }, image: 'nginx' }));
      for (const svc of c.list('Service').filter((s) => s.spec.selector))
        expect(listed(svc.metadata.name), `${svc.metadata.name} after step ${step}`).toEqual(
          expected(svc.spec.selector ?? {}),
        );
    }
  });
});
