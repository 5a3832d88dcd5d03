/**
 * Which Services a pod change concerns: the endpoints controllers' lookup from a pod's labels (before
 * and after the change) to the Services whose selectors match them.
 */
import { matchesMap } from '../core/labels.js';
import { derivedIn, type Tx, valuesIn } from '../core/state.js';
import type { Service } from '../types.js';

interface SelectorIndex {
  /** Each Service with a selector, filed under one of its pairs (`k=v`): a pod it selects has that pair. */
  byPair: Map<string, Service[]>;
  /** Services whose selector is empty (it selects every pod). */
  everyPod: Service[];
}

/**
 * Built once per version of a namespace's Services. Pod churn, the frequent case, does not write
 * Services, so a rollout of 20 pods looks up a handful of candidates instead of matching 300 selectors
 * per pod change.
 */
function selectorIndex(tx: Tx, ns: string): SelectorIndex {
  return derivedIn(tx.s, 'Service', ns, 'selectors', () => {
    const idx: SelectorIndex = { byPair: new Map(), everyPod: [] };
    for (const svc of valuesIn(tx.s, 'Service', ns)) {
      const sel = svc.spec.selector;
      if (!sel) continue;
      const k = Object.keys(sel)[0];
      if (k === undefined) idx.everyPod.push(svc);
      else {
        const pair = `${k}=${sel[k]}`;
        const list = idx.byPair.get(pair);
        if (list) list.push(svc);
        else idx.byPair.set(pair, [svc]);
      }
    }
    return idx;
  });
}

/** Services in `ns` whose selector matches either labels set (before/after a pod change), as `ns/name`. */
export function servicesSelecting(
  tx: Tx,
  ns: string,
  ...labelSets: (Record<string, string> | undefined)[]
): string[] {
  const idx = selectorIndex(tx, ns);
  const out = new Set<string>();
  for (const labels of labelSets) {
    if (!labels) continue;
    for (const svc of idx.everyPod) out.add(`${ns}/${svc.metadata.name}`);
    for (const k in labels)
      for (const svc of idx.byPair.get(`${k}=${labels[k]}`) ?? [])
        if (matchesMap(svc.spec.selector ?? {}, labels)) out.add(`${ns}/${svc.metadata.name}`);
  }
  return [...out];
}
