/** What every `kubectl get` row printer provides, and selector rendering shared by several. */
import type { K8sObject, LabelSelector } from '../../types.js';

export interface KindPrinter {
  headers: string[];
  /** Headers added by `-o wide`. */
  wide: string[];
  row(obj: K8sObject, now: number, wide: boolean): string[];
}

/** metav1.LabelSelectorAsSelector(...).String(): requirements sorted by key. */
export function labelSelectorString(sel: LabelSelector | undefined): string {
  if (!sel) return '';
  const reqs: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push([k, `${k}=${v}`]);
  for (const e of sel.matchExpressions ?? []) {
    const vals = [...(e.values ?? [])].sort().join(',');
    const s =
      e.operator === 'In'
        ? `${e.key} in (${vals})`
        : e.operator === 'NotIn'
          ? `${e.key} notin (${vals})`
          : e.operator === 'Exists'
            ? e.key
            : `!${e.key}`;
    reqs.push([e.key, s]);
  }
  reqs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return reqs.map((r) => r[1]).join(',');
}
