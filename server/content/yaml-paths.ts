/**
 * Walking a parsed YAML document by a zod issue path: the value there, and the line to report. Shared by
 * the question loader and the puzzle loader so both point authors at the same lines.
 */
import type { Document, Node as YamlNode } from 'yaml';
import { isMap, isScalar, isSeq } from 'yaml';

export type PathSegment = string | number;

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PathSegment, unknown>)[seg];
  }
  return cur;
}

export /**
 * Line of the deepest node that exists on `path`. When the last segment names a map key, the key's line
 * is used (a block value may start on the next line); a missing key points at its parent.
 */
function lineOfPath(
  doc: Document,
  path: readonly PathSegment[],
  lineAt: (offset: number) => number,
): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (pair === undefined) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item: unknown = node.items[seg];
      if (item === undefined) break;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return offset === undefined ? undefined : lineAt(offset);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as YamlNode | null | undefined)?.range;
  return range ? range[0] : undefined;
}
