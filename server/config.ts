/**
 * Configuration: every environment variable the server reads, parsed by one zod schema at start-up.
 * A bad value stops the server with a message naming the variable (see `loadConfig`).
 */
import { z } from 'zod';

const port = z.coerce
  .number({ error: 'must be a port number (0-65535)' })
  .int('must be a whole number')
  .min(0, 'must be a port number (0-65535)')
  .max(65535, 'must be a port number (0-65535)');

/** An on/off switch: `1`/`true` or `0`/`false`. */
const flag = z
  .enum(['0', '1', 'true', 'false'], { error: 'must be 1, 0, true or false' })
  .default('0')
  .transform((v) => v === '1' || v === 'true');

export const configSchema = z.object({
  PORT: port.default(3000),
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
  BROADCAST_INTERVAL_MS: z.coerce
    .number({ error: 'must be a number of milliseconds (0-2000)' })
    .int('must be a whole number')
    .min(0, 'must be a number of milliseconds (0-2000)')
    .max(2000, 'must be a number of milliseconds (0-2000)')
    .default(100),
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
