import { describe, expect, it } from 'vitest';
import { createCluster } from './index.js';
import { deployment } from './testing/fixtures.js';

describe('node operations report typed errors', () => {
  it('names what is missing with a code and the printed message', () => {
    const c = createCluster({ seed: 5 });
    c.create(deployment('web', { replicas: 1 }));
    const web = c.list('Pod', { selector: { app: 'web' } })[0];
    const elsewhere = web?.spec.nodeName === 'kind-worker' ? 'kind-worker2' : 'kind-worker';
    expect(c.killContainer('nope', { name: 'x' })).toEqual({
      ok: false,
      error: { code: 'node/not-found', message: 'node "nope" not found' },
    });
    expect(c.killContainer(elsewhere, { name: web?.metadata.name ?? '' })).toEqual({
      ok: false,
      error: {
        code: 'node/pod-not-here',
        message: `no pod default/${web?.metadata.name} runs on ${elsewhere}`,
      },
    });
    const proxy = c.list('Pod', { namespace: 'kube-system', selector: { 'k8s-app': 'kube-proxy' } })[0];
    const r = c.killContainer(proxy?.spec.nodeName ?? '', {
      name: proxy?.metadata.name ?? '',
      namespace: 'kube-system',
    });
    expect(r.ok ? undefined : r.error.code).toBe('node/no-sandbox');
    expect(c.setNodeReady('nope', false)).toEqual({
      ok: false,
      error: { code: 'node/not-found', message: 'nodes "nope" not found' },
    });
    expect(c.restartKubeProxy('kind-worker')).toMatchObject({ ok: true });
  });

  it('a probe from a source that does not exist times out at its first hop with the reason', () => {
    const c = createCluster({ seed: 5 });
    const r = c.probe({ from: { pod: { name: 'ghost' } }, host: 'kubernetes', port: 443 });
    expect(r.outcome).toBe('timeout');
    expect(r.hops).toEqual([
      { kind: 'client', ok: false, label: 'client', detail: 'pods "ghost" not found' },
    ]);
  });
});
