/**
 * The cluster as an SVG picture: Services on top, nodes with their pods below, a line from each Service
 * to the pods its selector matches (solid: gets traffic, amber: matches but not ready, red dashed: a
 * near miss). Click or focus a pod or a Service to see, in words, why each pod is or is not behind it.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ClusterViewModel, ProbeResult } from '../../../../server/protocol/index.js';
import { curve, displayName, fit, layoutPicture, LINE, type LinkLine } from '../../lib/picture-layout.js';
import { verdict } from '../../lib/selector-match.js';
import { ProbeOverlay, ProbeSteps } from './probe-animation.js';

export type Selection = { type: 'pod' | 'service'; key: string } | null;

interface Props {
  view: ClusterViewModel;
  /** The newest traffic probe to animate, keyed so a new probe restarts the animation. */
  probe?: { id: string; result: ProbeResult } | null;
}

const linkClass = (l: LinkLine, lit: boolean) =>
  `picture__link ${l.match ? (l.live ? 'is-live' : 'is-matched') : 'is-miss'} ${lit ? 'is-lit' : ''}`;

const touches = (sel: Selection, l: LinkLine) =>
  sel !== null && (sel.type === 'pod' ? l.pod === sel.key : l.service === sel.key);

export function ClusterPicture({ view, probe = null }: Props) {
  const [showSystem, setShowSystem] = useState(false);
  const [selected, setSelected] = useState<Selection>(null);
  const [hover, setHover] = useState<Selection>(null);
  const layout = useMemo(() => layoutPicture(view, { showSystem }), [view, showSystem]);
  const focus = hover ?? selected;

  const pick = (s: Selection) =>
    setSelected((cur) => (cur?.key === s?.key && cur?.type === s?.type ? null : s));
  const interactive = (s: NonNullable<Selection>, label: string) => ({
    tabIndex: 0,
    role: 'button' as const,
    'aria-label': label,
    'aria-pressed': selected?.key === s.key,
    onClick: () => pick(s),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        pick(s);
      }
    },
    onMouseEnter: () => setHover(s),
    onMouseLeave: () => setHover(null),
  });

  // Pod and Service states relative to the focused object, for outlines.
  const related = new Map<string, 'match' | 'miss'>();
  if (focus)
    for (const l of layout.links)
      if (touches(focus, l))
        related.set(focus.type === 'pod' ? l.service : l.pod, l.match ? 'match' : 'miss');

  return (
    <div class="picture" data-testid="cluster-picture">
      <div class="picture__bar">
        <ul class="picture__legend" aria-label="Legend">
          <li class="legend legend--live">gets traffic</li>
          <li class="legend legend--matched">matches, not ready</li>
          <li class="legend legend--miss">label mismatch</li>
        </ul>
        <label class="picture__toggle">
          <input
            type="checkbox"
            data-testid="show-system"
            checked={showSystem}
            onChange={(e) => setShowSystem((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          kube-system
        </label>
      </div>
      <div class="picture__scroll">
        <svg
          class="picture__svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="group"
          aria-label="Cluster picture"
        >
          {layout.nodes.map((n) => (
            <g
              key={n.name}
              class={`picture__node ${n.stale ? 'is-stale' : ''}`}
              data-testid="picture-node"
              data-name={n.name}
              data-stale={n.stale}
            >
              <rect x={n.x} y={n.y} width={n.w} height={n.h} rx="10" />
              <text x={n.x + 10} y={n.y + 16} class="picture__title">
                {fit(`node ${n.name}`, n.w)}
              </text>
              <text x={n.x + 10} y={n.y + 30} class="picture__sub">
                {n.ip}
                {n.stale ? ' · kube-proxy STALE' : ''}
                {n.ready ? '' : ' · NotReady'}
              </text>
            </g>
          ))}
          {layout.links.map((l) => (
            <path
              key={`${l.service}|${l.pod}`}
              d={curve(l.from, l.to)}
              class={linkClass(l, focus !== null && touches(focus, l))}
              data-testid="picture-link"
              data-service={l.service.split('/')[1]}
              data-pod={l.pod.split('/')[1]}
              data-namespace={l.service.split('/')[0]}
              data-match={l.match}
              data-live={l.live}
            />
          ))}
          {layout.pods.map((p) => {
            const rel = related.get(p.key);
            return (
              <g
                key={p.key}
                class={`picture__pod ${p.pod.ready ? '' : 'is-unready'} ${p.pod.dead ? 'is-dead' : ''} ${rel ? `is-${rel}` : ''} ${selected?.key === p.key ? 'is-selected' : ''}`}
                data-testid="picture-pod"
                data-name={p.pod.name}
                data-namespace={p.pod.namespace}
                data-ip={p.pod.ip ?? ''}
                data-ready={p.pod.ready}
                data-status={p.pod.status}
                data-node={p.pod.node ?? ''}
                {...interactive({ type: 'pod', key: p.key }, `pod ${displayName(p.pod)}`)}
              >
                <rect x={p.x} y={p.y} width={p.w} height={p.h} rx="8" />
                <circle cx={p.x + p.w - 12} cy={p.y + 14} r="5" class="picture__dot" />
                <text x={p.x + 10} y={p.y + 18} class="picture__title">
                  {fit(displayName(p.pod), p.w - 14)}
                </text>
                {p.lines.map((line, i) => (
                  <text
                    key={i}
                    x={p.x + 10}
                    y={p.y + 18 + LINE * (i + 1)}
                    class={i < 2 ? 'picture__sub' : 'picture__label'}
                  >
                    {line}
                  </text>
                ))}
              </g>
            );
          })}
          {layout.services.map((s) => {
            const ready = s.svc.endpoints.filter((e) => e.ready).length;
            const rel = related.get(s.key);
            return (
              <g
                key={s.key}
                class={`picture__service ${ready === 0 ? 'is-empty' : ''} ${rel ? `is-${rel}` : ''} ${selected?.key === s.key ? 'is-selected' : ''}`}
                data-testid="picture-service"
                data-name={s.svc.name}
                data-namespace={s.svc.namespace}
                data-type={s.svc.type}
                data-cluster-ip={s.svc.clusterIP}
                data-endpoints={ready}
                {...interactive({ type: 'service', key: s.key }, `service ${displayName(s.svc)}`)}
              >
                <rect x={s.x} y={s.y} width={s.w} height={s.h} rx="10" />
                <text x={s.x + 10} y={s.y + 18} class="picture__title">
                  {fit(`svc ${displayName(s.svc)}`, s.w - 50)}
                </text>
                <text x={s.x + s.w - 10} y={s.y + 18} class="picture__count" text-anchor="end">
                  {ready}/{s.svc.endpoints.length} ep
                </text>
                {s.lines.map((line, i) => (
                  <text key={i} x={s.x + 10} y={s.y + 18 + LINE * (i + 1)} class="picture__sub">
                    {line}
                  </text>
                ))}
              </g>
            );
          })}
          {probe && <ProbeOverlay key={probe.id} result={probe.result} layout={layout} />}
        </svg>
      </div>
      {probe && <ProbeSteps key={probe.id} result={probe.result} layout={layout} />}
      <PictureDetail view={view} selection={selected} onClose={() => setSelected(null)} />
    </div>
  );
}

/** Why each pod is (not) behind the selected Service, or which Services the selected pod is behind. */
function PictureDetail({
  view,
  selection,
  onClose,
}: {
  view: ClusterViewModel;
  selection: Selection;
  onClose: () => void;
}) {
  if (!selection)
    return <p class="picture__hint muted">Tap a Service or a pod to see why pods are (not) behind it.</p>;
  const [ns] = selection.key.split('/');
  const svc =
    selection.type === 'service'
      ? view.services.find((s) => `${s.namespace}/${s.name}` === selection.key)
      : null;
  const rows =
    svc && !svc.selector
      ? []
      : selection.type === 'service'
        ? view.nodes
            .flatMap((n) => n.pods.filter((p) => p.namespace === ns))
            .map((p) => ({
              other: `pod ${p.name}`,
              v: verdict(view, selection.key, `${p.namespace}/${p.name}`),
            }))
        : view.services
            .filter((s) => s.namespace === ns)
            .map((s) => ({
              other: `svc ${s.name}`,
              v: verdict(view, `${s.namespace}/${s.name}`, selection.key),
            }));
  return (
    <section
      class="picture__detail"
      data-testid="picture-detail"
      data-kind={selection.type}
      data-key={selection.key}
      aria-live="polite"
    >
      <header class="picture__detail-head">
        <h3>
          {selection.type === 'service' ? 'Service' : 'Pod'} {selection.key}
        </h3>
        <button
          type="button"
          class="button button--small button--ghost"
          onClick={onClose}
          aria-label="Close details"
        >
          ✕
        </button>
      </header>
      {rows.length === 0 ? (
        <p class="muted">
          {selection.type === 'service' ? 'No pods in this namespace.' : 'No Services in this namespace.'}
        </p>
      ) : (
        <ul class="picture__verdicts">
          {rows.map((r) => (
            <li
              key={r.other}
              class={r.v.behind ? 'is-behind' : 'is-not'}
              data-testid="picture-verdict"
              data-behind={r.v.behind}
            >
              <strong>{r.other}</strong>: {r.v.behind ? 'behind' : 'not behind'} — {r.v.reasons.join('; ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
