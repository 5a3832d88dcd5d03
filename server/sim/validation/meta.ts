/** ObjectMeta validation (ValidateObjectMeta): name, namespace, labels, annotations. */
import type { FieldError } from '../errors.js';
import type { ObjectMeta, Labels } from '../types.js';
import { invalidEach, invalidValue, required } from './field.js';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue } from './names.js';

export type NameCheck = (v: string) => string[];

export function validateLabels(labels: Labels | undefined, field: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    errs.push(...invalidEach(field, k, isQualifiedName(k)));
    if (typeof v !== 'string') errs.push(invalidValue(`${field}`, v, 'label values must be strings'));
    else errs.push(...invalidEach(field, v, isValidLabelValue(v)));
  }
  return errs;
}

export function validateMeta(meta: ObjectMeta, nameCheck: NameCheck, namespaced: boolean): FieldError[] {
  const errs: FieldError[] = [];
  if (!meta.name) errs.push(required('metadata.name', 'name or generateName is required'));
  else errs.push(...invalidEach('metadata.name', meta.name, nameCheck(meta.name)));
  if (namespaced && meta.namespace)
    errs.push(...invalidEach('metadata.namespace', meta.namespace, isDNS1123Label(meta.namespace)));
  errs.push(...validateLabels(meta.labels, 'metadata.labels'));
  for (const k of Object.keys(meta.annotations ?? {}))
    errs.push(...invalidEach('metadata.annotations', k, isQualifiedName(k.toLowerCase())));
  return errs;
}

export const subdomainName: NameCheck = isDNS1123Subdomain;
