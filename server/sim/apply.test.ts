import { describe, expect, it } from 'vitest';
import { createCluster } from './index.js';
import { deployment, service } from './testing/fixtures.js';

describe('kubectl apply semantics', () => {
  it('creates, then reports unchanged, then configured', () => {
    const c = createCluster({ seed: 1 });
    const d = deployment('web', { replicas: 2 });
    const a = c.apply(d);
    expect(a.ok && a.action).toBe('created');
    const b = c.apply(d);
    expect(b.ok && b.action).toBe('unchanged');
    const pods = c.list('Pod').map((p) => p.metadata.name);
    const e = c.apply(deployment('web', { replicas: 3 }));
    expect(e.ok && e.action).toBe('configured');
    expect(c.list('Pod')).toHaveLength(3);
    expect(c.list('Pod').map((p) => p.metadata.name)).toEqual(expect.arrayContaining(pods));
  });

  it('removes fields dropped from the manifest but keeps fields set by others', () => {
    const c = createCluster({ seed: 2 });
    const s = service('web', {
      ports: [
        { name: 'http', port: 80, targetPort: 8080 },
        { name: 'metrics', port: 9090 },
      ],
    });
    s.metadata.labels = { app: 'web', team: 'a' };
    c.apply(s);
    const ip = c.get('Service', 'web')?.spec.clusterIP;
    const t = service('web', { ports: [{ name: 'http', port: 80, targetPort: 8080 }] });
    t.metadata.labels = { app: 'web' };
    c.patch({ kind: 'Service', name: 'web' }, { metadata: { annotations: { owner: 'me' } } }, 'merge');
    const r = c.apply(t);
    expect(r.ok && r.action).toBe('configured');
    const now = c.get('Service', 'web');
    expect(now?.spec.ports?.map((p) => p.name)).toEqual(['http']);
    expect(now?.metadata.labels).toEqual({ app: 'web' });
    expect(now?.metadata.annotations?.owner).toBe('me');
    expect(now?.spec.clusterIP).toBe(ip);
  });

  it('json and strategic patches edit selectors and ports', () => {
    const c = createCluster({ seed: 3 });
    c.create(
      service('web', {
        ports: [
          { name: 'http', port: 80 },
          { name: 'https', port: 443 },
        ],
      }),
    );
    const j = c.patch(
      { kind: 'Service', name: 'web' },
      [{ op: 'replace', path: '/spec/selector/app', value: 'api' }],
      'json',
    );
    expect(j.ok).toBe(true);
    expect(c.get('Service', 'web')?.spec.selector).toEqual({ app: 'api' });
    c.patch(
      { kind: 'Service', name: 'web' },
      { spec: { ports: [{ port: 443, targetPort: 8443 }] } },
      'strategic',
    );
    expect(c.get('Service', 'web')?.spec.ports?.map((p) => `${p.name}:${p.targetPort}`)).toEqual([
      'http:80',
      'https:8443',
    ]);
    const bad = c.patch({ kind: 'Service', name: 'web' }, [{ op: 'remove', path: '/spec/nope' }], 'json');
    expect(!bad.ok && bad.status.reason).toBe('BadRequest');
  });

  it('refuses a stale resourceVersion on replace (Conflict)', () => {
    const c = createCluster({ seed: 4 });
    c.create(service('web'));
    const v1 = structuredClone(c.get('Service', 'web')!);
    c.patch({ kind: 'Service', name: 'web' }, { metadata: { labels: { a: 'b' } } }, 'merge');
    const r = c.replace(v1);
    expect(!r.ok && r.status.message).toBe(
      'Operation cannot be fulfilled on services "web": the object has been modified; please apply your changes to the latest version and try again',
    );
  });
});
