/**
 * Why a pod is (not) behind a Service, in words a learner can act on. The view model already carries
 * every (Service, pod) selector comparison; this turns it into sentences and decides which mismatches
 * are worth a highlighted line in the picture.
 */
import type {
  ClusterViewModel,
  SelectorMatch,
  ViewPod,
  ViewService,
} from '../../../server/protocol/index.js';

export const keyOf = (o: { namespace: string; name: string }) => `${o.namespace}/${o.name}`;

export const formatLabels = (labels: Record<string, string> | undefined) =>
  Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/** The label problems of one comparison: `no label tier (selector wants tier=web)`. */
export function mismatchReasons(
  m: Pick<SelectorMatch, 'missing' | 'different'>,
  selector: Record<string, string> = {},
): string[] {
  return [
    ...m.missing.map((k) => `has no label ${k} (the selector wants ${k}=${selector[k] ?? '?'})`),
    ...m.different.map((d) => `has ${d.key}=${d.got}, the selector wants ${d.key}=${d.want}`),
  ];
}

export interface Verdict {
  /** The pod receives this Service's traffic. */
  behind: boolean;
  /** The labels satisfy the selector (even if the pod gets no traffic). */
  labelsMatch: boolean;
  reasons: string[];
}

function findPod(view: ClusterViewModel, key: string): ViewPod | undefined {
  for (const n of view.nodes) for (const p of n.pods) if (keyOf(p) === key) return p;
  return undefined;
}

/** The full story of one (Service, pod) pair, for the picture's detail panel. */
export function verdict(view: ClusterViewModel, serviceKey: string, podKey: string): Verdict {
  const svc = view.services.find((s) => keyOf(s) === serviceKey);
  const pod = findPod(view, podKey);
  if (!svc || !pod) return { behind: false, labelsMatch: false, reasons: ['no longer in the cluster'] };
  const endpoint = svc.endpoints.find((e) => e.pod === pod.name || (pod.ip !== undefined && e.ip === pod.ip));
  if (!svc.selector) {
    return endpoint
      ? {
          behind: endpoint.ready,
          labelsMatch: false,
          reasons: [`listed by hand in the Endpoints of ${svc.name}`],
        }
      : {
          behind: false,
          labelsMatch: false,
          reasons: [`${svc.name} has no selector: its endpoints are only what someone listed by hand`],
        };
  }
  if (svc.namespace !== pod.namespace)
    return {
      behind: false,
      labelsMatch: false,
      reasons: [`the pod is in namespace ${pod.namespace}; a selector only picks pods in ${svc.namespace}`],
    };
  const m = view.matches.find((x) => x.service === serviceKey && x.pod === podKey);
  if (m && !m.matches)
    return { behind: false, labelsMatch: false, reasons: mismatchReasons(m, svc.selector) };
  const reasons = [`labels match ${formatLabels(svc.selector)}`];
  if (pod.dead)
    return {
      behind: false,
      labelsMatch: true,
      reasons: [...reasons, 'but its container was killed behind the API’s back: the IP no longer answers'],
    };
  if (!pod.ready)
    return {
      behind: false,
      labelsMatch: true,
      reasons: [...reasons, `but the pod is not ready (${pod.status}), so it gets no traffic`],
    };
  if (!endpoint)
    return { behind: false, labelsMatch: true, reasons: [...reasons, 'but it is not in the endpoints yet'] };
  return {
    behind: endpoint.ready,
    labelsMatch: true,
    reasons: [...reasons, `endpoint ${endpoint.ip}:${endpoint.port}${endpoint.ready ? '' : ' (not ready)'}`],
  };
}

export interface LinkInfo {
  service: string;
  pod: string;
  /** The labels satisfy the selector. */
  match: boolean;
  /** The pod actually gets traffic (ready endpoint, container alive). */
  live: boolean;
}

const sharesPair = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).some(([k, v]) => labels[k] === v);

const hasKey = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.keys(selector).some((k) => k in labels);

/**
 * Lines worth drawing: every match, plus "near misses" (highlighted): a pod that shares a key=value
 * with the selector, or, for a Service that selects nobody, any pod carrying one of its keys (the
 * `app=web` vs `app=webapp` typo). Unrelated pods get no line, or the picture turns into a hairball.
 */
export function links(view: ClusterViewModel, visiblePods: ReadonlySet<string>): LinkInfo[] {
  const pods = new Map<string, ViewPod>();
  for (const n of view.nodes) for (const p of n.pods) pods.set(keyOf(p), p);
  const services = new Map<string, ViewService>(view.services.map((s) => [keyOf(s), s]));
  const selectsSomeone = new Set(view.matches.filter((m) => m.matches).map((m) => m.service));
  const out: LinkInfo[] = [];
  for (const m of view.matches) {
    const pod = pods.get(m.pod);
    const svc = services.get(m.service);
    if (!pod || !svc?.selector || !visiblePods.has(m.pod)) continue;
    if (m.matches) {
      const ep = svc.endpoints.find((e) => e.pod === pod.name || e.ip === pod.ip);
      out.push({ service: m.service, pod: m.pod, match: true, live: !!ep?.ready && !pod.dead });
    } else if (
      sharesPair(svc.selector, pod.labels) ||
      (!selectsSomeone.has(m.service) && hasKey(svc.selector, pod.labels))
    ) {
      out.push({ service: m.service, pod: m.pod, match: false, live: false });
    }
  }
  return out;
}
