import { describe, expect, it } from 'vitest';
import { formatContentError, formatPath, parseScenarioText } from './parse.js';

const good = `id: demo
title: Demo
description: A tiny set.
questions:
  - id: q1
    type: single
    prompt: Which type is the default?
    explanation: ClusterIP is the default.
    choices:
      - { id: a, text: ClusterIP, correct: true }
      - { id: b, text: NodePort }
  - id: q2
    type: truefalse
    prompt: Pod IPs are stable.
    explanation: They are not.
    answer: false
`;

function errorsOf(text: string) {
  const r = parseScenarioText('f.yaml', text);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('parseScenarioText', () => {
  it('accepts a valid set and fills in defaults', () => {
    const r = parseScenarioText('f.yaml', good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.set.questions).toHaveLength(2);
    expect(r.set.questions[0]).toMatchObject({ timeLimitSec: 20, points: 1 });
    expect(r.idLine).toBe(1);
  });

  it('accepts JSON through the same parser', () => {
    const json = JSON.stringify(parseOk(good), null, 2);
    expect(parseScenarioText('f.json', json).ok).toBe(true);
  });

  it('names path, problem and line for a value of the wrong type', () => {
    const errors = errorsOf(good.replace('prompt: Pod IPs are stable.', 'prompt: 42'));
    expect(errors).toEqual([
      {
        file: 'f.yaml',
        path: 'questions[1].prompt',
        message: expect.stringContaining('expected string'),
        line: 14,
      },
    ]);
  });

  it('reports a single-choice question without a correct choice at its choices', () => {
    const errors = errorsOf(good.replace('correct: true', 'correct: false'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'questions[0].choices', line: 9 });
    expect(errors[0]?.message).toMatch(/exactly 1 correct choice, found 0/);
  });

  it('reports duplicate question and choice ids with their own lines', () => {
    const dupChoice = errorsOf(good.replace('{ id: b,', '{ id: a,'));
    expect(dupChoice[0]).toMatchObject({ path: 'questions[0].choices[1].id', line: 11 });
    expect(dupChoice[0]?.message).toBe('duplicate choice id "a"');

    const dupQuestion = errorsOf(good.replace('id: q2', 'id: q1'));
    expect(dupQuestion[0]).toMatchObject({ path: 'questions[1].id', line: 12 });
    expect(dupQuestion[0]?.message).toBe('duplicate question id "q1"');
  });

  it('reports YAML syntax errors with their line', () => {
    const errors = errorsOf(good.replace('    answer: false', '    answer: [false'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.message).toMatch(/^syntax error: /);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(17);
  });

  it('reports an unknown question type with the value found', () => {
    const errors = errorsOf(good.replace('type: truefalse', 'type: yesno'));
    expect(errors[0]).toMatchObject({ path: 'questions[1].type', line: 13 });
    expect(errors[0]?.message).toMatch(/got "yesno"/);
  });

  it('reports missing required fields at the parent line', () => {
    const errors = errorsOf(good.replace('    explanation: They are not.\n', ''));
    expect(errors[0]).toMatchObject({ path: 'questions[1].explanation', line: 12 });
    expect(errors[0]?.message).toMatch(/required field is missing/);
  });

  it('reports misspelt keys instead of dropping them', () => {
    const errors = errorsOf(good.replace('answer: false', 'answer: false\n    timelimitSec: 30'));
    expect(errors).toEqual([
      {
        file: 'f.yaml',
        path: 'questions[1].timelimitSec',
        message: 'unknown field "timelimitSec" (did you mean "timeLimitSec"?)',
        line: 17,
      },
    ]);
  });

  it('rejects an empty file', () => {
    expect(errorsOf('# only a comment\n')[0]?.message).toBe('the file is empty');
  });
});

describe('formatting', () => {
  it('renders paths with dots and brackets', () => {
    expect(formatPath(['questions', 3, 'choices', 1, 'text'])).toBe('questions[3].choices[1].text');
    expect(formatPath([])).toBe('');
  });

  it('renders one line per error', () => {
    expect(formatContentError({ file: 'a.yaml', path: 'id', message: 'bad', line: 2 })).toBe(
      'a.yaml: id: bad (line 2)',
    );
    expect(formatContentError({ file: 'a.yaml', path: '', message: 'the file is empty' })).toBe(
      'a.yaml: the file is empty',
    );
  });
});

function parseOk(text: string): unknown {
  const r = parseScenarioText('x.yaml', text);
  if (!r.ok) throw new Error('fixture must be valid');
  return r.set;
}
