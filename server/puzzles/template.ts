/**
 * `${param}` substitution. A string that is exactly one reference takes the parameter's own type, so
 * `port: ${port}` in a goal becomes a number again; references inside longer text are spliced in as text.
 * `$${` is a literal `${` (for shell lines that need one).
 */
import type { ParamValue } from './schema.js';

export type ParamValues = Readonly<Record<string, ParamValue>>;

export interface ParamRef {
  name: string;
  field?: string;
  /** The reference as written, e.g. `${pair.name}`. */
  text: string;
}

const REF = /\$(\$?)\{([a-zA-Z][a-zA-Z0-9_]*)(?:\.([a-zA-Z][a-zA-Z0-9_]*))?\}/g;
const WHOLE = /^\$\{([a-zA-Z][a-zA-Z0-9_]*)(?:\.([a-zA-Z][a-zA-Z0-9_]*))?\}$/;

export function findRefs(text: string): ParamRef[] {
  const out: ParamRef[] = [];
  for (const m of text.matchAll(REF)) {
    if (m[1] === '$') continue;
    const name = m[2] as string;
    out.push(m[3] === undefined ? { name, text: m[0] } : { name, field: m[3], text: m[0] });
  }
  return out;
}

/** Every string in nested data with its path, so no field escapes the reference check. */
export function stringsWithPaths(
  data: unknown,
  at: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  if (typeof data === 'string') return [{ path: at, text: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => stringsWithPaths(v, [...at, i]));
  if (typeof data === 'object' && data !== null)
    return Object.entries(data).flatMap(([k, v]) => stringsWithPaths(v, [...at, k]));
  return [];
}

export class TemplateError extends Error {}

function lookup(values: ParamValues, name: string, field: string | undefined): string | number {
  const v = values[name];
  if (v === undefined) throw new TemplateError(`unknown parameter \${${name}}`);
  if (field === undefined) {
    if (typeof v === 'object') throw new TemplateError(`\${${name}} is a record: use \${${name}.<field>}`);
    return v;
  }
  if (typeof v !== 'object' || v[field] === undefined)
    throw new TemplateError(`\${${name}} has no field "${field}"`);
  return v[field] as string | number;
}

export function substituteText(text: string, values: ParamValues): string {
  return text.replace(REF, (_m, escaped: string, name: string, field: string | undefined) =>
    escaped === '$'
      ? `\${${name}${field === undefined ? '' : `.${field}`}}`
      : String(lookup(values, name, field)),
  );
}

/** Substitutes every string of nested data; a whole-string reference keeps the value's type. */
export function substituteDeep(data: unknown, values: ParamValues): unknown {
  if (typeof data === 'string') {
    const whole = WHOLE.exec(data);
    if (whole) return lookup(values, whole[1] as string, whole[2]);
    return substituteText(data, values);
  }
  if (Array.isArray(data)) return data.map((v) => substituteDeep(v, values));
  if (typeof data === 'object' && data !== null)
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, substituteDeep(v, values)]));
  return data;
}
