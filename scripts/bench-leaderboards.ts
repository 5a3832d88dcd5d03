/**
 * Times every leaderboard query on the database in DATABASE_URL (seed it first with
 * scripts/seed-leaderboards.ts) and prints a Markdown table for docs/performance.md.
 *
 *   DATABASE_URL=file:./data/bench.db npx tsx scripts/bench-leaderboards.ts [--rounds 30]
 *
 * Each query runs through LeaderboardService (what an HTTP request runs, minus HTTP) after 5 warm-up
 * rounds; on a busy machine `min` is the best estimate of an unloaded run. "plain" is the best-run-per-learner query on practice_runs without the best-run table, for
 * comparison only.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadScenarioDir } from '../server/content/load.js';
import { LeaderboardService } from '../server/leaderboard/service.js';
import { openDatabase } from '../server/persistence/open-database.js';
import { createPrismaClient } from '../server/persistence/prisma-client.js';
import { DEFAULT_DATABASE_URL, redact, resolveDatabaseUrl } from '../server/persistence/database-url.js';
import type { LeaderboardWindow, PracticeMode } from '../server/protocol/practice.js';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '30' } } });
const ROUNDS = Math.max(1, Number(args.rounds) || 30);

async function time(run: () => Promise<unknown>): Promise<{ median: number; p95: number; min: number }> {
  for (let i = 0; i < 5; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), min: samples[0] ?? 0 };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const loaded = await loadScenarioDir();
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const catalog = loaded.catalog;
  const db = await openDatabase(url, { migrate: false });
  const raw = await createPrismaClient(url);
  const service = new LeaderboardService({
    leaderboard: db.leaderboard,
    games: db.repo,
    catalog,
    clock: { now: () => Date.now() },
  });
  const setId = catalog.list().at(-1)?.id ?? '';
  const board = (
    window: LeaderboardWindow,
    mode: PracticeMode,
    page: number,
    q = '',
    viewer: number | null = null,
  ) => service.practiceBoard(setId, { window, mode, page, pageSize: 50, q }, viewer);
  const first = await board('all', 'untimed', 1);
  if (!first.ok || first.data.total === 0)
    throw new Error(`no practice data for ${setId}: run the seed script`);
  const total = first.data.total;
  const lastPage = Math.ceil(total / 50);
  const last = await board('all', 'untimed', lastPage);
  const lastLearner = last.ok ? (last.data.rows.at(-1)?.learnerId ?? null) : null;
  const lastName = last.ok ? (last.data.rows.at(-1)?.nickname ?? '') : '';
  const games = await service.publicGames({ page: 1, pageSize: 50 });
  const code = games.rows[0]?.code ?? '';
  const counts = await raw.$queryRawUnsafe<{ runs: number; bests: number; games: number }[]>(
    `SELECT CAST((SELECT COUNT(*) FROM practice_runs) AS INTEGER) AS runs,
            CAST((SELECT COUNT(*) FROM practice_bests) AS INTEGER) AS bests,
            CAST((SELECT COUNT(*) FROM games) AS INTEGER) AS games`,
  );

  const cases: [string, () => Promise<unknown>][] = [
    ['practice, all time, page 1', () => board('all', 'untimed', 1)],
    [`practice, all time, page 100`, () => board('all', 'untimed', 100)],
    [`practice, all time, last page (${lastPage})`, () => board('all', 'untimed', lastPage)],
    ['practice, this week, page 1', () => board('week', 'untimed', 1)],
    ['practice, today, page 1', () => board('today', 'untimed', 1)],
    ['practice, timed, all time, page 1', () => board('all', 'timed', 1)],
    ['practice, search "kube", page 1', () => board('all', 'untimed', 1, 'kube')],
    ['practice, search "kube", page 20', () => board('all', 'untimed', 20, 'kube')],
    [`practice, search one nickname ("${lastName}")`, () => board('all', 'untimed', 1, lastName)],
    ['practice, page 1 + own rank (last place)', () => board('all', 'untimed', 1, '', lastLearner)],
    ['classroom, public games, page 1', () => service.publicGames({ page: 1, pageSize: 50 })],
    ['classroom, public games, page 10', () => service.publicGames({ page: 10, pageSize: 50 })],
    [
      'classroom, one game ranking',
      () => service.gameRanking(code, undefined, { page: 1, pageSize: 50, q: '' }),
    ],
    [
      'plain query on practice_runs, page 1 (no best table)',
      () =>
        raw.$queryRawUnsafe(`
          SELECT learner_id, score, duration_ms FROM (
            SELECT learner_id, score, duration_ms, finished_at, id,
              ROW_NUMBER() OVER (PARTITION BY learner_id ORDER BY score DESC, duration_ms, finished_at, id) AS rn
            FROM practice_runs
            WHERE set_id = '${setId}' AND kind = 'normal' AND status = 'finished' AND timed = false
          ) best WHERE rn = 1
          ORDER BY score DESC, duration_ms, finished_at, id LIMIT 50`),
    ],
  ];

  const provider = resolveDatabaseUrl(url).provider;
  console.log(
    `${provider} ${redact(url)}: runs ${Number(counts[0]?.runs)}, best rows ${Number(counts[0]?.bests)}, games ${Number(counts[0]?.games)}, board "${setId}" untimed/all has ${total} learners`,
  );
  console.log(`\n| Query (${provider}) | median ms | p95 ms | min ms |\n| --- | ---: | ---: | ---: |`);
  for (const [name, run] of cases) {
    const t = await time(run);
    console.log(`| ${name} | ${t.median.toFixed(1)} | ${t.p95.toFixed(1)} | ${t.min.toFixed(1)} |`);
  }
  await raw.$disconnect();
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
