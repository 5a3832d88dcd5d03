/**
 * Reads a field of an API object by a short path: `spec.type`, `spec.ports[0].targetPort`,
 * `spec.template.spec.containers[name=web].env[name=URL].value`. `[key=value]` picks the first list item
 * whose `key` equals `value`, which keeps goals stable when the player reorders a list.
 */

type Segment = { field: string } | { index: number } | { match: [string, string] };

export function parseFieldPath(path: string): Segment[] | undefined {
  const first = /^[^.[\]]+/.exec(path);
  if (!first) return undefined;
  const out: Segment[] = [{ field: first[0] }];
  const re = /\.([^.[\]]+)|\[(\d+)\]|\[([^=\]]+)=([^\]]*)\]/y;
  re.lastIndex = first[0].length;
  while (re.lastIndex < path.length) {
    const m = re.exec(path);
    if (!m) return undefined;
    if (m[1] !== undefined) out.push({ field: m[1] });
    else if (m[2] !== undefined) out.push({ index: Number(m[2]) });
    else out.push({ match: [m[3] as string, m[4] ?? ''] });
  }
  return out;
}

/** The value at `path`, or undefined when any step is missing. */
export function readField(obj: unknown, path: string): unknown {
  const segments = parseFieldPath(path);
  if (segments === undefined) return undefined;
  let cur: unknown = obj;
  for (const seg of segments) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if ('field' in seg) cur = (cur as Record<string, unknown>)[seg.field];
    else if (!Array.isArray(cur)) return undefined;
    else if ('index' in seg) cur = cur[seg.index];
    else {
      const [k, v] = seg.match;
      cur = cur.find(
        (item: unknown) =>
          typeof item === 'object' && item !== null && String((item as Record<string, unknown>)[k]) === v,
      );
    }
  }
  return cur;
}
