import { defineConfig } from '@playwright/test';
import { BROWSER_ARGS, chooseBrowser } from './browser.js';

const browser = chooseBrowser();
// Once, in the runner (workers inherit the choice through the environment).
if (!process.env.TEST_WORKER_INDEX)
  console.log(`e2e browser: ${browser.executablePath} (from ${browser.source})`);

/** The e2e server gets its own port and a fresh SQLite file, so a developer's `npm start` is left alone. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3199);
export const E2E_DB_FILE = 'data/e2e/kube-arena.db';
const baseURL = `http://127.0.0.1:${E2E_PORT}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../test-results/e2e',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: browser.executablePath, args: BROWSER_ARGS },
  },
  webServer: {
    command: `rm -rf data/e2e && npx tsx server/main.ts`,
    cwd: '..',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:./${E2E_DB_FILE}`,
      PUBLIC_URL: baseURL,
      SKIP_WEB_BUILD: '1',
      // The browser tests play the e2e-* sets, which a default server does not serve.
      ENABLE_TEST_SETS: '1',
      LOG_LEVEL: 'error',
    },
  },
});
