/**
 * Rules that span fields of a puzzle file: every `${...}` names a parameter that exists at that point,
 * ids are unique, and hints never get cheaper. Captures (facts read from the cluster during set-up)
 * only exist after the fault that records them, so manifests and earlier faults cannot use them.
 */
import type { z } from 'zod';
import type { Puzzle } from './schema.js';
import { findRefs, stringsWithPaths } from './template.js';

type Known = Map<string, { fields?: Set<string> }>;

export function refinePuzzle(p: Puzzle, ctx: z.core.$RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });

  const known: Known = new Map();
  for (const [name, spec] of Object.entries(p.params)) {
    const records = (spec.choices ?? []).filter((c) => typeof c === 'object');
    if (records.length > 0 && records.length !== spec.choices?.length)
      issue(['params', name, 'choices'], 'choices must be all records or all plain values');
    const fields = records.length === 0 ? undefined : commonFields(records);
    known.set(name, fields ? { fields } : {});
    for (const other of spec.distinctFrom ?? []) {
      if (other === name || !(other in p.params))
        issue(['params', name, 'distinctFrom'], `distinctFrom names an unknown param "${other}"`);
    }
  }

  const checkRefs = (data: unknown, at: (string | number)[], scope: Known) => {
    for (const s of stringsWithPaths(data, at)) {
      for (const ref of findRefs(s.text)) {
        const k = scope.get(ref.name);
        if (k === undefined) issue(s.path, `${ref.text}: no param or earlier capture named "${ref.name}"`);
        else if (ref.field === undefined && k.fields)
          issue(s.path, `${ref.text}: "${ref.name}" is a record, name a field`);
        else if (ref.field !== undefined && !k.fields?.has(ref.field))
          issue(s.path, `${ref.text}: "${ref.name}" has no field "${ref.field}" in every choice`);
      }
    }
  };

  checkRefs(p.manifests, ['manifests'], known);
  const scope: Known = new Map(known);
  p.faults.forEach((f, i) => {
    checkRefs(f, ['faults', i], scope);
    if (!('capture' in f) || !f.capture) return;
    for (const name of Object.values(f.capture)) {
      if (name === undefined) continue;
      if (scope.has(name)) issue(['faults', i, 'capture'], `"${name}" is already a param or capture`);
      scope.set(name, {});
    }
  });
  for (const key of [
    'story',
    'summary',
    'title',
    'files',
    'goals',
    'hints',
    'solution',
    'explanation',
  ] as const)
    checkRefs(p[key], [key], scope);

  const ids = new Set<string>();
  p.goals.forEach((g, i) => {
    if (ids.has(g.id)) issue(['goals', i, 'id'], `duplicate goal id "${g.id}"`);
    ids.add(g.id);
  });

  let lastCost = 0;
  p.hints.forEach((h, i) => {
    const cost = typeof h === 'string' ? p.hintCost : h.cost;
    if (cost < lastCost)
      issue(['hints', i], `hint costs ${cost}, less than the hint before it (${lastCost})`);
    lastCost = Math.max(lastCost, cost);
  });
  if (new Set(p.hints.map((h) => (typeof h === 'string' ? h : h.text))).size !== p.hints.length)
    issue(['hints'], 'two hints say the same thing');
}

function commonFields(records: object[]): Set<string> {
  const [first, ...rest] = records.map((r) => new Set(Object.keys(r)));
  const out = new Set(first);
  for (const s of rest) for (const k of out) if (!s.has(k)) out.delete(k);
  return out;
}
