/**
 * A practice run that is a debugging puzzle, in real Chromium: the learner reads the story, looks around
 * in the terminal, takes a hint, fixes the Service, survives a reload, sees the explanation and lands on
 * the leaderboard; a second learner gives up and scores nothing.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { watchCsp } from './helpers.js';

const SET = 'e2e-puzzle';
/** Every learner page's Content-Security-Policy violations (the terminal is xterm.js). */
const csp: string[] = [];

async function startRun(browser: Browser, nickname: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await watchCsp(page, csp);
  await page.goto('/practice');
  await page.getByTestId('practice-set-select').selectOption(SET);
  await page.getByTestId('practice-nickname-input').fill(nickname);
  await page.getByTestId('practice-start').click();
  await expect(page).toHaveURL(/\/practice\/run\/\d+$/);
  await expect(page.getByTestId('practice-puzzle')).toHaveAttribute('data-solved', 'false');
  return page;
}

async function run(page: Page, line: string) {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
  await expect(page.getByTestId('terminal-line').filter({ hasText: line }).last()).toBeAttached();
}

/** The puzzle's broken Service, read off the cluster picture. */
async function brokenService(page: Page): Promise<string> {
  const svc = page
    .getByTestId('picture-service')
    .filter({ hasNot: page.locator('[data-name="kubernetes"]') });
  return (await svc.first().getAttribute('data-name'))!;
}

test('practice puzzle: hint, fix, reload, explanation, leaderboard; giving up scores nothing', async ({
  browser,
}) => {
  const ines = await startRun(browser, 'Ines');
  await expect(ines.getByTestId('puzzle-story')).toBeVisible();
  await expect(ines.getByTestId('practice-give-up')).toBeVisible();
  const svc = await brokenService(ines);
  await expect(ines.locator(`[data-testid="picture-service"][data-name="${svc}"]`)).toHaveAttribute(
    'data-endpoints',
    '0',
  );

  // Looking around: the terminal answers like kubectl, and a hint costs points but helps.
  await run(ines, `kubectl get endpoints ${svc}`);
  await run(ines, 'kubectl get pods --show-labels');
  await expect(ines.getByTestId('terminal-line').last()).toBeAttached();
  await ines.getByTestId('hint-button').click();
  await expect(ines.getByTestId('hint')).toHaveCount(1);

  // A reload in the middle keeps the terminal and the hint (the run lives on the server).
  await ines.reload();
  await expect(ines.getByTestId('practice-puzzle')).toHaveAttribute('data-solved', 'false');
  await expect(ines.getByTestId('hint')).toHaveCount(1);
  await expect(
    ines.getByTestId('terminal-line').filter({ hasText: 'kubectl get pods --show-labels' }),
  ).toBeAttached();

  // The fix: the selector asks only for labels the pods carry.
  await run(ines, `kubectl set selector service ${svc} app=${svc}`);
  const result = ines.getByTestId('practice-puzzle-result');
  await expect(result).toBeVisible();
  await expect(ines.getByTestId('practice-puzzle')).toHaveAttribute('data-solved', 'true');
  const points = Number(await result.getAttribute('data-points'));
  expect(points).toBeGreaterThan(0);
  await expect(ines.getByTestId('puzzle-explanation')).toBeVisible();
  await expect(ines.getByTestId('puzzle-solution')).toContainText('set selector');
  await expect(ines.locator(`[data-testid="picture-service"][data-name="${svc}"]`)).toHaveAttribute(
    'data-endpoints',
    '3',
  );
  await expect(ines.getByTestId('terminal-input')).toBeDisabled();

  await ines.getByTestId('practice-next').click(); // the only item: on to the results
  const summary = ines.getByTestId('practice-summary');
  await expect(summary).toHaveAttribute('data-score', String(points));
  await expect(summary).toHaveAttribute('data-hints', '1');

  // ---- Jon gives up: the solution shows, no points, and he ranks below Ines ------------------------
  const jon = await startRun(browser, 'Jon');
  await jon.getByTestId('practice-give-up').click();
  await expect(jon.getByTestId('practice-puzzle-result')).toHaveAttribute('data-points', '0');
  await expect(jon.getByTestId('puzzle-solution')).toContainText('set selector');
  await expect(jon.getByTestId('terminal-input')).toBeDisabled();
  await jon.getByTestId('practice-next').click();
  await expect(jon.getByTestId('practice-summary')).toHaveAttribute('data-score', '0');

  await ines.goto(`/leaderboards/${SET}`);
  const rows = ines.getByTestId('leaderboard-row');
  await expect(rows.first()).toHaveAttribute('data-nickname', 'Ines');
  await expect(rows.first()).toHaveAttribute('data-score', String(points));
  await expect(ines.getByTestId('leaderboard-you')).toHaveAttribute('data-rank', '1');
  expect(csp).toEqual([]);
});
