/**
 * A traffic probe's hops placed on the cluster picture, for the hop-by-hop animation: each hop lands on
 * the box it talks about (its pod or Service, else the pod owning the IP in its label, else its node),
 * and the first failing hop is where the animation stops and shows why.
 */
import type { Hop, ProbeResult } from '../../../server/protocol/index.js';
import { centerOf, type PictureLayout, type Point } from './picture-layout.js';

export interface ProbeStep extends Point {
  hop: Hop;
  /** What the step lands on, e.g. `pod default/web-1`, `service default/web`, `node kind-worker`. */
  target: string;
}

export interface ProbePath {
  steps: ProbeStep[];
  /** Index of the first hop that failed (null: the request went through). */
  failedAt: number | null;
  outcome: ProbeResult['outcome'];
  summary: string;
}

const IP_IN_LABEL = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/;

function place(hop: Hop, layout: PictureLayout, prev: Point | null): { point: Point; target: string } {
  const ref = hop.ref;
  if (ref?.kind === 'Pod' || ref?.kind === 'Service') {
    const key = `${ref.namespace ?? 'default'}/${ref.name}`;
    const box =
      ref.kind === 'Pod'
        ? layout.pods.find((p) => p.key === key)
        : layout.services.find((s) => s.key === key);
    if (box) return { point: centerOf(box), target: `${ref.kind === 'Pod' ? 'pod' : 'service'} ${key}` };
  }
  const ip = IP_IN_LABEL.exec(hop.label)?.[1];
  if (ip) {
    const pod = layout.pods.find((p) => p.pod.ip === ip);
    if (pod) return { point: centerOf(pod), target: `pod ${pod.key}` };
    const svc = layout.services.find((s) => s.svc.clusterIP === ip || s.svc.externalIP === ip);
    if (svc) return { point: centerOf(svc), target: `service ${svc.key}` };
  }
  if (hop.node) {
    const node = layout.nodes.find((n) => n.name === hop.node);
    if (node) return { point: { x: node.x + node.w / 2, y: node.y + 18 }, target: `node ${node.name}` };
  }
  // A client outside the cluster enters from the left edge; DNS and anything unplaced sit beside the
  // previous hop so the dot still visibly moves.
  if (hop.kind === 'client') return { point: { x: 8, y: layout.height / 2 }, target: 'outside' };
  const base = prev ?? { x: layout.width / 2, y: 20 };
  return {
    point: { x: Math.min(layout.width - 8, base.x + 40), y: Math.max(8, base.y - 24) },
    target: hop.kind,
  };
}

export function probePath(result: ProbeResult, layout: PictureLayout): ProbePath {
  const steps: ProbeStep[] = [];
  let prev: Point | null = null;
  for (const hop of result.hops) {
    const { point, target } = place(hop, layout, prev);
    steps.push({ ...point, hop, target });
    prev = point;
  }
  const failed = result.hops.findIndex((h) => !h.ok);
  const where = `${result.host}:${result.port}/${result.protocol}`;
  const summary =
    result.outcome === 'ok'
      ? `${where}: answered by ${result.endpoint ? `${result.endpoint.pod} (${result.endpoint.ip})` : 'the server'}`
      : `${where}: ${result.outcome}${failed >= 0 ? ` at ${result.hops[failed]?.kind}: ${result.hops[failed]?.detail}` : ''}`;
  return {
    steps,
    failedAt: failed >= 0 ? failed : result.outcome === 'ok' ? null : Math.max(0, steps.length - 1),
    outcome: result.outcome,
    summary,
  };
}

/** Probe traces a terminal entry may carry (see server/game/puzzle/NEEDS-FROM-WEB.md). */
export function tracesOf(entry: unknown): ProbeResult[] {
  if (!entry || typeof entry !== 'object' || !('traces' in entry)) return [];
  const traces = (entry as { traces?: unknown }).traces;
  return Array.isArray(traces) ? (traces as ProbeResult[]).filter((t) => t && Array.isArray(t.hops)) : [];
}

/** The newest probe in the transcript (the last request of the newest command that made one). */
export function latestProbe(
  entries: readonly { seq: number; nickname: string; line: string }[],
): { id: string; result: ProbeResult; seq: number; nickname: string; line: string } | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    const traces = tracesOf(e);
    const result = traces[traces.length - 1];
    if (result)
      return { id: `${e.seq}:${traces.length - 1}`, result, seq: e.seq, nickname: e.nickname, line: e.line };
  }
  return null;
}
