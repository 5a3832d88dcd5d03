/**
 * Geometry of the cluster picture: Services in rows on top, nodes as columns below with their pods
 * stacked inside, and a line from each Service to the pods it selects (or nearly selects). Pure, so the
 * SVG component only draws, and a test can check that every box fits where it should.
 */
import type { ClusterViewModel, ViewPod, ViewService } from '../../../server/protocol/index.js';
import { formatLabels, keyOf, links, type LinkInfo } from './selector-match.js';

export const SYSTEM_NAMESPACES = new Set([
  'kube-system',
  'kube-public',
  'kube-node-lease',
  'local-path-storage',
]);

export const LINE = 15;
export const POD_W = 230;
export const SVC_W = 210;
const PAD = 10;
const NODE_HEAD = 38;
const GAP = 24;
const ROW_GAP = 16;
const LINK_SPACE = 90;
const MAX_LABELS = 4;
/** Monospace at 11px: ~6.7px per character. */
const CHAR_W = 6.7;

export interface Point {
  x: number;
  y: number;
}
export interface Box extends Point {
  w: number;
  h: number;
}

export interface PodBox extends Box {
  key: string;
  pod: ViewPod;
  lines: string[];
}
export interface ServiceBox extends Box {
  key: string;
  svc: ViewService;
  lines: string[];
}
export interface NodeBox extends Box {
  name: string;
  ip: string;
  ready: boolean;
  stale: boolean;
}
export interface LinkLine extends LinkInfo {
  from: Point;
  to: Point;
}

export interface PictureLayout {
  width: number;
  height: number;
  services: ServiceBox[];
  nodes: NodeBox[];
  pods: PodBox[];
  links: LinkLine[];
}

