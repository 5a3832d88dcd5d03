import { describe, expect, it } from 'vitest';
import { createCluster } from '../index.js';
import type { Cluster } from '../index.js';
import { deployment, pod, service } from '../testing/fixtures.js';
import type { Labels, Pod } from '../types.js';
import { matchesMap } from './labels.js';
import { lookup, NO_OWNER, ownerKey, podsOwnedBy, podsWithLabels } from './indexes.js';
import { bucketValues, type ClusterState } from './state.js';
import { Rng } from '../../common/rng.js';

const podMap = (c: Cluster, ns = 'default') => (c.snapshot().state as ClusterState).objects.Pod[ns];
const names = (objs: { metadata: { name: string } }[]) => objs.map((o) => o.metadata.name);

/** Each index must answer exactly what a scan of every object answers. */
function expectIndexTruthful(c: Cluster, selectors: Labels[]): void {
  const m = podMap(c);
  const all = bucketValues(m);
  const sorted = (ps: Pod[]) => names(ps).sort();
  for (const uid of new Set([NO_OWNER, ...all.map(ownerKey)]))
    expect(names(podsOwnedBy(m, uid))).toEqual(sorted(all.filter((p) => ownerKey(p) === uid)));
  const state = c.snapshot().state as ClusterState;
  const rsets = bucketValues(state.objects.ReplicaSet.default);
  for (const uid of new Set([NO_OWNER, ...rsets.map(ownerKey)]))
    expect(names(lookup('ReplicaSet', state.objects.ReplicaSet.default, 'owner', uid))).toEqual(
      names(rsets.filter((r) => ownerKey(r) === uid)).sort(),
    );
  const slices = bucketValues(state.objects.EndpointSlice.default);
  const service = (s: (typeof slices)[number]) => s.metadata.labels?.['kubernetes.io/service-name'] ?? '';
  for (const svc of new Set(slices.map(service)))
    expect(names(lookup('EndpointSlice', state.objects.EndpointSlice.default, 'service', svc))).toEqual(
      names(slices.filter((s) => service(s) === svc)).sort(),
    );
  for (const sel of selectors)
    expect(names(podsWithLabels(m, sel).filter((p) => matchesMap(sel, p.metadata.labels)))).toEqual(
      sorted(all.filter((p) => matchesMap(sel, p.metadata.labels))),
    );
}

const SELECTORS: Labels[] = [{}, { app: 'web' }, { app: 'api' }, { app: 'web', tier: 'x' }, { run: 'solo' }];

describe('indexes (pods by owner and label, ReplicaSets by owner, slices by Service)', () => {
  it('stays equal to a full scan through creates, scale, relabels, orphaning, adoption and deletes', () => {
    const c = createCluster({ seed: 3, nodes: 4 });
    const rng = new Rng(11);
    c.create(deployment('web', { replicas: 3 }));
    c.create(deployment('api', { replicas: 2 }));
    c.create(service('web'));
    expectIndexTruthful(c, SELECTORS); // built here, then kept in step by every write below
    for (let step = 0; step < 60; step++) {
      const pods = bucketValues(podMap(c));
      const some = pods[rng.int(pods.length)]?.metadata.name ?? 'none';
      const op = rng.int(7);
      if (op === 0) c.scale({ kind: 'Deployment', name: rng.int(2) ? 'web' : 'api' }, rng.int(6));
      else if (op === 1) c.delete({ kind: 'Pod', name: some });
      // Relabelling a pod out of its ReplicaSet's selector orphans it; relabelling it back gets it adopted.
      else if (op === 2)
        c.patch({ kind: 'Pod', name: some }, { metadata: { labels: { app: 'gone' } } }, 'merge');
      else if (op === 3)
        c.patch({ kind: 'Pod', name: some }, { metadata: { labels: { app: 'web', tier: 'x' } } }, 'merge');
      else if (op === 4 && !c.get('Pod', 'solo'))
        c.create(pod('solo', { labels: { run: 'solo', app: 'web' } }));
      else if (op === 5)
        if (c.get('Service', 'api')) c.delete({ kind: 'Service', name: 'api' });
        else c.create(service('api'));
      else c.rolloutRestart({ kind: 'Deployment', name: 'web' });
      expectIndexTruthful(c, SELECTORS);
    }
  });

  it('keeps a fork and its parent apart (copy-on-write buckets)', () => {
    const parent = createCluster({ seed: 4, nodes: 3 });
    parent.create(deployment('web', { replicas: 4 }));
    expectIndexTruthful(parent, SELECTORS);
    const before = names(podsWithLabels(podMap(parent), { app: 'web' }));
    const fork = parent.fork();
    fork.scale({ kind: 'Deployment', name: 'web' }, 1);
    fork.create(pod('solo', { labels: { run: 'solo' } }));
    expectIndexTruthful(fork, SELECTORS);
    expect(names(podsWithLabels(podMap(fork), { app: 'web' }))).toHaveLength(1);
    // The parent's map and index are untouched by the fork's writes.
    expect(names(podsWithLabels(podMap(parent), { app: 'web' }))).toEqual(before);
    expectIndexTruthful(parent, SELECTORS);
    parent.scale({ kind: 'Deployment', name: 'web' }, 6);
    expectIndexTruthful(parent, SELECTORS);
    expectIndexTruthful(fork, SELECTORS);
  });

  it('is rebuilt from a restored JSON snapshot with the same answers', () => {
    const a = createCluster({ seed: 5, nodes: 3 });
    a.create(deployment('web', { replicas: 5 }));
    const b = createCluster({ seed: 5, nodes: 3 });
    b.restore(JSON.parse(JSON.stringify(a.snapshot())));
    a.scale({ kind: 'Deployment', name: 'web' }, 8);
    b.scale({ kind: 'Deployment', name: 'web' }, 8);
    expectIndexTruthful(b, SELECTORS);
    expect(JSON.stringify(b.snapshot().state)).toBe(JSON.stringify(a.snapshot().state));
  });
});
