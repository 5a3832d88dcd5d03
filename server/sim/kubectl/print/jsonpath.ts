/**
 * The small part of kubectl's JSONPath (-o jsonpath=...) learners use: `{.spec.clusterIP}`,
 * `{.items[*].metadata.name}`, `{.spec.ports[0].nodePort}`, `{range .items[*]}...{end}` and
 * quoted literals like `{"\n"}`. Several results of one expression are joined by spaces.
 */
import { CmdError } from '../context.js';

type Node = { text: string } | { path: string } | { range: string; body: Node[] };

function parseTemplate(t: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let i = 0;
  while (i < t.length) {
    const open = t.indexOf('{', i);
    if (open < 0) {
      (stack[stack.length - 1] as Node[]).push({ text: t.slice(i) });
      break;
    }
    if (open > i) (stack[stack.length - 1] as Node[]).push({ text: t.slice(i, open) });
    const close = t.indexOf('}', open);
    if (close < 0) throw new CmdError('error: error parsing jsonpath ' + t + ', unclosed action');
    const expr = t.slice(open + 1, close).trim();
    const top = stack[stack.length - 1] as Node[];
    if (expr.startsWith('range ')) {
      const body: Node[] = [];
      top.push({ range: expr.slice(6).trim(), body });
      stack.push(body);
    } else if (expr === 'end') {
      if (stack.length === 1) throw new CmdError(`error: error parsing jsonpath ${t}, not in range`);
      stack.pop();
    } else if (/^(["']).*\1$/.test(expr)) {
      top.push({ text: expr.slice(1, -1).replace(/\\n/g, '\n').replace(/\\t/g, '\t') });
    } else top.push({ path: expr });
    i = close + 1;
  }
  return root;
}

export function evalPath(path: string, data: unknown): unknown[] {
  let cur: unknown[] = [data];
  const p = path === '@' ? '' : path.replace(/^@/, '').replace(/^\$/, '');
  const re = /\.([A-Za-z0-9_-]+)|\[(\*|-?\d+)\]|\['([^']*)'\]|\.\*/g;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(p))) {
    if (m.index !== last)
      throw new CmdError(`error: error parsing jsonpath {${path}}, unrecognized character`);
    last = re.lastIndex;
    const key = m[1] ?? m[3];
    const idx = m[2];
    const next: unknown[] = [];
    for (const v of cur) {
      if (key !== undefined) {
        if (v && typeof v === 'object' && !Array.isArray(v) && key in v)
          next.push((v as Record<string, unknown>)[key]);
      } else if (idx === '*' || m[0] === '.*') {
        if (Array.isArray(v)) next.push(...v);
        else if (v && typeof v === 'object') next.push(...Object.values(v));
      } else if (idx !== undefined && Array.isArray(v)) {
        const n = Number(idx);
        const item = v[n < 0 ? v.length + n : n];
        if (item !== undefined) next.push(item);
      }
    }
    cur = next;
  }
  if (last !== p.length)
    throw new CmdError(`error: error parsing jsonpath {${path}}, unrecognized identifier`);
  return cur;
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function render(nodes: Node[], data: unknown): string {
  let out = '';
  for (const n of nodes) {
    if ('text' in n) out += n.text;
    else if ('path' in n) out += evalPath(n.path, data).map(show).join(' ');
    else for (const item of evalPath(n.range, data)) out += render(n.body, item);
  }
  return out;
}

export function jsonpath(template: string, data: unknown): string {
  return render(parseTemplate(template), data);
}

/** A `--sort-by` / custom-columns field: `.a.b`, `{.a.b}` or `a.b`, evaluated like kubectl does. */
export function fieldValues(expr: string, data: unknown): unknown[] {
  let e = expr.trim();
  if (e.startsWith('{') && e.endsWith('}')) e = e.slice(1, -1);
  if (!e.startsWith('.') && !e.startsWith('[')) e = `.${e}`;
  return evalPath(e, data);
}
