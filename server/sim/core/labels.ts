/** Label selector matching for the selector shapes objects carry (Service maps, Deployment LabelSelectors). */
import type { LabelSelector, Labels } from '../types.js';

/** A Service's spec.selector: every pair must be present (an empty map selects everything). */
export function matchesMap(selector: Labels, labels: Labels | undefined): boolean {
  for (const k in selector) if (labels?.[k] !== selector[k]) return false;
  return true;
}

export function matchesLabelSelector(sel: LabelSelector, labels: Labels | undefined): boolean {
  if (sel.matchLabels && !matchesMap(sel.matchLabels, labels)) return false;
  for (const r of sel.matchExpressions ?? []) {
    const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key);
    const v = labels?.[r.key];
    const vals = r.values ?? [];
    switch (r.operator) {
      case 'In':
        if (!has || !vals.includes(v as string)) return false;
        break;
      case 'NotIn':
        if (has && vals.includes(v as string)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** labels.FormatLabels: sorted `k=v` joined by `,`, `<none>` when empty. */
export function formatLabels(labels: Labels | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels?.[k]}`).join(',');
}

export function selectorMismatch(
  selector: Labels,
  labels: Labels | undefined,
  sortedKeys: string[] = Object.keys(selector).sort(),
): { missing: string[]; different: { key: string; want: string; got: string }[] } {
  const missing: string[] = [];
  const different: { key: string; want: string; got: string }[] = [];
  for (const k of sortedKeys) {
    const got = labels?.[k];
    if (got === undefined) missing.push(k);
    else if (got !== selector[k]) different.push({ key: k, want: selector[k] as string, got });
  }
  return { missing, different };
}
