import { describe, expect, it } from 'vitest';
import { curve, fit, layoutPicture, podLines, serviceLines, type Box } from './picture-layout.js';
import { brokenCluster } from './test-cluster.js';

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('layoutPicture', () => {
  it('hides system namespaces and the control plane by default', () => {
    const l = layoutPicture(brokenCluster());
    expect(l.nodes.map((n) => n.name)).toEqual(['kind-worker', 'kind-worker2']);
    expect(l.services.map((s) => s.key)).toEqual(['default/frontend', 'default/db']);
    expect(l.pods).toHaveLength(4);
    const all = layoutPicture(brokenCluster(), { showSystem: true });
    expect(all.nodes).toHaveLength(3);
    expect(all.services.map((s) => s.key)).toContain('kube-system/kube-dns');
  });

  it("hides the API server's own Service with the system parts", () => {
    const view = brokenCluster();
    view.services.push({ ...view.services[0]!, name: 'kubernetes', selector: undefined, type: 'ClusterIP' });
    expect(layoutPicture(view).services.map((s) => s.svc.name)).toEqual(['frontend', 'db']);
    expect(layoutPicture(view, { showSystem: true }).services.map((s) => s.svc.name)).toContain('kubernetes');
  });

  it('puts every pod inside its node, nothing overlapping, everything inside the canvas', () => {
    const l = layoutPicture(brokenCluster(), { showSystem: true });
    const canvas = { x: 0, y: 0, w: l.width, h: l.height };
    for (const p of l.pods) {
      const node = l.nodes.find((n) => n.name === p.pod.node)!;
      expect(inside(p, node)).toBe(true);
    }
    const boxes: Box[] = [...l.services, ...l.nodes];
    for (const b of boxes) expect(inside(b, canvas)).toBe(true);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    // Services sit above the nodes, so links run downwards.
    const lowestService = Math.max(...l.services.map((s) => s.y + s.h));
    expect(Math.min(...l.nodes.map((n) => n.y))).toBeGreaterThan(lowestService);
  });

  it('joins links from the bottom of the Service to the top of the pod', () => {
    const l = layoutPicture(brokenCluster());
    const link = l.links.find((k) => k.match)!;
    const svc = l.services.find((s) => s.key === link.service)!;
    const pod = l.pods.find((p) => p.key === link.pod)!;
    expect(link.from).toEqual({ x: svc.x + svc.w / 2, y: svc.y + svc.h });
    expect(link.to).toEqual({ x: pod.x + pod.w / 2, y: pod.y });
    expect(curve(link.from, link.to)).toMatch(/^M[\d.]+,[\d.]+ C/);
  });

  it('wraps many Services into rows', () => {
    const view = brokenCluster();
    const base = view.services[0]!;
    view.services = Array.from({ length: 7 }, (_, i) => ({ ...base, name: `svc-${i}` }));
    const l = layoutPicture(view);
    expect(new Set(l.services.map((s) => s.y)).size).toBeGreaterThan(1);
  });

  it('draws an empty cluster', () => {
    const l = layoutPicture({ time: 0, nodes: [], services: [], matches: [] });
    expect(l.width).toBeGreaterThan(0);
    expect(l.pods).toEqual([]);
  });
});

describe('box text', () => {
  it('describes Services and pods in short lines', () => {
    const view = brokenCluster();
    expect(serviceLines(view.services[1]!)).toEqual([
      'NodePort 10.96.0.11',
      'pg 5432:30432→postgres/TCP',
      'selector app=database',
    ]);
    expect(serviceLines(view.services[0]!).slice(2)).toEqual(['selector app=frontend', '         tier=web']);
    expect(
      podLines({ ...view.nodes[1]!.pods[0]!, labels: { 'pod-template-hash': 'x', app: 'a' } }).slice(2),
    ).toEqual(['app=a', 'pod-template-hash=x']);
    expect(podLines(view.nodes[1]!.pods[1]!)).toEqual([
      '10.244.1.3',
      'CrashLoopBackOff · not ready',
      'app=frontend',
      'env=prod',
    ]);
  });

  it('cuts long text with an ellipsis', () => {
    expect(fit('x'.repeat(100), 100)).toHaveLength(11);
    expect(fit('short', 100)).toBe('short');
  });
});
