import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadScenarioDir, loadScenarios } from './load.js';

const setYaml = (id: string, extra = '') => `id: ${id}
title: Set ${id}
description: A fixture set.
questions:
  - id: q1
    type: truefalse
    prompt: A Service has one stable cluster IP.
    explanation: It does.
    answer: true
${extra}`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kube-arena-scenarios-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the real scenarios directory', () => {
  it('loads cleanly with the main set and the e2e set', async () => {
    const result = await loadScenarios();
    if (!result.ok) throw new Error(result.errors.map((e) => JSON.stringify(e)).join('\n'));
    const main = result.catalog.get('services-stable-networking');
    expect(main?.title).toBe('Services: stable networking');
    expect(main?.questions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(main?.questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse']));
    expect(result.catalog.list().map((s) => s.id)).toContain('e2e-short');
  });

  it('marks exactly the e2e sets as test sets', async () => {
    const result = await loadScenarios();
    if (!result.ok) throw new Error('scenarios must load');
    const tests = result.catalog.list().filter((s) => s.testSet === true);
    expect(tests.map((s) => s.id)).toEqual(['e2e-short', 'e2e-puzzle']);
    expect(result.catalog.list().filter((s) => s.id.startsWith('e2e-'))).toEqual(tests);
  });

  it('keeps the main set within the agreed limits', async () => {
    const result = await loadScenarios();
    if (!result.ok) throw new Error('scenarios must load');
    const main = result.catalog.get('services-stable-networking');
    const questions = main?.questions ?? [];
    expect(questions.filter((q) => q.points === 0).length).toBeLessThanOrEqual(1);
    for (const q of questions) {
      expect(q.timeLimitSec, q.id).toBeGreaterThanOrEqual(15);
      expect(q.timeLimitSec, q.id).toBeLessThanOrEqual(45);
      expect(q.topic, q.id).toBeDefined();
      // Practice mode explains every wrong option.
      if (q.type === 'truefalse') expect(q.why, q.id).toBeDefined();
      else
        for (const c of q.choices.filter((c) => !c.correct)) expect(c.why, `${q.id}/${c.id}`).toBeDefined();
      if (q.type !== 'truefalse')
        for (const c of q.choices)
          expect(c.text.toLowerCase(), q.id).not.toMatch(/all of the above|none of the above/);
    }
    // The module's seven end-of-module scenarios, rewritten.
    expect(questions.filter((q) => q.id.startsWith('scenario-'))).toHaveLength(7);
  });

  it('keeps the e2e set at one question per type, 20 s, 1 point', async () => {
    const result = await loadScenarios();
    if (!result.ok) throw new Error('scenarios must load');
    const short = result.catalog.get('e2e-short');
    expect(short?.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'truefalse']);
    for (const q of short?.questions ?? []) expect(q).toMatchObject({ timeLimitSec: 20, points: 1 });
  });
});

