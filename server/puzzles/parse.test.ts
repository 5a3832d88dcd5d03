import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../content/parse.js';
import { loadPuzzleDir, loadPuzzles } from './load.js';
import { parsePuzzleText } from './parse.js';

const good = `id: demo
title: Demo
story: The \${app} Service does not answer.
params:
  app: { choices: [web, shop] }
  port: { range: [8000, 8099] }
manifests: |
  apiVersion: v1
  kind: Service
  metadata: { name: \${app} }
  spec: { selector: { app: \${app} }, ports: [{ port: 80, targetPort: \${port} }] }
goals:
  - id: eps
    kind: endpoints
    description: \${app} has endpoints on \${port}
    service: \${app}
    port: \${port}
hints:
  - Look at the endpoints.
  - { text: 'Fix the targetPort of \${app}.', cost: 300 }
solution:
  - kubectl get ep \${app}
explanation: Ports matter.
`;

function errorsOf(text: string) {
  const r = parsePuzzleText('p.yaml', text);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map(formatContentError);
}

describe('parsePuzzleText', () => {
  it('accepts a valid puzzle and fills in defaults', () => {
    const r = parsePuzzleText('p.yaml', good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.puzzle).toMatchObject({ timeLimitSec: 600, points: 1000, hintCost: 100, cluster: { nodes: 2 } });
    expect(r.puzzle.goals[0]).toMatchObject({
      kind: 'endpoints',
      port: '${port}',
      namespace: 'default',
      guard: false,
    });
    expect(r.idLine).toBe(1);
  });

  it('names file, path and line for schema errors and unknown fields', () => {
    const text = good.replace('    service: ${app}\n', '    servce: ${app}\n');
    expect(errorsOf(text)).toEqual([
      'p.yaml: goals[0].service: required field is missing (expected string) (line 13)',
      'p.yaml: goals[0].servce: unknown field "servce" (line 16)',
    ]);
  });

  it('rejects references to unknown params, record misuse and captures used too early', () => {
    expect(errorsOf(good.replace('Ports matter.', 'Ports ${nope} matter.'))).toEqual([
      'p.yaml: explanation: ${nope}: no param or earlier capture named "nope" (line 23)',
    ]);
    const records = good.replace(
      'app: { choices: [web, shop] }',
      'app: { choices: [{ n: web }, { n: shop }] }',
    );
    expect(errorsOf(records)[0]).toMatch(/: \$\{app\}: "app" is a record, name a field/);
    const early = good.replace(
      'solution:',
      'faults:\n  - { op: capture, pod: { selector: { app: x } }, capture: { ip: ip } }\n  - { op: kubectl, run: "kubectl get pod ${later}" }\n  - { op: capture, pod: { selector: { app: x } }, capture: { ip: later } }\nsolution:',
    );
    expect(errorsOf(early)).toEqual([
      'p.yaml: faults[1].run: ${later}: no param or earlier capture named "later" (line 23)',
    ]);
  });

  it('checks goal ids, hint order and target forms', () => {
    const dupe = good.replace('hints:', '  - { id: eps, kind: deployment, description: d, name: x }\nhints:');
    expect(errorsOf(dupe)).toContain('p.yaml: goals[1].id: duplicate goal id "eps" (line 18)');
    const cheaper = good.replace('cost: 300', 'cost: 50');
    expect(errorsOf(cheaper)).toEqual([
      'p.yaml: hints[1]: hint costs 50, less than the hint before it (100) (line 20)',
    ]);
    const twoTargets = good.replace(
      'hints:',
      '  - { id: p, kind: probe, description: d, url: "http://x", host: x, port: 1 }\nhints:',
    );
    expect(errorsOf(twoTargets)[0]).toMatch(
      /goals\[1\]: probe target: set exactly one of url, host, envUrl, service \(found 2\)/,
    );
  });

  it('dry-runs the params: a text param in a number field, or broken manifest YAML, is reported', () => {
    const wrongType = good.replace('port: { range: [8000, 8099] }', 'port: { choices: [http] }');
    expect(errorsOf(wrongType)).toEqual([
      'p.yaml: goals[0].port: with params filled in: Invalid input: expected number, received string (line 17)',
    ]);
    const badYaml = good.replace('  kind: Service\n', '  kind: [Service\n');
    expect(errorsOf(badYaml)[0]).toMatch(/^p\.yaml: manifests: YAML: /);
  });

  it('reports YAML syntax errors with a line', () => {
    expect(errorsOf('id: x\ntitle: [unclosed\n')[0]).toMatch(/^p\.yaml: syntax error: .*\(line \d\)$/);
    expect(errorsOf('')).toEqual(['p.yaml: the file is empty']);
  });
});

describe('loadPuzzles', () => {
  it('loads the repository puzzles', async () => {
    const r = await loadPuzzles();
    expect(r.ok && r.catalog.list().length).toBeGreaterThanOrEqual(11);
  });

  it('rejects a puzzle id used twice and reports every broken file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'puzzles-'));
    try {
      await writeFile(path.join(dir, 'a.yaml'), good);
      await writeFile(path.join(dir, 'b.yaml'), good);
      await writeFile(path.join(dir, 'c.yml'), 'id: c\n');
      await writeFile(path.join(dir, 'notes.txt'), 'ignored');
      const r = await loadPuzzleDir(dir);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(
        r.errors.some((e) =>
          /b\.yaml: id: duplicate puzzle id "demo" \(already used by .*a\.yaml\) \(line 1\)/.test(e),
        ),
      ).toBe(true);
      expect(r.errors.filter((e) => e.includes('c.yml')).length).toBeGreaterThan(3);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('reports a missing directory', async () => {
    const r = await loadPuzzleDir('/nonexistent/puzzles');
    expect(r.ok ? [] : r.errors).toEqual([expect.stringMatching(/cannot read directory/)]);
  });
});
