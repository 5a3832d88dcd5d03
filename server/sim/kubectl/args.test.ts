import { describe, expect, it } from 'vitest';
import { FlagError, Flags, parseFlags, type FlagSpec } from './args.js';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it.each([
    ['kubectl get pods', ['kubectl', 'get', 'pods']],
    ["  kubectl get po -l 'app in (a, b)'  ", ['kubectl', 'get', 'po', '-l', 'app in (a, b)']],
    ['kubectl patch svc web -p "{\\"spec\\":{}}"', ['kubectl', 'patch', 'svc', 'web', '-p', '{"spec":{}}']],
    ['echo a\\ b', ['echo', 'a b']],
    ["x ''", ['x', '']],
    ['a"b"c', ['abc']],
    ['kubectl get pods # comment', ['kubectl', 'get', 'pods']],
    ['', []],
  ])('%j', (line, words) => {
    expect(tokenize(line)).toEqual({ ok: true, words });
  });
  it('reports unterminated quotes with a code and the text bash prints', () => {
    expect(tokenize("kubectl get 'x")).toEqual({
      ok: false,
      error: {
        code: 'tokenize/unclosed-single-quote',
        message: "unexpected EOF while looking for matching `''",
      },
    });
    expect(tokenize('kubectl get "x')).toEqual({
      ok: false,
      error: {
        code: 'tokenize/unclosed-double-quote',
        message: 'unexpected EOF while looking for matching `"\'',
      },
    });
  });
});

const specs: FlagSpec[] = [
  { name: 'namespace', short: 'n', kind: 'string' },
  { name: 'stdin', short: 'i', kind: 'bool' },
  { name: 'tty', short: 't', kind: 'bool' },
  { name: 'replicas', short: 'r', kind: 'int' },
  { name: 'tcp', kind: 'strings' },
  { name: 'rm', kind: 'bool' },
];

describe('parseFlags', () => {
  it('accepts flags anywhere and both value forms', () => {
    const p = parseFlags(['a', '-n', 'x', '--replicas=3', 'b', '--tcp', '80:80,443', '--rm'], specs);
    const f = new Flags(p);
    expect(p.args).toEqual(['a', 'b']);
    expect(f.str('namespace')).toBe('x');
    expect(f.int('replicas', 1)).toBe(3);
    expect(f.list('tcp')).toEqual(['80:80', '443']);
    expect(f.bool('rm')).toBe(true);
    expect(p.dashArgs).toBeNull();
  });
  it('combines boolean shorthands and stops at --', () => {
    const p = parseFlags(['t', '-it', '-nfoo', '--', 'wget', '-qO-', 'web'], specs);
    const f = new Flags(p);
    expect(f.bool('stdin') && f.bool('tty')).toBe(true);
    expect(f.str('namespace')).toBe('foo');
    expect(p.dashArgs).toEqual(['wget', '-qO-', 'web']);
  });
  it.each([
    [['--foo'], 'unknown flag: --foo'],
    [['-x'], "unknown shorthand flag: 'x' in -x"],
    [['-n'], "flag needs an argument: 'n' in -n"],
    [['--namespace'], 'flag needs an argument: --namespace'],
    [
      ['--rm=maybe'],
      'invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
    [
      ['--replicas=abc'],
      'invalid argument "abc" for "-r, --replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax',
    ],
  ])('%j → %s', (words, msg) => {
    expect(() => parseFlags(words, specs)).toThrow(new FlagError(msg));
  });
});
