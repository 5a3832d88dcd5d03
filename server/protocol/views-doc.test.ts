/**
 * docs/protocol.md ("Views") describes every field of every view type: each interface of views.ts has
 * a `interface Name` block there naming each of its fields, so a new field cannot ship undocumented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** Interface name → its own top-level field names (two-space indent; nested object fields are not counted). */
function interfaces(source: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const m of source.matchAll(/^(?:export )?interface (\w+)[^{\n]*\{\n([\s\S]*?)^\}/gm)) {
    const fields = [...m[2]!.matchAll(/^ {2}(\w+)\??:/gm)].map((f) => f[1]!);
    found.set(m[1]!, fields);
  }
  return found;
}

describe('docs/protocol.md "Views"', () => {
  const declared = interfaces(read('./views.ts'));
  const doc = read('../../docs/protocol.md');
  const section = doc.slice(doc.indexOf('\n## Views\n'), doc.indexOf('\n## Scoring\n'));
  const documented = interfaces(
    [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((block) => block[1]!).join('\n'),
  );

  it('finds the view types', () => {
    expect(declared.size).toBeGreaterThan(20);
    expect(declared.get('ClockView')).toEqual(['deadline', 'remainingMs', 'paused', 'serverNow']);
  });

  it.each([...declared.keys()])('describes every field of %s', (name) => {
    expect(documented.get(name), `no "interface ${name}" block`).toBeDefined();
    expect(documented.get(name)).toEqual(expect.arrayContaining(declared.get(name)!));
    expect(declared.get(name)).toEqual(expect.arrayContaining(documented.get(name)!));
  });
});
