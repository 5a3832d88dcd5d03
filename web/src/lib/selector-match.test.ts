import { describe, expect, it } from 'vitest';
import { links, mismatchReasons, verdict } from './selector-match.js';
import { brokenCluster } from './test-cluster.js';

const all = (view = brokenCluster()) =>
  new Set(view.nodes.flatMap((n) => n.pods.map((p) => `${p.namespace}/${p.name}`)));

describe('verdict', () => {
  const view = brokenCluster();
  it('names the missing label for a pod the selector skips', () => {
    expect(verdict(view, 'default/frontend', 'default/frontend-5d8c7b9f4-aaaaa')).toEqual({
      behind: false,
      labelsMatch: false,
      reasons: ['has no label tier (the selector wants tier=web)'],
    });
  });

  it('names a label with another value', () => {
    expect(verdict(view, 'default/db', 'default/db-0').reasons).toEqual([
      'has app=db, the selector wants app=database',
    ]);
  });

  it('tells a matching pod that is behind the Service from one that is not ready', () => {
    const ok = verdict(view, 'default/frontend', 'default/frontend-5d8c7b9f4-ccccc');
    expect(ok.behind).toBe(true);
    expect(ok.reasons).toEqual(['labels match app=frontend,tier=web', 'endpoint 10.244.2.2:80']);
    const notReady = brokenCluster();
    const p = notReady.nodes[2]!.pods[0]!;
    p.ready = false;
    p.status = 'Running';
    const v = verdict(notReady, 'default/frontend', 'default/frontend-5d8c7b9f4-ccccc');
    expect(v).toMatchObject({ behind: false, labelsMatch: true });
    expect(v.reasons[1]).toContain('not ready');
  });

  it('explains namespaces, dead containers and objects that are gone', () => {
    expect(verdict(view, 'kube-system/kube-dns', 'default/db-0').reasons[0]).toContain('namespace default');
    const dead = brokenCluster();
    dead.nodes[2]!.pods[0]!.dead = true;
    expect(verdict(dead, 'default/frontend', 'default/frontend-5d8c7b9f4-ccccc').reasons[1]).toContain(
      'killed',
    );
    expect(verdict(view, 'default/nope', 'default/db-0').reasons).toEqual(['no longer in the cluster']);
  });

  it('formats both kinds of mismatch', () => {
    expect(
      mismatchReasons({ missing: ['a'], different: [{ key: 'b', want: '1', got: '2' }] }, { a: 'x' }),
    ).toEqual(['has no label a (the selector wants a=x)', 'has b=2, the selector wants b=1']);
  });
});

describe('links', () => {
  it('draws matches and near misses, not unrelated pods', () => {
    const view = brokenCluster();
    const got = links(view, all(view)).map((l) => `${l.service}→${l.pod.split('/')[1]}:${l.match}:${l.live}`);
    expect(got).toEqual([
      // Sharing app=frontend makes the first two near misses; db-0 shares nothing with frontend's selector.
      'default/frontend→frontend-5d8c7b9f4-aaaaa:false:false',
      'default/frontend→frontend-5d8c7b9f4-bbbbb:false:false',
      'default/frontend→frontend-5d8c7b9f4-ccccc:true:true',
      // db selects nobody, so every pod carrying its key `app` is a candidate.
      'default/db→frontend-5d8c7b9f4-aaaaa:false:false',
      'default/db→frontend-5d8c7b9f4-bbbbb:false:false',
      'default/db→frontend-5d8c7b9f4-ccccc:false:false',
      'default/db→db-0:false:false',
      'kube-system/kube-dns→coredns-abc:true:true',
    ]);
  });

  it('skips pods that are not shown', () => {
    const view = brokenCluster();
    expect(links(view, new Set(['default/db-0'])).map((l) => l.service)).toEqual(['default/db']);
  });
});
