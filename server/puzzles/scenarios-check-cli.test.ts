import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function runCheck(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'server/puzzles/scenarios-check-cli.ts', ...args],
      { cwd: repoRoot },
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const valid = `id: cli-ok
title: CLI fixture
description: Valid.
questions:
  - id: q1
    type: truefalse
    prompt: NodePort opens a port on every node.
    explanation: It does.
    answer: true
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kube-arena-check-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run scenarios:check', () => {
  it('passes on the repository scenarios', async () => {
    const r = await runCheck([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: scenarios\/10-services-stable-networking\.yaml \(\d+ questions\)$/m);
    expect(r.stdout).toMatch(/^ok: scenarios\/90-e2e-short\.yaml \(3 questions\)$/m);
    expect(r.stdout).toMatch(/^ok: scenarios\/91-e2e-puzzle\.yaml \(0 questions, 1 puzzle round\)$/m);
    expect(r.stderr).toBe('');
  });

  it('prints one line per problem and exits 1', async () => {
    await writeFile(path.join(dir, 'a-good.yaml'), valid);
    await writeFile(
      path.join(dir, 'b-bad.yaml'),
      valid.replace('id: cli-ok', 'id: cli-bad').replace('answer: true', 'answer: 1'),
    );
    await writeFile(path.join(dir, 'c-copy.yaml'), valid);
    const r = await runCheck(['--dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([`ok: ${path.join(dir, 'a-good.yaml')} (1 questions)`]);
    const errLines = r.stderr.trim().split('\n');
    expect(errLines).toContain(
      `${path.join(dir, 'b-bad.yaml')}: questions[0].answer: Invalid input: expected boolean, received number (line 9)`,
    );
    expect(errLines).toContain(
      `${path.join(dir, 'c-copy.yaml')}: id: duplicate set id "cli-ok" (already used by ${path.join(dir, 'a-good.yaml')}) (line 1)`,
    );
    expect(errLines.at(-1)).toBe('2 problems found');
  });
});
