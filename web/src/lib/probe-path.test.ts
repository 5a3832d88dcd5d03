import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../../server/protocol/index.js';
import { layoutPicture } from './picture-layout.js';
import { latestProbe, probePath, tracesOf } from './probe-path.js';
import { brokenCluster } from './test-cluster.js';

const refused: ProbeResult = {
  outcome: 'refused',
  host: 'db',
  port: 5432,
  protocol: 'TCP',
  ip: '10.96.0.11',
  hops: [
    {
      kind: 'client',
      ok: true,
      label: 'frontend-5d8c7b9f4-ccccc (10.244.2.2)',
      detail: 'pod',
      ref: { kind: 'Pod', namespace: 'default', name: 'frontend-5d8c7b9f4-ccccc' },
    },
    { kind: 'dns', ok: true, label: 'db → 10.96.0.11', detail: 'db resolved' },
    {
      kind: 'kube-proxy',
      ok: false,
      label: '10.96.0.11:5432/TCP',
      detail: 'no endpoints: REJECT',
      node: 'kind-worker2',
    },
  ],
};

describe('probePath', () => {
  it('lands each hop on its box and stops at the failing one', () => {
    const layout = layoutPicture(brokenCluster());
    const path = probePath(refused, layout);
    expect(path.steps.map((s) => s.target)).toEqual([
      'pod default/frontend-5d8c7b9f4-ccccc',
      'service default/db',
      'service default/db',
    ]);
    expect(path.failedAt).toBe(2);
    expect(path.summary).toBe('db:5432/TCP: refused at kube-proxy: no endpoints: REJECT');
  });

  it('reports success with the answering pod', () => {
    const ok: ProbeResult = {
      ...refused,
      outcome: 'ok',
      endpoint: { namespace: 'default', pod: 'db-0', ip: '10.244.1.4', port: 5432 },
      hops: [{ kind: 'endpoint', ok: true, label: '10.244.1.4:5432', detail: 'picked' }],
    };
    const path = probePath(ok, layoutPicture(brokenCluster()));
    expect(path.failedAt).toBeNull();
    expect(path.steps[0]?.target).toBe('pod default/db-0');
    expect(path.summary).toBe('db:5432/TCP: answered by db-0 (10.244.1.4)');
  });

  it('puts an outside client on the left edge and unplaced hops next to the previous one', () => {
    const layout = layoutPicture(brokenCluster());
    const path = probePath(
      {
        outcome: 'timeout',
        host: '10.1.2.3',
        port: 80,
        protocol: 'TCP',
        hops: [
          { kind: 'client', ok: true, label: 'outside', detail: 'a client outside the cluster' },
          { kind: 'cluster-ip', ok: false, label: '10.1.2.3:80', detail: 'unroutable' },
        ],
      },
      layout,
    );
    expect(path.steps[0]).toMatchObject({ x: 8, target: 'outside' });
    expect(path.steps[1]?.x).toBe(48);
    expect(path.failedAt).toBe(1);
  });
});

describe('tracesOf', () => {
  it('reads traces only when an entry carries them', () => {
    expect(tracesOf({ seq: 1 })).toEqual([]);
    expect(tracesOf(null)).toEqual([]);
    expect(tracesOf({ traces: [refused, { nope: 1 }] })).toEqual([refused]);
  });
});

describe('latestProbe', () => {
  it('picks the last request of the newest command that made one', () => {
    const other = { ...refused, host: 'web' };
    const entries = [
      { seq: 1, nickname: 'ada', line: 'a', traces: [refused] },
      { seq: 2, nickname: 'bob', line: 'b', traces: [refused, other] },
      { seq: 3, nickname: 'ada', line: 'kubectl get pods' },
    ];
    expect(latestProbe(entries)).toMatchObject({
      id: '2:1',
      seq: 2,
      nickname: 'bob',
      result: { host: 'web' },
    });
    expect(latestProbe([{ seq: 1, nickname: 'a', line: 'x' }])).toBeNull();
  });
});
