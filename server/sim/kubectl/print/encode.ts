/**
 * `-o json|yaml`: kubectl prints objects it got from the server as generic maps, so keys come out
 * sorted (Go's encoding/json sorts map keys); JSON is indented with 4 spaces, YAML uses go-yaml's
 * block style with unindented sequences and quotes strings YAML 1.1 would read as something else.
 */
import { Document, isScalar, visit } from 'yaml';

export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const val = (v as Record<string, unknown>)[k];
      if (val !== undefined) out[k] = sortKeys(val);
    }
    return out;
  }
  return v;
}

export function toJson(obj: unknown): string {
  return JSON.stringify(sortKeys(obj), null, 4) + '\n';
}

// Plain scalars YAML 1.1 (go-yaml v2) would resolve as bools, nulls, numbers or timestamps.
const YAML11_SPECIAL =
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0b[01_]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|\d{4}-\d\d?-\d\d?([Tt ]\d\d?:\d\d:\d\d(\.\d*)?(Z|[-+]\d\d?(:\d\d)?)?)?)$/;

export function toYaml(obj: unknown): string {
  const doc = new Document(sortKeys(obj));
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && YAML11_SPECIAL.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ indentSeq: false, lineWidth: 0 });
}

/** A `kind: List` wrapper, as kubectl prints several objects. */
export function asList(items: unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
