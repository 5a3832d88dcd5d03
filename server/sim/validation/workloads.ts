/** Pod, Deployment and ReplicaSet validation for the fields the simulator uses (ValidatePodSpec & co). */
import { matchesLabelSelector } from '../core/labels.js';
import type { FieldError } from '../errors.js';
import { PROTOCOLS, type Deployment, type LabelSelector, type PodSpec, type ReplicaSet } from '../types.js';
import { duplicate, forbidden, invalidEach, invalidValue, notSupported, required } from './field.js';
import { validateLabels } from './meta.js';
import { isDNS1123Label, isValidPortName, isValidPortNum } from './names.js';

export function validatePodSpec(spec: PodSpec | undefined, f: string): FieldError[] {
  const errs: FieldError[] = [];
  const containers = spec?.containers ?? [];
  if (containers.length === 0) errs.push(required(`${f}.containers`));
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const cf = `${f}.containers[${i}]`;
    if (!c.name) errs.push(required(`${cf}.name`));
    else {
      errs.push(...invalidEach(`${cf}.name`, c.name, isDNS1123Label(c.name)));
      if (names.has(c.name)) errs.push(duplicate(`${cf}.name`, c.name));
      names.add(c.name);
    }
    if (!c.image || !c.image.trim()) errs.push(required(`${cf}.image`));
    const portNames = new Set<string>();
    (c.ports ?? []).forEach((p, j) => {
      const pf = `${cf}.ports[${j}]`;
      if (p.name) {
        errs.push(...invalidEach(`${pf}.name`, p.name, isValidPortName(p.name)));
        if (portNames.has(p.name)) errs.push(duplicate(`${pf}.name`, p.name));
        portNames.add(p.name);
      }
      errs.push(
        ...invalidEach(`${pf}.containerPort`, p.containerPort ?? 0, isValidPortNum(p.containerPort ?? 0)),
      );
      if (p.protocol && !PROTOCOLS.includes(p.protocol))
        errs.push(notSupported(`${pf}.protocol`, p.protocol, PROTOCOLS));
    });
  });
  const rp = spec?.restartPolicy;
  if (rp && !['Always', 'OnFailure', 'Never'].includes(rp))
    errs.push(notSupported(`${f}.restartPolicy`, rp, ['Always', 'OnFailure', 'Never']));
  return errs;
}

function validateSelector(sel: LabelSelector | undefined, f: string): FieldError[] {
  if (!sel || (!sel.matchLabels && !sel.matchExpressions)) return [required(f)];
  const errs = validateLabels(sel.matchLabels, `${f}.matchLabels`);
  if (Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0)
    errs.push(invalidValue(f, sel, 'empty selector is invalid for deployment'));
  return errs;
}

/** Shared by Deployment and ReplicaSet: replicas, selector, template labels. */
export function validateWorkload(obj: Deployment | ReplicaSet): FieldError[] {
  const errs: FieldError[] = [];
  const spec = obj.spec;
  if (spec.replicas !== undefined && spec.replicas < 0)
    errs.push(invalidValue('spec.replicas', spec.replicas, 'must be greater than or equal to 0'));
  errs.push(...validateSelector(spec.selector, 'spec.selector'));
  const tl = spec.template?.metadata?.labels;
  errs.push(...validateLabels(tl, 'spec.template.metadata.labels'));
  if (spec.selector && !matchesLabelSelector(spec.selector, tl ?? {}))
    errs.push(
      invalidValue('spec.template.metadata.labels', tl ?? {}, '`selector` does not match template `labels`'),
    );
  errs.push(...validatePodSpec(spec.template?.spec, 'spec.template.spec'));
  const rp = spec.template?.spec?.restartPolicy;
  if (rp && rp !== 'Always') errs.push(notSupported('spec.template.spec.restartPolicy', rp, ['Always']));
  return errs;
}

export function validateSelectorUpdate(
  next: Deployment | ReplicaSet,
  old: Deployment | ReplicaSet,
): FieldError[] {
  if (JSON.stringify(next.spec.selector) === JSON.stringify(old.spec.selector)) return [];
  return [invalidValue('spec.selector', next.spec.selector, 'field is immutable')];
}

/** Pod updates may only change images, labels, annotations (ValidatePodUpdate). */
export function validatePodUpdate(next: PodSpec, old: PodSpec): FieldError[] {
  const strip = (s: PodSpec) =>
    JSON.stringify({
      ...s,
      containers: s.containers.map((c) => ({ ...c, image: '' })),
      tolerations: undefined,
    });
  if (strip(next) === strip(old)) return [];
  return [
    forbidden(
      'spec',
      'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
    ),
  ];
}
