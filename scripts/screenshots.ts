/**
 * Takes the README's puzzle screenshots: docs/screenshots/puzzle-player.png (a player's puzzle screen)
 * and docs/screenshots/puzzle-host.png (the host's team view with one team opened).
 *
 *   npm run build:web && npx tsx scripts/screenshots.ts
 *
 * Starts its own server on a free port with a temporary SQLite database and a temporary scenarios
 * folder (the repository's puzzles plus a one-round set), plays a short round with three players in two
 * teams through the real UI in Chromium (see e2e/browser.ts for which), then stops the server. Nothing in data/ is touched.
 * Env: CHROMIUM_PATH (else a Chromium on PATH, else the bundled one), PUZZLE (default selector-mismatch), OUT_DIR.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { BROWSER_ARGS, chooseBrowser } from '../e2e/browser.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, process.env.OUT_DIR ?? 'docs/screenshots');
const PUZZLE = process.env.PUZZLE ?? 'selector-mismatch';

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? ok(addr.port) : fail(new Error('no port'))));
    });
  });
}

async function waitUp(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not come up at ${url}`);
}

async function joinGame(
  browser: Browser,
  base: string,
  code: string,
  nickname: string,
  width = 1440,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 960 } });
  await page.goto(`${base}/join/${code}`);
  await page.getByTestId('nickname-input').fill(nickname);
  await page.getByTestId('join-button').click();
  await expect(page.getByTestId('my-nickname')).toHaveText(nickname);
  return page;
}

async function run(page: Page, line: string) {
  const before = await page.getByTestId('terminal-line').count();
  await page.getByTestId('terminal-input').fill(line);
  await page.getByTestId('terminal-input').press('Enter');
  await expect(page.getByTestId('terminal-line')).toHaveCount(before + 1);
}

async function main() {
  const tmp = await mkdtemp(join(tmpdir(), 'kube-arena-shots-'));
  const scenarios = join(tmp, 'scenarios');
  await mkdir(scenarios, { recursive: true });
  await cp(join(ROOT, 'scenarios/puzzles'), join(scenarios, 'puzzles'), { recursive: true });
  await writeFile(
    join(scenarios, 'shots.yaml'),
    `id: shots\ntitle: Puzzle round (screenshots)\ndescription: One puzzle round.\nquestions:\n  - puzzle: ${PUZZLE}\n    timeLimitSec: 900\n`,
  );
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['tsx', 'server/main.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(tmp, 'shots.db')}`,
      SCENARIOS_DIR: scenarios,
      PUBLIC_URL: base,
      SKIP_WEB_BUILD: '1',
      LOG_LEVEL: 'error',
    },
  });
  const choice = chooseBrowser();
  console.log(`browser: ${choice.executablePath} (from ${choice.source})`);
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: BROWSER_ARGS });
  try {
    await waitUp(`${base}/api/health`, 60_000);
    const host = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await host.goto(base);
    await host.getByTestId('set-select').selectOption('shots');
    await host.getByTestId('create-game').click();
    await host.waitForURL(/\/host\/[A-Z0-9]{6}$/);
    const code = (await host.getByTestId('join-code').textContent())?.trim() ?? '';

    const ada = await joinGame(browser, base, code, 'ada');
    const bob = await joinGame(browser, base, code, 'bob');
    const cy = await joinGame(browser, base, code, 'cy');
    await host.getByTestId('start-game').click();
    await expect(ada.getByTestId('phase')).toHaveText('teams');
    await ada.getByTestId('team-team-1').click();
    await expect(ada.getByTestId('my-team')).toHaveAttribute('data-team', 'team-1');
    await bob.getByTestId('team-team-1').click();
    await cy.getByTestId('team-team-2').click();
    await expect(host.getByTestId('team-team-1')).toHaveAttribute('data-members', '2');
    await host.getByTestId('start-round').click();
    await expect(ada.getByTestId('phase')).toHaveText('puzzle');

    await run(ada, 'kubectl get pods --show-labels');
    await run(bob, 'kubectl get endpoints');
    await run(ada, 'kubectl describe svc');
    await run(cy, 'kubectl get svc');
    await cy.getByTestId('hint-button').click();
    await expect(cy.getByTestId('hint')).toHaveCount(1);
    await ada.getByTestId('hint-button').click();
    await expect(bob.getByTestId('hint')).toHaveCount(1);
    // Open the Service's mismatch explanation in the picture.
    await ada.getByTestId('picture-service').first().click();
    await expect(ada.getByTestId('picture-detail')).toBeVisible();
    await ada.waitForTimeout(500);
    await mkdir(OUT, { recursive: true });
    await ada.screenshot({ path: join(OUT, 'puzzle-player.png'), fullPage: true });

    await host.getByTestId('watch-team-team-1').click();
    await expect(host.getByTestId('watching')).toHaveAttribute('data-team', 'team-1');
    await host.waitForTimeout(500);
    await host.screenshot({ path: join(OUT, 'puzzle-host.png'), fullPage: true });
    console.log(`saved ${join(OUT, 'puzzle-player.png')} and ${join(OUT, 'puzzle-host.png')}`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
