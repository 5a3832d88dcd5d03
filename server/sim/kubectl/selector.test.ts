import { describe, expect, it } from 'vitest';
import { formatLabels, matches, matchesMap, parseSelector, selectorString } from './selector.js';

function parse(s: string) {
  const r = parseSelector(s);
  if (!r.ok) throw new Error(`unexpected parse error for ${JSON.stringify(s)}: ${r.error.message}`);
  return r.selector;
}

describe('TestSelectorParse (§1.4)', () => {
  const valid: Array<[string, string]> = [
    ['x=a,y=b,z=c', 'x=a,y=b,z=c'],
    ['', ''],
    ['x!=a,y=b', 'x!=a,y=b'],
    ['x=', 'x='],
    ['x= ', 'x='],
    ['x=,z= ', 'x=,z='],
    ['x= ,z= ', 'x=,z='],
    ['!x', '!x'],
    ['x>1', 'x>1'],
    ['x>1,z<5', 'x>1,z<5'],
  ];
  it.each(valid)('%j parses to %j', (input, out) => {
    expect(selectorString(parse(input))).toBe(out);
  });
  it.each(['x=a||y=b', 'x==a==b', '!x=a', 'x<a'])('%j is rejected', (input) => {
    expect(parseSelector(input).ok).toBe(false);
  });
  it('sorts requirements by key (TestDeterministicParse)', () => {
    expect(selectorString(parse('x=a,a=x'))).toBe('a=x,x=a');
    expect(selectorString(parse('a=x,x=a'))).toBe('a=x,x=a');
  });
});

describe('TestSelectorMatches (§1.5, §1.6)', () => {
  const cases: Array<[string, Record<string, string>, boolean]> = [
    ['', { x: 'y' }, true],
    ['x=y', { x: 'y' }, true],
    ['x=y,z=w', { x: 'y', z: 'w' }, true],
    ['x!=y,z!=w', { x: 'z', z: 'a' }, true],
    ['notin=in', { notin: 'in' }, true],
    ['x', { x: 'z' }, true],
    ['!x', { y: 'z' }, true],
    ['x>1', { x: '2' }, true],
    ['x<1', { x: '0' }, true],
    ['x=z', {}, false],
    ['x=y', { x: 'z' }, false],
    ['x=y,z=w', { x: 'w', z: 'w' }, false],
    ['x!=y,z!=w', { x: 'z', z: 'w' }, false],
    ['x', { y: 'z' }, false],
    ['!x', { x: 'z' }, false],
    ['x>1', { x: '0' }, false],
    ['x<1', { x: '2' }, false],
    ['foo=bar', { foo: 'bar', baz: 'blah' }, true],
    ['baz=blah', { foo: 'bar', baz: 'blah' }, true],
    ['foo=bar,baz=blah', { foo: 'bar', baz: 'blah' }, true],
    ['foo=blah', { foo: 'bar', baz: 'blah' }, false],
    ['baz=bar', { foo: 'bar', baz: 'blah' }, false],
    ['foo=bar,foobar=bar,baz=blah', { foo: 'bar', baz: 'blah' }, false],
    ['x in (foo),y notin (alpha)', { x: 'foo', y: 'baz' }, true],
    ['x in (foo),y in (alpha)', { x: 'foo', y: 'baz' }, false],
    ['x notin (),y', { y: '' }, true],
    ['!x,y', { y: '' }, true],
    ['x notin (),!y', { y: '' }, false],
    ['x in ()', { y: 'baz' }, false],
    ['z>1', { z: '2' }, true],
    ['z>1', { z: 'v2' }, false],
    ['x!=y', {}, true],
    ['x notin (a)', {}, true],
  ];
  it.each(cases)('%j against %j → %s', (sel, labels, want) => {
    expect(matches(parse(sel), labels)).toBe(want);
  });
  it('map selectors (TestSetMatches)', () => {
    const labels = { foo: 'bar', baz: 'blah' };
    expect(matchesMap({}, labels)).toBe(true);
    expect(matchesMap({ foo: 'bar' }, labels)).toBe(true);
    expect(matchesMap({ foo: 'bar', baz: 'blah' }, labels)).toBe(true);
    expect(matchesMap({ foo: 'bar', tier: 'web' }, labels)).toBe(false);
  });
});

