/**
 * Fills a database with leaderboard volume: practice learners and finished runs (with their best-run
 * rows, computed exactly as a finishing run files them) and finished classroom games with ranked players.
 *
 *   DATABASE_URL=file:./data/bench.db npx tsx scripts/seed-leaderboards.ts [--runs 100000] [--games 1000]
 *     [--learners 20000] [--players 20] [--days 60] [--seed 1]
 *
 * Rows are added to what is there (ids continue after the current maximum); batch inserts keep it fast.
 * Seeded runs carry a placeholder state: they rank on boards but cannot be resumed or reviewed.
 */
import { parseArgs } from 'node:util';
import { loadScenarioDir } from '../server/content/load.js';
import { periodsOfRun } from '../server/leaderboard/periods.js';
import { beats } from '../server/leaderboard/ranking.js';
import { randomCursor, seedState } from '../server/common/rng.js';
import { migrate } from '../server/persistence/migrations.js';
import { createPrismaClient, type Db } from '../server/persistence/prisma-client.js';
import { DEFAULT_DATABASE_URL, redact, resolveDatabaseUrl } from '../server/persistence/database-url.js';
import { nicknameKey } from '../server/persistence/prisma-game-repository.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    games: { type: 'string', default: '1000' },
    learners: { type: 'string', default: '20000' },
    players: { type: 'string', default: '20' },
    days: { type: 'string', default: '60' },
    seed: { type: 'string', default: '1' },
  },
});
const count = (name: keyof typeof args) => {
  const n = Number(args[name]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
};

const DAY_MS = 86_400_000;
const WORDS = [
  'kube',
  'pod',
  'node',
  'mesh',
  'proxy',
  'helm',
  'yaml',
  'cluster',
  'ingress',
  'dns',
  'port',
  'label',
];
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * Multi-row INSERTs with bound parameters: Prisma's createMany spends most of its time in the query
 * compiler (about 20× slower here). Dates are bound as Date, so each driver stores them exactly as
 * Prisma does; SQLite gets booleans as 1/0 like Prisma writes them.
 */
async function insertRows(
  db: Db,
  provider: 'sqlite' | 'postgresql',
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
): Promise<void> {
  const fields = Object.keys(columns);
  const perBatch = Math.floor(30_000 / fields.length);
  const names = fields.map((f) => `"${columns[f]}"`).join(', ');
  const t0 = Date.now();
  for (let i = 0; i < rows.length; i += perBatch) {
    const batch = rows.slice(i, i + perBatch);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const marks = fields.map((f) => {
        const v = row[f];
        params.push(provider === 'sqlite' && typeof v === 'boolean' ? Number(v) : v);
        return provider === 'sqlite' ? '?' : `$${params.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await db.$executeRawUnsafe(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')}`, ...params);
  }
  console.log(`  ${table}: ${rows.length} rows in ${Date.now() - t0} ms`);
}

/** Prisma field → column, for the tables seeded here. */
const camelToSnake = (fields: string[]): Record<string, string> =>
  Object.fromEntries(fields.map((f) => [f, f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]));

async function maxId(db: Db, table: 'practice_learners' | 'practice_runs' | 'games'): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ m: number | null }[]>(
    `SELECT CAST(MAX(id) AS INTEGER) AS m FROM ${table}`,
  );
  return Number(rows[0]?.m ?? 0);
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const [runs, games, learners, players, days] = [
    count('runs'),
    count('games'),
    Math.max(1, count('learners')),
    count('players'),
    Math.max(1, count('days')),
  ];
  const rnd = randomCursor(seedState(count('seed')));
  const loaded = await loadScenarioDir();
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const sets = loaded.catalog.list().map((s) => s.id);
  const started = Date.now();
  await migrate(url);
  console.log(`migrated in ${Date.now() - started} ms`);
  const db = await createPrismaClient(url);
  const provider = resolveDatabaseUrl(url).provider;
  if (provider === 'sqlite') {
    // Seeding only: a large page cache keeps the indexes in memory, and a crash just means reseeding.
    await db.$queryRawUnsafe('PRAGMA cache_size = -262144');
    await db.$queryRawUnsafe('PRAGMA synchronous = OFF');
  }
  const now = Date.now();
  try {
    const learnerBase = await maxId(db, 'practice_learners');
    const learnerRows = Array.from({ length: learners }, (_, i) => {
      const nickname = `${WORDS[rnd.int(WORDS.length)]}${WORDS[rnd.int(WORDS.length)]}${i}`.slice(0, 20);
      return {
        id: learnerBase + i + 1,
        nickname,
        nicknameKey: nicknameKey(nickname),
        tokenHash: `seed-${learnerBase + i + 1}-${rnd.int(1e9)}`,
        createdAt: new Date(now - days * DAY_MS),
      };
    });
    await insertRows(
      db,
      provider,
      'practice_learners',
      camelToSnake(Object.keys(learnerRows[0] ?? {})),
      learnerRows,
    );

    // Runs, and each learner's best per set, mode and period, as PracticeService would file them.
    const runBase = await maxId(db, 'practice_runs');
    type Best = {
      setId: string;
      mode: string;
      period: string;
      learnerId: number;
      nickname: string;
      nicknameKey: string;
      runId: number;
      score: number;
      accuracy: number;
      durationMs: number;
      finishedAt: Date;
    };
    const bests = new Map<string, Best>();
    const runRows = Array.from({ length: runs }, (_, i) => {
      const learner = learnerRows[rnd.int(learners)]!;
      // Most runs are on the main set and untimed, like real use; recent days are busier.
      const setId = sets[rnd.next() < 0.7 ? sets.length - 1 : rnd.int(sets.length)]!;
      const timed = rnd.next() < 0.25;
      const questionCount = 20;
      const correctCount = Math.min(
        questionCount,
        Math.floor(questionCount * (0.3 + 0.7 * Math.sqrt(rnd.next()))),
      );
      const score = timed ? correctCount * (500 + rnd.int(700)) : correctCount * 1000;
      const durationMs = 30_000 + rnd.int(15 * 60_000);
      const finishedAt = now - Math.floor(days * DAY_MS * rnd.next() ** 2);
      const id = runBase + i + 1;
      const accuracy = correctCount / questionCount;
      for (const period of periodsOfRun(finishedAt)) {
        const mode = timed ? 'timed' : 'untimed';
        const key = `${setId}|${mode}|${period}|${learner.id}`;
        const candidate: Best = {
          setId,
          mode,
          period,
          learnerId: learner.id,
          nickname: learner.nickname,
          nicknameKey: learner.nicknameKey,
          runId: id,
          score,
          accuracy,
          durationMs,
          finishedAt: new Date(finishedAt),
        };
        const current = bests.get(key);
        const rank = (b: Best) => ({
          score: b.score,
          durationMs: b.durationMs,
          finishedAt: b.finishedAt.getTime(),
          runId: b.runId,
        });
        if (!current || beats(rank(candidate), rank(current))) bests.set(key, candidate);
      }
      return {
        id,
        learnerId: learner.id,
        setId,
        kind: 'normal',
        timed,
        seed: rnd.int(2 ** 31 - 1),
        state: '{"seeded":true}',
        status: 'finished',
        version: 1,
        score,
        correctCount,
        answeredCount: questionCount,
        accuracy,
        durationMs,
        hintsUsed: 0,
        startedAt: new Date(finishedAt - durationMs),
        finishedAt: new Date(finishedAt),
      };
    });
    await insertRows(db, provider, 'practice_runs', camelToSnake(Object.keys(runRows[0] ?? {})), runRows);
    // Bests from earlier seeding of the same learners cannot exist: learner ids are new.
    // In ranking-index order, so the big index grows at its end instead of at random pages.
    const bestRows = [...bests.values()].sort(
      (a, b) =>
        a.setId.localeCompare(b.setId) ||
        a.mode.localeCompare(b.mode) ||
        a.period.localeCompare(b.period) ||
        b.score - a.score ||
        a.durationMs - b.durationMs,
    );
    await insertRows(db, provider, 'practice_bests', camelToSnake(Object.keys(bestRows[0] ?? {})), bestRows);

    const gameBase = await maxId(db, 'games');
    const gameRows = Array.from({ length: games }, (_, i) => {
      const endedAt = now - Math.floor(days * DAY_MS * rnd.next());
      let code = '';
      for (let c = 0; c < 6; c++) code += CODE_ALPHABET[rnd.int(CODE_ALPHABET.length)];
      return {
        id: gameBase + i + 1,
        // Seeded codes start with 'Z' plus 5 random characters and a retry suffix would be rare; the
        // unique index would reject a clash, so the id is mixed in for uniqueness.
        code: `${code.slice(0, 2)}${(gameBase + i + 1).toString(36).toUpperCase().padStart(4, '0')}`.slice(
          -6,
        ),
        setId: sets[rnd.int(sets.length)]!,
        mode: 'classroom',
        scoring: 'classic',
        hostSecretHash: 'f'.repeat(64),
        seed: rnd.int(2 ** 31 - 1),
        isPublic: rnd.next() < 0.6,
        endedEarly: false,
        createdAt: new Date(endedAt - 20 * 60_000),
        startedAt: new Date(endedAt - 15 * 60_000),
        endedAt: new Date(endedAt),
      };
    });
    await insertRows(db, provider, 'games', camelToSnake(Object.keys(gameRows[0] ?? {})), gameRows);
    const playerRows = gameRows.flatMap((g) => {
      const scores = Array.from({ length: players }, () => rnd.int(20_000)).sort((a, b) => b - a);
      return scores.map((finalScore, r) => {
        const nickname = `${WORDS[rnd.int(WORDS.length)]}-${r + 1}`;
        return {
          gameId: g.id,
          id: `p_${r + 1}`,
          nickname,
          nicknameKey: nicknameKey(nickname),
          joinedAt: g.createdAt,
          finalScore,
          rank: r + 1,
          correctCount: Math.min(20, Math.round(finalScore / 1000)),
          totalResponseMs: 5000 + rnd.int(200_000),
        };
      });
    });
    await insertRows(db, provider, 'players', camelToSnake(Object.keys(playerRows[0] ?? {})), playerRows);

    if (provider === 'postgresql') {
      // Explicit ids do not advance PostgreSQL sequences; the next row the app inserts must not collide.
      for (const table of ['practice_learners', 'practice_runs', 'games']) {
        await db.$queryRawUnsafe(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX(id) FROM ${table}))`,
        );
      }
    }
    // Fresh statistics, as a long-running database would have, so the planners see the real volume.
    await db.$executeRawUnsafe('ANALYZE');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `seeded ${redact(url)}: ${learners} learners, ${runs} runs, ${bests.size} best rows, ` +
        `${games} games, ${playerRows.length} players in ${seconds} s`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
