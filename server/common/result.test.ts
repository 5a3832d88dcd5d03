import { describe, expect, it } from 'vitest';
import { err, failFor, ok, type ModuleError, type Result } from './result.js';

describe('Result', () => {
  it('builds both shapes, narrowed by `ok`', () => {
    const parse = (text: string): Result<number, 'nan'> =>
      Number.isNaN(Number(text)) ? err('nan') : ok(Number(text));
    expect(parse('4')).toEqual({ ok: true, data: 4 });
    expect(parse('x')).toEqual({ ok: false, error: 'nan' });
    const r = parse('x');
    if (!r.ok) expect(r.error).toBe('nan');
  });

  it("stamps a module's name on each of its errors", () => {
    const fail = failFor<ModuleError<'demo', 'demo/nope'>>('demo');
    expect(fail('demo/nope', 'not today')).toEqual({
      ok: false,
      error: { module: 'demo', code: 'demo/nope', message: 'not today' },
    });
  });
});
