import { describe, expect, it } from 'vitest';
import { parseFieldPath, readField } from './field-path.js';
import { mixSeed, resolveParams } from './params.js';
import { paramSchema } from './schema.js';
import type { ParamSpec } from './schema.js';
import { TemplateError, findRefs, substituteDeep, substituteText } from './template.js';

const values = { app: 'shop', port: 8080, pair: { right: 'web', wrong: 'www' } };

describe('substitution', () => {
  it('splices values into text and keeps the type of a whole-string reference', () => {
    expect(substituteText('http://${app}:${port}/', values)).toBe('http://shop:8080/');
    expect(
      substituteDeep({ port: '${port}', name: '${pair.right}', list: ['${app}-x', 3, true] }, values),
    ).toEqual({
      port: 8080,
      name: 'web',
      list: ['shop-x', 3, true],
    });
  });

  it('leaves $${...} as a literal ${...} and finds only real references', () => {
    expect(substituteText('echo $${HOME} ${app}', values)).toBe('echo ${HOME} shop');
    expect(findRefs('$${HOME} ${app} ${pair.wrong}').map((r) => r.text)).toEqual(['${app}', '${pair.wrong}']);
  });

  it('refuses unknown names, missing fields and bare records', () => {
    expect(() => substituteText('${nope}', values)).toThrow(TemplateError);
    expect(() => substituteText('${pair.other}', values)).toThrow('has no field "other"');
    expect(() => substituteText('${pair}', values)).toThrow('is a record');
  });
});

describe('resolveParams', () => {
  const specs: Record<string, ParamSpec> = {
    app: paramSchema.parse({ choices: ['a', 'b', 'c'] }),
    right: paramSchema.parse({ choices: [80, 8080] }),
    wrong: paramSchema.parse({ choices: [80, 8080], distinctFrom: ['right'] }),
    port: paramSchema.parse({ range: [30000, 30009] }),
  };

  it('is deterministic per seed and salt, and varies with them', () => {
    expect(resolveParams(specs, 5, 'x')).toEqual(resolveParams(specs, 5, 'x'));
    const seen = new Set(Array.from({ length: 30 }, (_, s) => JSON.stringify(resolveParams(specs, s, 'x'))));
    expect(seen.size).toBeGreaterThan(5);
    expect(mixSeed(5, 'a')).not.toBe(mixSeed(5, 'b'));
  });

  it('keeps distinct params apart and ranges inside their bounds', () => {
    for (let s = 0; s < 50; s++) {
      const v = resolveParams(specs, s);
      expect(v['wrong']).not.toBe(v['right']);
      expect(v['port']).toBeGreaterThanOrEqual(30000);
      expect(v['port']).toBeLessThanOrEqual(30009);
    }
  });

  it('fails loudly when distinctFrom leaves nothing to pick', () => {
    const tight = {
      a: paramSchema.parse({ choices: [1] }),
      b: paramSchema.parse({ choices: [1], distinctFrom: ['a'] }),
    };
    expect(() => resolveParams(tight, 1)).toThrow('param "b"');
  });

  it('validates param specs', () => {
    expect(paramSchema.safeParse({ choices: [1], range: [1, 2] }).success).toBe(false);
    expect(paramSchema.safeParse({ range: [5, 1] }).success).toBe(false);
    expect(paramSchema.safeParse({}).success).toBe(false);
  });
});

describe('field paths', () => {
  const obj = {
    spec: {
      ports: [
        { name: 'http', port: 80 },
        { name: 'dns', port: 53 },
      ],
      type: 'NodePort',
    },
  };

  it('reads fields, indices and keyed list items', () => {
    expect(readField(obj, 'spec.type')).toBe('NodePort');
    expect(readField(obj, 'spec.ports[1].port')).toBe(53);
    expect(readField(obj, 'spec.ports[name=http].port')).toBe(80);
    expect(readField(obj, 'spec.ports[name=none].port')).toBeUndefined();
    expect(readField(obj, 'spec.type.length.x')).toBeUndefined();
  });

  it('rejects malformed paths', () => {
    expect(parseFieldPath('a.b[2][k=v]')).toEqual([
      { field: 'a' },
      { field: 'b' },
      { index: 2 },
      { match: ['k', 'v'] },
    ]);
    expect(parseFieldPath('spec..type')).toBeUndefined();
    expect(parseFieldPath('spec[')).toBeUndefined();
    expect(readField(obj, '')).toBeUndefined();
  });
});
