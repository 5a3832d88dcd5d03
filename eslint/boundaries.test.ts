/** The boundary rule says what docs/architecture.md says, and it really catches a wrong import. */
import { readFile } from 'node:fs/promises';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { MODULES } from './boundaries.js';

/** Rows of the "Modules" table: `| \`path\` | role | may import |`, the last column as module names. */
async function documentedBoundaries(): Promise<Map<string, string[]>> {
  const doc = await readFile('docs/architecture.md', 'utf8');
  const section = doc.slice(doc.indexOf('## Modules'), doc.indexOf('\n## ', doc.indexOf('## Modules') + 1));
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const path = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!path) continue;
    const last = cells[cells.length - 2] ?? '';
    const names = last === '—' ? [] : [...last.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
    rows.set(path.replace(/\/$/, ''), names);
  }
  return rows;
}

describe('module boundaries', () => {
  it('match the "May import" column of docs/architecture.md', async () => {
    const documented = await documentedBoundaries();
    const enforced = new Map(MODULES.map((m) => [m.path, [...m.mayImport].sort()]));
    expect(new Map([...documented].map(([p, n]) => [p, [...n].sort()]))).toEqual(enforced);
  });

  const lint = async (filePath: string, code: string) => {
    const [result] = await new ESLint().lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths');
  };

  it('fail a module importing one it may not know', async () => {
    const errors = await lint('server/sim/fixture.ts', "export { dispatch } from '../game/index.js';\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/server\/sim may import only common/);
  });

  it('fail a web module importing a server folder other than the protocol', async () => {
    const bad = await lint('web/src/fixture.ts', "export type { Pod } from '../../server/sim/types.js';\n");
    expect(bad).toHaveLength(1);
    const good = await lint(
      'web/src/fixture.ts',
      "export type { GameView } from '../../server/protocol/views.js';\n",
    );
    expect(good).toHaveLength(0);
  });

  it('let a module import what it may', async () => {
    expect(
      await lint('server/game/fixture.ts', "export { ok } from '../protocol/result.js';\n"),
    ).toHaveLength(0);
  });
});