describe('TestSetSelectorParser (§1.7)', () => {
  const valid: Array<[string, string]> = [
    ['', ''],
    ['\rx', 'x'],
    ['this-is-a-dns.domain.com/key-with-dash', 'this-is-a-dns.domain.com/key-with-dash'],
    [
      'this-is-another-dns.domain.com/key-with-dash in (so,what)',
      'this-is-another-dns.domain.com/key-with-dash in (so,what)',
    ],
    [
      '0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)',
      '0.1.2.domain/99 notin (10.10.100.1,tick.tack.clock)',
    ],
    ['foo  in\t (abc)', 'foo in (abc)'],
    ['x notin\n (abc)', 'x notin (abc)'],
    ['x  notin\t\t\t(abc,def)', 'x notin (abc,def)'],
    ['x in (abc,def)', 'x in (abc,def)'],
    ['x in (abc,)', 'x in (,abc)'],
    ['x in ()', 'x in ()'],
    ['x notin (abc,,def),bar,z in (),w', 'bar,w,x notin (,abc,def),z in ()'],
    ['x,y in (a)', 'x,y in (a)'],
    ['x=a', 'x=a'],
    ['x>1', 'x>1'],
    ['x<7', 'x<7'],
    ['x=a,y!=b', 'x=a,y!=b'],
    ['x=a,y!=b,z in (h,i,j)', 'x=a,y!=b,z in (h,i,j)'],
    ['x notin ( )', 'x notin ()'],
    ['x notin (, a)', 'x notin (,a)'],
    ['a ', 'a'],
    ['a in (x,y,notin, z,in)', 'a in (in,notin,x,y,z)'],
    ['x,y', 'x,y'],
  ];
  it.each(valid)('%j → %j', (input, out) => {
    expect(selectorString(parse(input))).toBe(out);
  });
  const invalid = ['x=a||y=b', 'x,,y', ',x,y', 'x nott in (y)', 'a in (xyz),', 'a in (xyz)b notin ()'];
  const invalid2 = ['a in (xyz abc)', 'a notin(', 'a (', '('];
  it.each([...invalid, ...invalid2])('%j is rejected', (input) => {
    expect(parseSelector(input).ok).toBe(false);
  });
});

describe('TestToString (§1.8)', () => {
  it.each([
    ['x in (abc,def),y notin (jkl),z', 'x in (abc,def),y notin (jkl),z'],
    ['x notin (abc,def),y!=jkl,!z', 'x notin (abc,def),y!=jkl,!z'],
    ['x notin (abc),y in (jkl,mno),z notin ()', 'x notin (abc),y in (jkl,mno),z notin ()'],
    ['x=abc,y==jkl,z!=a,z', 'x=abc,y==jkl,z!=a,z'],
    ['x>2,y<8,z', 'x>2,y<8,z'],
    ['x in (def,abc)', 'x in (abc,def)'],
  ])('%j renders %j', (input, out) => {
    expect(selectorString(parse(input))).toBe(out);
  });
});

describe('parse error messages (§1.9)', () => {
  it.each([
    [
      'type=app,versionv1.0.1)',
      "unable to parse requirement: found ')', expected: in, notin, =, ==, !=, gt, lt",
    ],
    ['x,,y', "found ',', expected: identifier after ','"],
    [',x,y', "found ',', expected: !, identifier, or 'end of string'"],
    ['x==a==b', "found '==', expected: ',' or 'end of string'"],
    ['!x=a', "found '=', expected: ',' or 'end of string'"],
    ['a in (xyz),', "found '', expected: identifier after ','"],
    ['a (', "unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt"],
    ['a in x', "unable to parse requirement: found 'x' expected: '('"],
    ['a notin(', "unable to parse requirement: found '', expected: ',', ')' or identifier"],
    ['a in (xyz abc)', "unable to parse requirement: found 'abc', expected: ',' or ')'"],
    ['x=(', "unable to parse requirement: found '(', expected: identifier"],
    [
      'x<a',
      "unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer",
    ],
  ])('%j → %j', (input, msg) => {
    expect(parseSelector(input)).toEqual({ ok: false, error: { code: expect.any(String), message: msg } });
  });

  it.each([
    ['x,,y', 'selector/syntax'],
    ['a in x', 'selector/syntax'],
    ['x<a', 'selector/invalid-value'],
    ['x=a b', 'selector/syntax'],
    ['x=' + 'v'.repeat(64), 'selector/invalid-value'],
    ['-x=a', 'selector/invalid-key'],
    ['a/b/c', 'selector/invalid-key'],
  ])('%j fails with code %s', (input, code) => {
    const r = parseSelector(input);
    expect(r.ok ? undefined : r.error.code).toBe(code);
  });
});

describe('formatLabels', () => {
  it('sorts keys and prints <none> for empty', () => {
    expect(formatLabels({ b: '2', a: '1' })).toBe('a=1,b=2');
    expect(formatLabels({})).toBe('<none>');
    expect(formatLabels(undefined)).toBe('<none>');
  });
});
