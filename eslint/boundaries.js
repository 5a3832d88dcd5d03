/**
 * The module boundaries of docs/architecture.md, as data: which of the project's modules each module may
 * import. eslint.config.js turns this table into import-x/no-restricted-paths zones, and
 * eslint/boundaries.test.ts checks that the architecture document's "May import" column says the same.
 * Libraries (socket.io, express, Prisma...) are not listed here: each is confined by the review of the
 * module that wraps it; this table is about our own code.
 */

/** @typedef {{ name: string, path: string, mayImport: string[] }} Module */

/** @type {Module[]} */
export const MODULES = [
  { name: 'common', path: 'server/common', mayImport: [] },
  { name: 'protocol', path: 'server/protocol', mayImport: ['common'] },
  { name: 'sim', path: 'server/sim', mayImport: ['common'] },
  { name: 'content', path: 'server/content', mayImport: ['protocol', 'common'] },
  { name: 'puzzles', path: 'server/puzzles', mayImport: ['sim', 'content', 'protocol', 'common'] },
  { name: 'game', path: 'server/game', mayImport: ['puzzles', 'content', 'protocol', 'common'] },
  {
    name: 'practice',
    path: 'server/practice',
    mayImport: ['game', 'puzzles', 'content', 'leaderboard', 'persistence', 'protocol', 'common'],
  },
  { name: 'leaderboard', path: 'server/leaderboard', mayImport: ['persistence', 'protocol', 'common'] },
  { name: 'persistence', path: 'server/persistence', mayImport: ['common'] },
  { name: 'rooms', path: 'server/rooms', mayImport: ['game', 'persistence', 'common'] },
  {
    name: 'edge',
    path: 'server/edge',
    mayImport: [
      'rooms',
      'game',
      'practice',
      'puzzles',
      'content',
      'leaderboard',
      'persistence',
      'protocol',
      'common',
    ],
  },
  { name: 'realtime', path: 'server/realtime', mayImport: ['rooms', 'edge', 'protocol', 'common'] },
  {
    name: 'http',
    path: 'server/http',
    mayImport: ['rooms', 'practice', 'leaderboard', 'edge', 'protocol', 'common'],
  },
  { name: 'config', path: 'server/config.ts', mayImport: ['common'] },
  { name: 'web', path: 'web/src', mayImport: ['protocol'] },
];

/** The wiring (`npm start`): may import everything, and nothing imports it. */
export const WIRING = ['server/server.ts', 'server/main.ts'];

/** Test support that any test may use, and test files themselves: integration tests cross modules. */
export const TEST_FILES = ['**/*.test.ts', 'server/testing/**', '**/test-*.ts', '**/testing/**'];

/** import-x/no-restricted-paths zones: one per module, forbidding every module it may not import. */
export function boundaryZones(modules = MODULES) {
  const byName = new Map(modules.map((m) => [m.name, m]));
  return modules.map((m) => {
    const allowed = new Set([m.name, ...m.mayImport]);
    for (const name of m.mayImport)
      if (!byName.has(name)) throw new Error(`boundaries: ${m.name} may import unknown module ${name}`);
    const from = [
      ...modules.filter((o) => !allowed.has(o.name) && !isInside(m.path, o.path)).map((o) => o.path),
      ...WIRING,
    ].map((p) => `./${p}`);
    return {
      target: `./${m.path}`,
      from,
      message: `${m.path} may import only ${m.mayImport.length ? m.mayImport.join(', ') : 'no other module'} (docs/architecture.md, eslint/boundaries.js)`,
    };
  });
}

function isInside(outer, inner) {
  return inner === outer || inner.startsWith(`${outer}/`);
}
