/**
 * Realtime benchmark (not a test): `npx tsx scripts/bench-rooms.ts [--players 50,200,500]`.
 * Starts the real server in a child process (its own SQLite file, a free port), fills one classroom room
 * with N socket.io bots (websocket transport, each from its own loopback address so the per-IP join
 * allowance does not apply) and measures, per N:
 *  - join: all N `room:join` acks, sent 50 at a time;
 *  - fan-out: the host's `game:start` → every player holding the question view (median, last);
 *  - answer storm: all N answer at once → last ack, and → the host's view in `reveal` (the question
 *    closes when everyone has answered); the views the players received meanwhile; the server's CPU time.
 * The bots share the 2 cores with the server, so figures are upper bounds. Results go into
 * docs/performance.md by hand. `BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR"` profiles the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { io as connect, type Socket } from 'socket.io-client';
import type { GameView } from '../server/protocol/views.js';

type Bot = Socket;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const SIZES = arg('--players', '50,200,500').split(',').map(Number);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** utime + stime of a process, in ms (Linux /proc, 100 ticks per second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function startServer(): Promise<{ url: string; child: ChildProcess; stop: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-arena-bench-rooms-'));
  const port = await freePort();
  const extra = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${dir}/bench.db`,
      SKIP_WEB_BUILD: '1',
      ENABLE_TEST_SETS: '1', // it plays e2e-short
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      if (i > 300) throw new Error('the server did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    stop: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A socket; player `i` connects from its own loopback address (127.0.x.y all reach the server). */
function bot(url: string, i?: number): Promise<Bot> {
  const localAddress = i === undefined ? undefined : `127.0.${1 + Math.floor(i / 250)}.${2 + (i % 250)}`;
  // `localAddress` is passed through to the `ws` client.
  const socket = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    ...(localAddress ? { localAddress } : {}),
  } as Parameters<typeof connect>[1]);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

const ack = <T>(s: Bot, event: string, payload: unknown = {}) =>
  s.emitWithAck(event, payload) as Promise<{ ok: true; data: T } | { ok: false; error: { code: string } }>;

const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0;
const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));

async function measure(n: number): Promise<string> {
  const server = await startServer();
  const sockets: Bot[] = [];
  try {
    const res = await fetch(`${server.url}/api/games`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ setId: 'e2e-short' }),
    });
    const game = ((await res.json()) as { data: { code: string; hostToken: string } }).data;
    const host = await bot(server.url);
    sockets.push(host);
    await ack(host, 'room:resume', { code: game.code, token: game.hostToken });

    const players: Bot[] = [];
    const tJoin = performance.now();
    for (let i = 0; i < n; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, n - i) }, (_, j) => bot(server.url, i + j)),
      );
      const joined = await Promise.all(
        batch.map((s, j) => ack(s, 'room:join', { code: game.code, nickname: `bot${i + j}` })),
      );
      const bad = joined.find((r) => !r.ok);
      if (bad) throw new Error(`join refused: ${JSON.stringify(bad)}`);
      players.push(...batch);
    }
    sockets.push(...players);
    const joinMs = performance.now() - tJoin;

    // Fan-out of a phase change.
    const seen: number[] = [];
    const holding = new Set<Bot>();
    let question = { id: '', choice: '' };
    const gotQuestion = new Promise<void>((resolve) => {
      for (const p of players)
        p.on('state:update', (v: GameView) => {
          if (v.phase !== 'question' || !v.question || holding.has(p)) return;
          holding.add(p);
          seen.push(performance.now());
          question = { id: v.question.id, choice: v.question.choices[0]!.id };
          if (seen.length === n) resolve();
        });
    });
    await new Promise((r) => setTimeout(r, 300)); // let the join broadcasts drain
    const t0 = performance.now();
    await ack(host, 'game:start');
    await gotQuestion;
    const fanout = seen.map((t) => t - t0);

    // The answer storm.
    let views = 0;
    for (const p of players) p.on('state:update', () => views++);
    const revealed = new Promise<number>((resolve) =>
      host.on('state:update', (v: GameView) => v.phase === 'reveal' && resolve(performance.now())),
    );
    const cpu0 = cpuMs(server.child.pid!);
    const t1 = performance.now();
    const q = question;
    const acks = await Promise.all(
      players.map(async (p) => {
        const r = await ack(p, 'answer:submit', { questionId: q.id, choiceIds: [q.choice] });
        if (!r.ok) throw new Error(`answer refused: ${r.error.code}`);
        return performance.now() - t1;
      }),
    );
    const revealMs = (await revealed) - t1;
    await new Promise((r) => setTimeout(r, 500)); // let the last views arrive before counting
    const cpu = cpuMs(server.child.pid!) - cpu0;
    return `| ${n} | ${ms(joinMs)} | ${ms(pct(fanout, 0.5))} | ${ms(pct(fanout, 1))} | ${ms(pct(acks, 0.5))} | ${ms(pct(acks, 1))} | ${ms(revealMs)} | ${views} | ${cpu} |`;
  } finally {
    for (const s of sockets) s.disconnect();
    server.stop();
  }
}

console.log(`node ${process.version}; times in ms; one server process, bots in this process\n`);
console.log(
  '| players | join all | fan-out median | fan-out last | answer ack median | answer ack last | all answered → reveal | views sent in the storm | server CPU in the storm (ms) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of SIZES) console.log(await measure(n));
