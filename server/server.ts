/**
 * Wires the pieces into one running node: scenarios, database, rooms, HTTP and socket.io.
 * `main.ts` calls it for `npm start`; integration tests call it with their own database and port 0.
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { publicUrl, type Config } from './config.js';
import { loadScenarioDir, type ScenarioCatalog } from './content/load.js';
import { loadPuzzleContent } from './puzzles/index.js';
import { systemClock, type Clock } from './common/clock.js';
import { compileTrust } from './common/client-address.js';
import { consoleLogger, type Logger } from './common/logger.js';
import { KeyedRateLimiter } from './common/rate-limit.js';
import { createApp } from './http/app.js';
import { httpServerOptions } from './http/security.js';
import { compareRankKeys } from './leaderboard/ranking.js';
import { LeaderboardService } from './leaderboard/service.js';
import { openDatabase } from './persistence/open-database.js';
import type { GameRepository } from './persistence/game-repository.js';
import { PracticeService } from './practice/service.js';
import { MAX_MESSAGE_BYTES } from './protocol/events.js';
import { Realtime, type GameServer } from './realtime/socket-server.js';
import { GameExports } from './rooms/game-exports.js';
import { RoomManager } from './rooms/room-manager.js';

export interface RunningServer {
  url: string;
  port: number;
  manager: RoomManager;
  repo: GameRepository;
  catalog: ScenarioCatalog;
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  options: { clock?: Clock; log?: Logger } = {},
): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? consoleLogger(config.LOG_LEVEL);

  const loaded = await loadScenarioDir(config.SCENARIOS_DIR, { testSets: config.ENABLE_TEST_SETS });
  if (!loaded.ok) {
    throw new Error(`scenario files are invalid:\n${loaded.errors.map((e) => `  ${e}`).join('\n')}`);
  }
  const catalog = loaded.catalog;
  // Puzzles live in <scenarios>/puzzles; every puzzle round of a set must name one of them.
  const puzzles = await loadPuzzleContent(config.SCENARIOS_DIR, catalog);
  if (!puzzles.ok) {
    throw new Error(`puzzle files are invalid:\n${puzzles.errors.map((e) => `  ${e}`).join('\n')}`);
  }
  const db = await openDatabase(config.DATABASE_URL, { bestRunOrder: compareRankKeys });

  // socket.io must see requests first (it wraps the existing request listener and keeps /socket.io/ for
  // itself), so the server is created with a handler that forwards to the express app built below.
  let app: ReturnType<typeof createApp> | null = null;
  const timeouts = {
    headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
  };
  const httpServer = createHttpServer(httpServerOptions(timeouts), (req, res) => {
    if (app) app(req, res);
    else res.writeHead(503).end();
  });
  const io: GameServer = new Server(httpServer, {
    path: '/socket.io',
    serveClient: false,
    // Seats survive reconnects through tokens, so a short ping keeps "connected" honest for the game.
    pingInterval: 10_000,
    pingTimeout: 8_000,
    // A bigger message closes its connection unanswered (docs/protocol.md, "Transport").
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
  });
  // One client address for both edges (TRUST_PROXY), and one allowance of join-code misses per address
  // across them: 30 at once, then one per 2 s (a classroom's typos fit; guessing live codes does not).
  const trustProxy = compileTrust(config.TRUST_PROXY);
  const codeMisses = new KeyedRateLimiter(30, 0.5);
  const realtime = new Realtime(io, clock, log, config.BROADCAST_INTERVAL_MS, { trustProxy, codeMisses });
  const manager = new RoomManager({
    repo: db.repo,
    catalog,
    puzzles: puzzles.catalog,
    clock,
    hooks: realtime,
    log,
    maxRooms: config.MAX_ROOMS,
    maxPlayersPerRoom: config.MAX_PLAYERS_PER_ROOM,
  });
  realtime.start(manager);

  const actualPublicUrl = () => publicUrl({ ...config, PORT: (httpServer.address() as AddressInfo).port });
  app = createApp({
    manager,
    exports: new GameExports({ repo: db.repo, catalog }),
    practice: new PracticeService({ practice: db.practice, catalog, clock, puzzles: puzzles.catalog }),
    leaderboard: new LeaderboardService({ leaderboard: db.leaderboard, games: db.repo, catalog, clock }),
    clock,
    log,
    get publicUrl() {
      return actualPublicUrl();
    },
    webDistDir: config.WEB_DIST_DIR,
    trustProxy,
    codeMisses,
    gamesPerAddressPerHour: config.GAMES_PER_ADDRESS_PER_HOUR,
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;

  return {
    url: actualPublicUrl(),
    port,
    manager,
    repo: db.repo,
    catalog,
    async close() {
      await manager.shutdown();
      realtime.stop();
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await db.close();
    },
  };
}
