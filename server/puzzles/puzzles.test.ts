/**
 * Every puzzle in scenarios/puzzles, for several seeds: it starts broken (every non-guard goal fails,
 * every guard holds), its reference solution runs cleanly and meets every goal, and its hints are in
 * order. Also: the text is in our own words, and set-up is deterministic.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copiedRuns, stringsIn } from '../content/own-words.js';
import { fingerprintFile } from '../content/seed-fingerprint-cli.js';
import type { SeedFingerprint } from '../content/seed-fingerprint-cli.js';
import { runKubectl } from '../sim/kubectl/index.js';
import { checkGoals, instantiate, loadPuzzles, parsePuzzleText, solutionCommands } from './index.js';
import { verifyPuzzle } from './verify.js';
import type { Puzzle } from './index.js';

const SEEDS = [1, 2, 7, 42, 1234, 99991];

const loaded = await loadPuzzles();
if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`).join('\n'));
const puzzles: Puzzle[] = loaded.catalog.list();

describe('the puzzle catalogue', () => {
  it('covers the module with at least the 11 required puzzles', () => {
    expect(puzzles.map((p) => p.id).sort()).toEqual(
      expect.arrayContaining([
        'selector-mismatch',
        'wrong-target-port',
        'named-port-typo',
        'udp-dns',
        'cross-namespace-dns',
        'hardcoded-pod-ip',
        'cache-exposed',
        'nodeport-out-of-range',
        'label-removed',
        'stale-kube-proxy',
        'hands-on-lab',
      ]),
    );
  });

  it('uses its own words (no run of 8 words shared with the module)', () => {
    const stored = JSON.parse(readFileSync(fingerprintFile, 'utf8')) as SeedFingerprint;
    const fp = new Set(stored.hashes.split(' '));
    const copied = puzzles.flatMap((p) =>
      stringsIn(p).flatMap((s) => copiedRuns(s.text, fp).map((run) => `${p.id}: ${s.path}: "${run}"`)),
    );
    expect(copied).toEqual([]);
  });

  it('makes the lab a guided puzzle with the module’s success criteria in order', () => {
    const lab = puzzles.find((p) => p.id === 'hands-on-lab');
    expect(lab?.guided).toBe(true);
    expect(lab?.goals.map((g) => g.kind)).toEqual(['deployment', 'service', 'endpoints', 'probe', 'service']);
  });
});

describe.each(puzzles.map((p) => [p.id, p] as const))('%s', (_id, puzzle) => {
  it('starts broken and its reference solution fixes it, for several seeds', () => {
    expect(verifyPuzzle(puzzle, SEEDS)).toEqual([]);
  });
});

describe('verifyPuzzle', () => {
  const text = `id: tiny
title: Tiny
story: A Service without pods.
manifests: |
  apiVersion: v1
  kind: Service
  metadata: { name: web }
  spec: { selector: { app: web }, ports: [{ port: 80 }] }
goals:
  - { id: exists, kind: service, description: web exists, name: web }
  - { id: eps, kind: endpoints, description: web has a pod, service: web, readyCount: 1 }
hints: [Look at the endpoints., Create a deployment.]
solution:
  - kubectl create deployment web --image=nginx --replicas=2
  - kubectl get svc nope
explanation: Pods make endpoints.
`;
  it('reports goals met too early, failing steps and goals the solution misses', () => {
    const parsed = parsePuzzleText('tiny.yaml', text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(verifyPuzzle(parsed.puzzle, [1]).map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^goal "exists" is already met at the start: ClusterIP 10\.\d+\.\d+\.\d+ 80\/TCP$/,
      ),
      'solution step failed: kubectl get svc nope\nError from server (NotFound): services "nope" not found',
      'goal "eps" is not met after the solution: 2 ready endpoints (want 1)',
    ]);
  });
});

describe('per puzzle', () => {
  it('hints are non-empty, distinct, never cheaper than the one before, and the first gives no command away', () => {
    for (const puzzle of puzzles) {
      const inst = instantiate(puzzle, 5);
      expect(inst.hints.length, puzzle.id).toBeGreaterThanOrEqual(2);
      expect(new Set(inst.hints.map((h) => h.text)).size, puzzle.id).toBe(inst.hints.length);
      inst.hints.forEach((h, i) => {
        expect(h.text.trim(), puzzle.id).not.toBe('');
        if (i > 0)
          expect(h.cost, `${puzzle.id} hint ${i}`).toBeGreaterThanOrEqual(inst.hints[i - 1]?.cost ?? 0);
      });
      const fixes = solutionCommands(inst)
        .map((s) => s.command)
        .filter((c) => !/^kubectl (get|describe)\b/.test(c));
      for (const fix of fixes) expect(inst.hints[0]?.text, puzzle.id).not.toContain(fix);
    }
  });

  it('set-up is deterministic for a seed and varies between seeds', () => {
    for (const puzzle of puzzles) {
      const a = instantiate(puzzle, 11);
      const b = instantiate(puzzle, 11);
      expect(b.params, puzzle.id).toEqual(a.params);
      const pods = (i: typeof a) => runKubectl(i.cluster, 'kubectl get pods -A -o wide').stdout;
      expect(pods(b), puzzle.id).toBe(pods(a));
      expect(b.puzzle.story).toBe(a.puzzle.story);
    }
    const drawn = new Set(SEEDS.map((s) => JSON.stringify(instantiate(puzzles[0] as Puzzle, s).params)));
    expect(drawn.size).toBeGreaterThan(1);
  });

  it('checking goals leaves the cluster untouched', () => {
    for (const puzzle of puzzles) {
      const inst = instantiate(puzzle, 3);
      const before = JSON.stringify(inst.cluster.snapshot());
      checkGoals(inst.cluster, inst);
      checkGoals(inst.cluster, inst);
      expect(JSON.stringify(inst.cluster.snapshot()), puzzle.id).toBe(before);
    }
  });

  it('resolves every text: no ${...} is left for players to see', () => {
    for (const puzzle of puzzles) {
      const inst = instantiate(puzzle, 8);
      const texts = stringsIn({ puzzle: inst.puzzle, hints: inst.hints, files: inst.files });
      expect(
        texts.filter((t) => /\$\{[a-zA-Z]/.test(t.text) && !t.path.startsWith('puzzle.faults')),
        puzzle.id,
      ).toEqual([]);
    }
  });
});
