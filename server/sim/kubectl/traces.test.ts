/** `KubectlResult.traces`: every network request a line made, for the hop-by-hop picture. */
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index.js';
import { runKubectl } from './index.js';

describe('kubectl probe traces', () => {
  const cluster = createCluster({ seed: 7 });
  const k = (line: string) => runKubectl(cluster, line);
  k('kubectl create deployment web --image=nginx --replicas=2');
  k('kubectl expose deployment web --port=80');
  k('kubectl run client --image=busybox -- sleep 3600');

  it('exec … -- wget returns the request with its hops', () => {
    const r = k('kubectl exec client -- wget -qO- http://web');
    expect(r.exitCode).toBe(0);
    expect(r.traces).toHaveLength(1);
    const t = r.traces?.[0];
    expect(t?.outcome).toBe('ok');
    expect(t?.host).toBe('web');
    expect(t?.hops.map((h) => h.kind)).toContain('cluster-ip');
    expect(t?.hops.length).toBeGreaterThan(2);
    expect(t?.endpoint?.pod).toMatch(/^web-/);
  });

  it('run --rm -i … -- wget returns the request with its hops', () => {
    const r = k('kubectl run t --rm -i --image=busybox -- wget -qO- web');
    expect(r.exitCode).toBe(0);
    expect(r.traces?.[0]?.outcome).toBe('ok');
    expect(r.traces?.[0]?.hops.length).toBeGreaterThan(2);
  });

  it('a failing request is traced too, showing where it stopped', () => {
    const r = k('kubectl exec client -- wget -qO- -T 1 http://nosuch');
    expect(r.exitCode).not.toBe(0);
    expect(r.traces?.[0]?.outcome).toBe('unknown-host');
  });

  it('the top-level curl stand-in is traced', () => {
    const r = k('curl -s -m 2 http://10.96.0.1');
    expect(r.traces).toHaveLength(1);
    expect(r.traces?.[0]?.host).toBe('10.96.0.1');
  });

  it('lines without network requests carry no traces', () => {
    expect(k('kubectl get pods').traces).toBeUndefined();
    expect(k('kubectl exec client -- ls /').traces).toBeUndefined();
  });
});
