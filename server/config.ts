/**
 * Configuration: every environment variable the server reads, parsed by one zod schema at start-up.
 * A bad value stops the server with a message naming the variable (see `loadConfig`).
 */
import { z } from 'zod';
import { parseTrustProxy } from './common/client-address.js';

/** A whole number in [min, max], with one message naming the range for every way to miss it. */
const count = (what: string, min: number, max: number) => {
  const message = `must be ${what} (${min}-${max})`;
  return z.coerce
    .number({ error: message })
    .int('must be a whole number')
    .min(min, message)
    .max(max, message);
};

/** An on/off switch: `1`/`true` or `0`/`false`. */
const flag = z
  .enum(['0', '1', 'true', 'false'], { error: 'must be 1, 0, true or false' })
  .default('0')
  .transform((v) => v === '1' || v === 'true');

const variables = z.object({
  PORT: count('a port number', 0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** `file:<path>` for embedded SQLite (created and migrated at start), or a postgresql:// URL. */
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with file: (SQLite) or postgresql:// (PostgreSQL)')
    .default('file:./data/kube-arena.db'),
  /** Origin printed and used in join URLs, e.g. https://arena.example.org. Defaults to http://localhost:PORT. */
  PUBLIC_URL: z.url().optional(),
  SCENARIOS_DIR: z.string().min(1).default('scenarios'),
  /** Where the built web client lives; built on start when missing. */
  WEB_DIST_DIR: z.string().min(1).default('web/dist'),
  /** Skip building the web client at start (tests that do not need it). */
  SKIP_WEB_BUILD: flag,
  /**
   * Serve the sets made for automated tests (`testSet: true`, the browser tests' `e2e-*` sets). Off in
   * production: they would be listed to everyone and practisable anonymously.
   */
  ENABLE_TEST_SETS: flag,
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
  /** A room's view updates go out at most once per this many ms (0: every change at once). */
  BROADCAST_INTERVAL_MS: count('a number of milliseconds', 0, 2000).default(100),
  /**
   * Which proxies in front of the server may say who the client is (X-Forwarded-For), for the
   * per-address limits of both HTTP and sockets: `false` (default: nobody, the peer is the client),
   * a hop count (`1`: one proxy), addresses / CIDR ranges / `loopback` etc. separated by commas, or
   * `true` (every hop). What express's `trust proxy` accepts (server/common/client-address.ts).
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((text, ctx) => {
      const parsed = parseTrustProxy(text);
      if (parsed.ok) return parsed.data;
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }),
  /** Classroom games one address may create: this many at once, refilled at this many per hour. */
  GAMES_PER_ADDRESS_PER_HOUR: count('a number of games', 1, 100_000).default(30),
  /** Rooms this node holds in memory at most; creating one more answers `server/full`. */
  MAX_ROOMS: count('a number of rooms', 1, 1_000_000).default(1000),
  /** Players one game seats at most (kicked ones included); one more `room:join` answers `room/full`. */
  MAX_PLAYERS_PER_ROOM: count('a number of players', 1, 100_000).default(5000),
  /**
   * Node's HTTP timeouts (a client that trickles its request — slowloris — is cut off): the request
   * headers must arrive within HTTP_HEADERS_TIMEOUT_MS, the whole request within
   * HTTP_REQUEST_TIMEOUT_MS; an idle keep-alive connection closes after HTTP_KEEP_ALIVE_TIMEOUT_MS.
   * A socket.io connection, once upgraded, is not a request and is not cut.
   */
  HTTP_HEADERS_TIMEOUT_MS: count('a number of milliseconds', 100, 600_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: count('a number of milliseconds', 100, 3_600_000).default(30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: count('a number of milliseconds', 100, 600_000).default(5_000),
});

/** The variables, and the rules between them. */
export const configSchema = variables.refine((c) => c.HTTP_HEADERS_TIMEOUT_MS <= c.HTTP_REQUEST_TIMEOUT_MS, {
  path: ['HTTP_HEADERS_TIMEOUT_MS'],
  message: 'must not be longer than HTTP_REQUEST_TIMEOUT_MS (node refuses it)',
});

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses `env` (default: process.env); throws ConfigError whose message names each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset" so `.env` files with `PUBLIC_URL=` behave.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
  });
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}

export function publicUrl(config: Config): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}
