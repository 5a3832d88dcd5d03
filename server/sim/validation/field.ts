/** field.Error constructors (apimachinery/pkg/util/validation/field) with the API server's value rendering. */
import type { FieldError } from '../errors.js';

/** Ints and bools plain, strings quoted, everything else as JSON (the v1.31+ rendering of composites). */
export function renderValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  return JSON.stringify(v);
}

export const required = (field: string, detail?: string): FieldError => ({
  field,
  type: 'Required',
  body: detail ? `Required value: ${detail}` : 'Required value',
});

export const invalidValue = (field: string, value: unknown, detail: string): FieldError => ({
  field,
  type: 'Invalid',
  body: `Invalid value: ${renderValue(value)}: ${detail}`,
});

export const notSupported = (field: string, value: unknown, supported: readonly string[]): FieldError => ({
  field,
  type: 'NotSupported',
  body: `Unsupported value: ${renderValue(value)}: supported values: ${supported.map((s) => `"${s}"`).join(', ')}`,
});

export const duplicate = (field: string, value: unknown): FieldError => ({
  field,
  type: 'Duplicate',
  body: `Duplicate value: ${renderValue(value)}`,
});

export const forbidden = (field: string, detail: string): FieldError => ({
  field,
  type: 'Forbidden',
  body: `Forbidden: ${detail}`,
});

/** One Invalid error per message (the API server reports each failed rule separately). */
export const invalidEach = (field: string, value: unknown, msgs: string[]): FieldError[] =>
  msgs.map((m) => invalidValue(field, value, m));
