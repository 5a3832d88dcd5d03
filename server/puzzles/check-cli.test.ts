import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './check-cli.js';

afterEach(() => vi.restoreAllMocks());

const tiny = `id: tiny
title: Tiny
story: A Service without pods.
manifests: |
  apiVersion: v1
  kind: Service
  metadata: { name: web }
  spec: { selector: { app: web }, ports: [{ port: 80 }] }
goals:
  - { id: kept, kind: service, guard: true, description: web exists, name: web }
  - { id: eps, kind: endpoints, description: web has pods, service: web, readyCount: 2 }
hints: [Look at the endpoints., Create a deployment.]
solution:
  - kubectl create deployment web --image=nginx --replicas=2
explanation: Pods make endpoints.
`;

describe('puzzle check CLI', () => {
  it('plays each puzzle through its solution and reports success', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'puzzle-cli-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await writeFile(path.join(dir, 'tiny.yaml'), tiny);
      expect(await main([dir, '--seeds', '1,2'])).toBe(0);
      expect(log.mock.calls.map((c) => String(c[0]))).toEqual([
        'ok   tiny',
        '1 puzzles, 2 seeds each, 0 problems',
      ]);
      await writeFile(path.join(dir, 'tiny.yaml'), tiny.replace('readyCount: 2', 'readyCount: 3'));
      expect(await main([dir, '--seeds', '1'])).toBe(1);
      expect(log.mock.calls.at(-2)?.[0]).toMatch(
        /seed 1: goal "eps" is not met after the solution: 2 ready endpoints/,
      );
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('fails with located errors on a broken file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'puzzle-cli-'));
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await writeFile(path.join(dir, 'bad.yaml'), 'id: bad\ntitle: Bad\n');
      expect(await main([dir])).toBe(1);
      expect(err.mock.calls.map((c) => String(c[0]))).toContain(
        `${path.join(dir, 'bad.yaml')}: story: required field is missing (expected string) (line 1)`,
      );
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
