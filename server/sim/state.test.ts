import { describe, expect, it } from 'vitest';
import { createCluster, replay } from './index.js';
import type { Cluster, ChangeEvent, ClusterSnapshot } from './index.js';
import { client, deployment, service } from './testing/fixtures.js';

function script(c: Cluster): void {
  c.create(deployment('web', { replicas: 3 }));
  c.create(service('web', { type: 'NodePort' }));
  c.create(client());
  c.exec({ name: 'client' }, ['wget', '-qO-', 'web']);
  c.delete({ kind: 'Pod', name: c.list('Pod', { selector: { app: 'web' } })[0]!.metadata.name });
  c.create(service('bad', { ports: [{ port: 0 }] }));
  c.rolloutRestart({ kind: 'Deployment', name: 'web' });
  c.probe({
    from: { outside: true },
    host: '172.18.0.3',
    port: c.get('Service', 'web')!.spec.ports![0]!.nodePort!,
  });
  c.advance(60_000);
}

describe('state', () => {
  it('is deterministic: same seed and operations give the same snapshot', () => {
    const a = createCluster({ seed: 99 });
    const b = createCluster({ seed: 99 });
    script(a);
    script(b);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    const other = createCluster({ seed: 100 });
    script(other);
    expect(JSON.stringify(other.snapshot().state)).not.toBe(JSON.stringify(a.snapshot().state));
  });

  it('replays its log into an identical cluster', () => {
    const a = createCluster({ seed: 5, nodes: 3 });
    script(a);
    const b = replay({ seed: 5, nodes: 3 }, a.log());
    expect(JSON.stringify(b.snapshot())).toBe(JSON.stringify(a.snapshot()));
  });

  it('forks are isolated in both directions and survive a JSON round trip', () => {
    const a = createCluster({ seed: 1 });
    a.create(deployment('web', { replicas: 2 }));
    const b = a.fork();
    b.scale({ kind: 'Deployment', name: 'web' }, 5);
    a.create(service('only-in-a'));
    expect(a.list('Pod', { selector: { app: 'web' } })).toHaveLength(2);
    expect(b.list('Pod', { selector: { app: 'web' } })).toHaveLength(5);
    expect(b.get('Service', 'only-in-a')).toBeUndefined();

    const snap = JSON.parse(JSON.stringify(a.snapshot()));
    const c = createCluster({ seed: 42 });
    c.restore(snap);
    expect(c.list('Pod', { selector: { app: 'web' } }).map((p) => p.metadata.name)).toEqual(
      a.list('Pod', { selector: { app: 'web' } }).map((p) => p.metadata.name),
    );
    c.scale({ kind: 'Deployment', name: 'web' }, 1);
    expect(a.list('Pod', { selector: { app: 'web' } })).toHaveLength(2);
  });

  it('returns frozen-in-time objects: old reads do not change after writes', () => {
    const a = createCluster({ seed: 1 });
    a.create(service('web'));
    const before = a.get('Service', 'web');
    a.patch({ kind: 'Service', name: 'web' }, { spec: { selector: { app: 'api' } } }, 'merge');
    expect(before?.spec.selector).toEqual({ app: 'web' });
    expect(a.get('Service', 'web')?.spec.selector).toEqual({ app: 'api' });
  });

  it('notifies subscribers with the changed objects; refused writes change nothing', () => {
    const a = createCluster({ seed: 1 });
    const events: ChangeEvent[] = [];
    const off = a.subscribe((e) => events.push(e));
    a.create(deployment('web', { replicas: 1 }));
    const kinds = new Set(events[0]?.changes.map((ch) => ch.kind));
    expect(kinds).toEqual(new Set(['Deployment', 'ReplicaSet', 'Pod']));
    const rv = a.snapshot().state;
    a.create(service('x', { ports: [{ port: 0 }] }));
    expect(events[1]?.changes).toEqual([]);
    expect((a.snapshot().state as { objects: unknown }).objects).toBe((rv as { objects: unknown }).objects);
    off();
    a.create(service('y'));
    expect(events).toHaveLength(2);
  });

  it('advances the clock by a fixed step per operation', () => {
    const a = createCluster({ seed: 1, now: Date.UTC(2025, 5, 1), clockStepMs: 2000 });
    a.create(service('web'));
    expect(a.now()).toBe(Date.UTC(2025, 5, 1) + 2000);
    expect(a.get('Service', 'web')?.metadata.creationTimestamp).toBe('2025-06-01T00:00:02Z');
    a.advance(3_600_000);
    expect(a.now()).toBe(Date.UTC(2025, 5, 1) + 2000 + 3_600_000);
  });

  it('restores a format-1 snapshot (flat namespaces, saved by an earlier version) and carries on alike', () => {
    const a = createCluster({ seed: 8, nodes: 3 });
    script(a);
    const v2 = JSON.parse(JSON.stringify(a.snapshot())) as { state: Record<string, unknown>; log: unknown[] };
    const flatten = (byNs: Record<string, Record<string, Record<string, unknown>>>) =>
      Object.fromEntries(
        Object.entries(byNs).map(([ns, buckets]) => [ns, Object.assign({}, ...Object.values(buckets))]),
      );
    const objects = v2.state.objects as Record<
      string,
      Record<string, Record<string, Record<string, unknown>>>
    >;
    const v1 = {
      ...v2,
      state: {
        ...v2.state,
        v: 1,
        objects: Object.fromEntries(Object.entries(objects).map(([kind, byNs]) => [kind, flatten(byNs)])),
        runtime: flatten(v2.state.runtime as Record<string, Record<string, Record<string, unknown>>>),
      },
    };
    const b = createCluster({ seed: 0 });
    b.restore(v1 as ClusterSnapshot);
    expect(b.snapshot().state).toEqual(a.snapshot().state);
    for (const c of [a, b]) {
      c.scale({ kind: 'Deployment', name: 'web' }, 5);
      c.exec({ name: 'client' }, ['wget', '-qO-', 'web']);
    }
    expect(b.snapshot().state).toEqual(a.snapshot().state);
    expect(() => b.restore({ ...v1, state: { ...v1.state, v: 9 } } as ClusterSnapshot)).toThrow(/format 9/);
  });
});