/** Cuts text to what fits in `width` pixels. */
export function fit(text: string, width: number): string {
  const max = Math.max(4, Math.floor((width - 2 * PAD) / CHAR_W));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const shown = (ns: string, showSystem: boolean) => showSystem || !SYSTEM_NAMESPACES.has(ns);
/** The API server's own Service (`default/kubernetes`) is cluster plumbing, shown with the system parts. */
const shownService = (s: ViewService, showSystem: boolean) =>
  showSystem || (shown(s.namespace, false) && !(s.namespace === 'default' && s.name === 'kubernetes'));

/** A name, with its namespace when it is not `default`. */
export const displayName = (o: { namespace: string; name: string }) =>
  o.namespace === 'default' ? o.name : `${o.namespace}/${o.name}`;

function portText(p: ViewService['ports'][number]): string {
  const name = p.name ? `${p.name} ` : '';
  const node = p.nodePort ? `:${p.nodePort}` : '';
  return `${name}${p.port}${node}→${p.targetPort}/${p.protocol}`;
}

export function serviceLines(s: ViewService): string[] {
  const lines = [`${s.type} ${s.clusterIP || '—'}${s.externalIP ? ` ext ${s.externalIP}` : ''}`];
  for (const p of s.ports) lines.push(portText(p));
  // One selector pair per line: a cut-off selector would hide exactly the label that matters.
  const pairs = formatLabels(s.selector).split(',').filter(Boolean);
  if (!s.selector) lines.push('no selector');
  else if (pairs.length === 0) lines.push('selector (empty)');
  else pairs.forEach((p, i) => lines.push(`${i === 0 ? 'selector' : '        '} ${p}`));
  return lines.map((l) => fit(l, SVC_W));
}

export function podLines(p: ViewPod): string[] {
  const lines = [
    p.ip ?? 'no IP yet',
    `${p.dead ? 'dead (killed)' : p.status} · ${p.ready ? 'ready' : 'not ready'}`,
  ];
  // Generated hashes go last: the labels people set are the ones selectors are about.
  const labels = Object.entries(p.labels)
    .sort(([a], [b]) => Number(a === 'pod-template-hash') - Number(b === 'pod-template-hash'))
    .map(([k, v]) => `${k}=${v}`);
  lines.push(...labels.slice(0, MAX_LABELS));
  if (labels.length > MAX_LABELS) lines.push(`+${labels.length - MAX_LABELS} more labels`);
  return lines.map((l) => fit(l, POD_W));
}

/** Header line plus body lines, padded. */
const heightOf = (lines: number) => PAD * 2 + LINE * (lines + 1);

/** Node columns: control-plane nodes and nodes without any shown pod are left out when system pods are hidden. */
function shownNodes(view: ClusterViewModel, showSystem: boolean) {
  return view.nodes
    .map((n) => ({ ...n, pods: n.pods.filter((p) => shown(p.namespace, showSystem)) }))
    .filter((n) => showSystem || n.pods.length > 0 || !/control-plane/.test(n.name));
}

export function layoutPicture(view: ClusterViewModel, opts: { showSystem?: boolean } = {}): PictureLayout {
  const showSystem = opts.showSystem ?? false;
  const services = view.services.filter((s) => shownService(s, showSystem));
  const columns = shownNodes(view, showSystem);

  // Nodes row.
  const nodeW = POD_W + 2 * PAD;
  const nodesWidth = columns.length * nodeW + Math.max(0, columns.length - 1) * GAP;
  // Services rows: as many per row as fit over the nodes (at least 3, so a lone node still gets a row).
  const perRow = Math.max(3, Math.floor((nodesWidth + GAP) / (SVC_W + GAP)));
  const rows: ViewService[][] = [];
  for (let i = 0; i < services.length; i += perRow) rows.push(services.slice(i, i + perRow));
  const rowWidth = (n: number) => n * SVC_W + Math.max(0, n - 1) * GAP;
  const width = Math.max(nodesWidth, ...rows.map((r) => rowWidth(r.length)), 320) + 2 * PAD;

  const serviceBoxes: ServiceBox[] = [];
  let y = PAD;
  for (const row of rows) {
    const lines = row.map(serviceLines);
    const h = Math.max(...lines.map((l) => heightOf(l.length)));
    let x = (width - rowWidth(row.length)) / 2;
    row.forEach((svc, i) => {
      serviceBoxes.push({ key: keyOf(svc), svc, lines: lines[i] ?? [], x, y, w: SVC_W, h });
      x += SVC_W + GAP;
    });
    y += h + ROW_GAP;
  }
  const nodesTop = rows.length > 0 ? y - ROW_GAP + LINK_SPACE : PAD;

  const nodes: NodeBox[] = [];
  const pods: PodBox[] = [];
  let x = (width - nodesWidth) / 2;
  let bottom = nodesTop + NODE_HEAD + PAD;
  for (const col of columns) {
    let py = nodesTop + NODE_HEAD;
    for (const pod of col.pods) {
      const lines = podLines(pod);
      const h = heightOf(lines.length);
      pods.push({ key: keyOf(pod), pod, lines, x: x + PAD, y: py, w: POD_W, h });
      py += h + PAD;
    }
    const h = Math.max(py - nodesTop, NODE_HEAD + 40);
    nodes.push({
      name: col.name,
      ip: col.ip,
      ready: col.ready,
      stale: col.kubeProxyStale,
      x,
      y: nodesTop,
      w: nodeW,
      h,
    });
    bottom = Math.max(bottom, nodesTop + h);
    x += nodeW + GAP;
  }

  const podAt = new Map(pods.map((p) => [p.key, p]));
  const svcAt = new Map(serviceBoxes.map((s) => [s.key, s]));
  const lines: LinkLine[] = [];
  for (const l of links(view, new Set(podAt.keys()))) {
    const s = svcAt.get(l.service);
    const p = podAt.get(l.pod);
    if (!s || !p) continue;
    lines.push({ ...l, from: { x: s.x + s.w / 2, y: s.y + s.h }, to: { x: p.x + p.w / 2, y: p.y } });
  }
  return { width, height: bottom + PAD, services: serviceBoxes, nodes, pods, links: lines };
}

/** A smooth vertical curve between two points, for SVG `d`. */
export function curve(a: Point, b: Point): string {
  const mid = (a.y + b.y) / 2;
  return `M${a.x},${a.y} C${a.x},${mid} ${b.x},${mid} ${b.x},${b.y}`;
}

export const centerOf = (b: Box): Point => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
