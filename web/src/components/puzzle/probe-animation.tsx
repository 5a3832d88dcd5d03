/**
 * A traffic probe drawn over the cluster picture: a dot walks the hops one by one (client → DNS →
 * Service → kube-proxy → pod); a failing hop turns red and says why. The list under the picture shows
 * the same hops as text, so the result is readable without the animation (and with reduced motion).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ProbeResult } from '../../../../server/protocol/index.js';
import type { PictureLayout } from '../../lib/picture-layout.js';
import { probePath } from '../../lib/probe-path.js';

const HOP_MS = 650;

function useStep(count: number): [number, () => void] {
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const [step, setStep] = useState(reduced ? count - 1 : 0);
  const [run, setRun] = useState(0);
  useEffect(() => {
    if (reduced) return;
    setStep(0);
    const id = setInterval(() => setStep((s) => (s + 1 >= count ? (clearInterval(id), s) : s + 1)), HOP_MS);
    return () => clearInterval(id);
  }, [count, run, reduced]);
  return [step, () => setRun((r) => r + 1)];
}

export function ProbeOverlay({ result, layout }: { result: ProbeResult; layout: PictureLayout }) {
  const path = useMemo(() => probePath(result, layout), [result, layout]);
  const last = path.failedAt ?? path.steps.length - 1;
  const [step] = useStep(last + 1);
  const shown = path.steps.slice(0, step + 1);
  const here = shown[shown.length - 1];
  if (!here) return null;
  const failedNow = path.failedAt !== null && step >= path.failedAt;
  return (
    <g class="probe" aria-hidden="true">
      <polyline class="probe__trail" points={shown.map((s) => `${s.x},${s.y}`).join(' ')} />
      {shown.map((s, i) => (
        <circle key={i} cx={s.x} cy={s.y} r="4" class="probe__stop" />
      ))}
      {failedNow ? (
        <g class="probe__fail">
          <circle cx={here.x} cy={here.y} r="13" />
          <path
            d={`M${here.x - 6},${here.y - 6} L${here.x + 6},${here.y + 6} M${here.x + 6},${here.y - 6} L${here.x - 6},${here.y + 6}`}
          />
        </g>
      ) : (
        <circle
          cx={here.x}
          cy={here.y}
          r="8"
          class={`probe__dot ${step === last && path.failedAt === null ? 'is-done' : ''}`}
        />
      )}
    </g>
  );
}

export function ProbeSteps({ result, layout }: { result: ProbeResult; layout: PictureLayout }) {
  const path = useMemo(() => probePath(result, layout), [result, layout]);
  const last = path.failedAt ?? path.steps.length - 1;
  const [step, replay] = useStep(last + 1);
  return (
    <section
      class="probe-steps"
      data-testid="probe-trace"
      data-outcome={path.outcome}
      data-failed-at={path.failedAt ?? ''}
    >
      <header class="probe-steps__head">
        <p class="probe-steps__summary" data-testid="probe-summary">
          {path.outcome === 'ok' ? '✓ ' : '✗ '}
          {path.summary}
        </p>
        <button type="button" class="button button--small" onClick={replay} data-testid="probe-replay">
          Replay
        </button>
      </header>
      <ol class="probe-steps__list">
        {path.steps.map((s, i) => (
          <li
            key={i}
            data-testid="probe-hop"
            data-kind={s.hop.kind}
            data-ok={s.hop.ok}
            class={`${s.hop.ok ? 'is-ok' : 'is-bad'} ${i <= step ? 'is-reached' : ''}`}
          >
            <span class="probe-steps__kind">{s.hop.kind}</span> {s.hop.label} —{' '}
            <span class="muted">{s.hop.detail}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
