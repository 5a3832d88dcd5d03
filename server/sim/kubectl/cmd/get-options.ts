/** `get` options that reshape the listing: --field-selector, --sort-by, -o custom-columns. */
import type { K8sObject, Kind } from '../../types.js';
import { CmdError, type Ctx } from '../context.js';
import { fieldValues } from '../print/jsonpath.js';
import { renderTable } from '../print/table.js';
import { GVR } from '../resources.js';

/** Fields the API server can filter on (per kind), as in `kubectl get pods --field-selector status.phase=Running`. */
const FIELDS: Partial<Record<Kind, Record<string, (o: K8sObject) => string>>> = {
  Pod: {
    'status.phase': (o) => (o.kind === 'Pod' ? (o.status?.phase ?? '') : ''),
    'spec.nodeName': (o) => (o.kind === 'Pod' ? (o.spec.nodeName ?? '') : ''),
    'status.podIP': (o) => (o.kind === 'Pod' ? (o.status?.podIP ?? '') : ''),
    'spec.restartPolicy': (o) => (o.kind === 'Pod' ? (o.spec.restartPolicy ?? '') : ''),
  },
  Service: { 'spec.type': (o) => (o.kind === 'Service' ? (o.spec.type ?? 'ClusterIP') : '') },
};

export function fieldFilter(ctx: Ctx, kind: Kind): (o: K8sObject) => boolean {
  const raw = ctx.flags.str('field-selector');
  const bad = (detail: string) =>
    new CmdError(
      `Error from server (BadRequest): Unable to find "${GVR[kind]}" that match label selector "${ctx.flags.str('selector')}", field selector "${raw}": ${detail}`,
    );
  const reqs = raw
    .split(',')
    .filter((p) => p.trim() !== '')
    .map((part) => {
      const m = /^\s*([^!=\s]+)\s*(==|=|!=)\s*(.*?)\s*$/.exec(part);
      if (!m) throw new CmdError(`error: invalid selector: '${raw}'; can't understand '${part}'`);
      const [, field, op, value] = m as unknown as [string, string, string, string];
      const get =
        field === 'metadata.name'
          ? (o: K8sObject) => o.metadata.name
          : field === 'metadata.namespace'
            ? (o: K8sObject) => o.metadata.namespace ?? ''
            : FIELDS[kind]?.[field];
      if (!get) throw bad(`field label not supported: ${field}`);
      return (o: K8sObject) => (get(o) === value) === (op !== '!=');
    });
  return (o) => reqs.every((r) => r(o));
}

/** `--sort-by=.metadata.creationTimestamp`: numbers numerically, everything else as strings. */
export function sortObjects(objs: K8sObject[], expr: string): K8sObject[] {
  const key = (o: K8sObject) => fieldValues(expr, o)[0];
  return [...objs].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    const sx = x === undefined ? '' : typeof x === 'string' ? x : JSON.stringify(x);
    const sy = y === undefined ? '' : typeof y === 'string' ? y : JSON.stringify(y);
    return sx < sy ? -1 : sx > sy ? 1 : 0;
  });
}

/** `-o custom-columns=NAME:.metadata.name,IP:.status.podIP`. */
export function customColumns(spec: string, objs: K8sObject[], noHeaders: boolean): string {
  if (spec === '') throw new CmdError('error: custom-columns format specified but no custom columns given');
  const cols = spec.split(',').map((part) => {
    const colon = part.indexOf(':');
    if (colon <= 0)
      throw new CmdError(
        `error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`,
      );
    return { header: part.slice(0, colon), expr: part.slice(colon + 1) };
  });
  const rows = objs.map((o) =>
    cols.map((c) => {
      const vals = fieldValues(c.expr, o);
      return vals.length === 0
        ? '<none>'
        : vals.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(',');
    }),
  );
  return renderTable(noHeaders ? rows : [cols.map((c) => c.header), ...rows]);
}