describe('loadScenarios with fixtures', () => {
  it('reads yaml, yml and json files and ignores other files', async () => {
    await writeFile(path.join(dir, 'a.yaml'), setYaml('set-a'));
    await writeFile(path.join(dir, 'b.yml'), setYaml('set-b'));
    await writeFile(path.join(dir, 'c.json'), JSON.stringify({ ...fixtureObject('set-c') }));
    await writeFile(path.join(dir, 'README.md'), '# not a scenario');
    const result = await loadScenarios(dir);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.catalog.list().map((s) => s.id)).toEqual(['set-a', 'set-b', 'set-c']);
    expect(result.catalog.get('set-b')?.questions[0]?.id).toBe('q1');
    expect(result.catalog.get('nope')).toBeUndefined();
  });

  it('reports duplicate set ids across files, naming both files and the line', async () => {
    await writeFile(path.join(dir, 'a.yaml'), setYaml('same'));
    await writeFile(path.join(dir, 'b.yaml'), `# a comment first\n${setYaml('same')}`);
    const result = await loadScenarios(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        file: path.join(dir, 'b.yaml'),
        path: 'id',
        message: `duplicate set id "same" (already used by ${path.join(dir, 'a.yaml')})`,
        line: 2,
      },
    ]);
  });

  it('collects errors from every broken file', async () => {
    const wrongType = setYaml('bad-type').replace('answer: true', 'answer: "yes"');
    const noCorrect = setYaml(
      'no-correct',
      `  - id: q2
    type: multiple
    prompt: Which types are external?
    explanation: NodePort and LoadBalancer.
    choices:
      - id: a
        text: ClusterIP
      - id: b
        text: NodePort
`,
    );
    await writeFile(path.join(dir, 'wrong-type.yaml'), wrongType);
    await writeFile(path.join(dir, 'no-correct.yaml'), noCorrect);
    await writeFile(path.join(dir, 'syntax.yaml'), 'id: broken\nquestions:\n  - id: q1\n   type: single\n');
    const result = await loadScenarios(dir);
    if (result.ok) throw new Error('expected errors');
    const byFile = (name: string) => result.errors.filter((e) => e.file === path.join(dir, name));

    expect(byFile('wrong-type.yaml')).toEqual([
      expect.objectContaining({
        path: 'questions[0].answer',
        message: expect.stringMatching(/expected boolean/),
        line: 9,
      }),
    ]);
    expect(byFile('no-correct.yaml')).toEqual([
      expect.objectContaining({
        path: 'questions[1].choices',
        message: expect.stringMatching(/at least 1 correct/),
        line: 14,
      }),
    ]);
    const syntax = byFile('syntax.yaml');
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0]).toMatchObject({ path: '', line: 4, message: expect.stringMatching(/^syntax error/) });
    // No file produced a set, and every file is accounted for.
    expect(result.files.map((f) => f.ok)).toEqual([false, false, false]);
  });

  it('fails on an empty or missing directory', async () => {
    const empty = await loadScenarios(dir);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors[0]?.message).toMatch(/no scenario files/);
    const missing = await loadScenarios(path.join(dir, 'nope'));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors[0]?.message).toMatch(/cannot read directory/);
  });

  it('serves sets made for tests (testSet: true) only when asked to', async () => {
    await writeFile(path.join(dir, 'a.yaml'), setYaml('real'));
    await writeFile(
      path.join(dir, 'b.yaml'),
      setYaml('e2e-x').replace('questions:', 'testSet: true\nquestions:'),
    );
    const served = await loadScenarioDir(dir);
    if (!served.ok) throw new Error(served.errors.join('\n'));
    expect(served.catalog.list().map((s) => s.id)).toEqual(['real']);
    expect(served.catalog.get('e2e-x')).toBeUndefined();
    const withTests = await loadScenarioDir(dir, { testSets: true });
    expect(withTests.ok && withTests.catalog.list().map((s) => s.id)).toEqual(['real', 'e2e-x']);
    // Still validated either way: a broken test set stops the server even when it would not be served.
    await writeFile(
      path.join(dir, 'c.yaml'),
      setYaml('Bad Id').replace('questions:', 'testSet: true\nquestions:'),
    );
    expect((await loadScenarioDir(dir)).ok).toBe(false);
  });

  it('gives the server formatted messages', async () => {
    await writeFile(path.join(dir, 'a.yaml'), setYaml('Bad Id'));
    const result = await loadScenarioDir(dir);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([`${path.join(dir, 'a.yaml')}: id: ${idMessage} (line 1)`]);
  });
});

const idMessage = 'ids are lowercase letters, digits and dashes (max 60)';

function fixtureObject(id: string) {
  return {
    id,
    title: `Set ${id}`,
    description: 'A fixture set.',
    questions: [
      { id: 'q1', type: 'truefalse', prompt: 'Pod IPs change.', explanation: 'They do.', answer: true },
    ],
  };
}
