/**
 * A real server for route and socket tests: its own SQLite file in a temp dir, port 0, an injected clock,
 * and `env` for any other setting. Registers the vitest hooks that start and stop it; read `.server`
 * inside tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../config.js';
import type { Clock } from '../common/clock.js';
import { silentLogger } from '../common/logger.js';
import { startServer, type RunningServer } from '../server.js';

export function useTestServer(
  clock: Clock,
  name: string,
  env: Record<string, string> = {},
): { readonly server: RunningServer } {
  let server: RunningServer | null = null;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), `kube-arena-${name}-`));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${dir}/test.db`,
      SKIP_WEB_BUILD: '1',
      ...env,
    });
    server = await startServer(config, { clock, log: silentLogger });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get server() {
      if (!server) throw new Error('the test server is not started yet');
      return server;
    },
  };
}
