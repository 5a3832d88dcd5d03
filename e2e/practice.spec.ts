/**
 * Practice mode and leaderboards in real Chromium: a learner practises the three-question test set,
 * reloads mid-run and resumes at the same question, reviews a mistake, and lands on the set's
 * leaderboard; a better learner appears above; a classroom game shows up in the public listing only
 * after its host switches it to public on the podium.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { rawSocket } from './helpers.js';

const SET = 'e2e-short';
const RIGHT: Record<string, string[]> = {
  'default-type': ['clusterip'],
  'reachable-from-outside': ['nodeport', 'loadbalancer'],
  'dns-name-shape': ['true'],
};
const WRONG: Record<string, string[]> = {
  'default-type': ['nodeport'],
  'reachable-from-outside': ['clusterip'],
  'dns-name-shape': ['false'],
};

async function newPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('dialog', (d) => void d.dismiss());
  return page;
}

/** Starts a run of the test set as a new learner; returns the run's page URL. */
async function startRun(page: Page, nickname: string): Promise<void> {
  await page.goto('/practice');
  await page.getByTestId('practice-set-select').selectOption(SET);
  await page.getByTestId('practice-nickname-input').fill(nickname);
  await page.getByTestId('practice-start').click();
  await expect(page).toHaveURL(/\/practice\/run\/\d+$/);
  await expect(page.getByTestId('practice-prompt')).toBeVisible();
}

const currentQuestion = async (page: Page) =>
  (await page.getByTestId('practice-prompt').getAttribute('data-question-id'))!;

/** Answers the current question (right or wrong) and waits for its feedback. */
async function answerCurrent(page: Page, right: boolean): Promise<string> {
  const id = await currentQuestion(page);
  const ids = (right ? RIGHT : WRONG)[id]!;
  for (const c of ids) await page.locator(`button[data-choice-id="${c}"]`).click();
  if (id === 'reachable-from-outside') await page.getByTestId('practice-submit').click();
  const feedback = page.getByTestId('practice-feedback');
  await expect(feedback).toHaveAttribute('data-question-id', id);
  await expect(feedback).toHaveAttribute('data-correct', String(right));
  return id;
}

async function playAllRight(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await answerCurrent(page, true);
    await page.getByTestId('practice-next').click();
  }
}

const boardRows = (page: Page) =>
  page
    .getByTestId('leaderboard-row')
    .evaluateAll((els) =>
      els.map((e) => [
        Number(e.getAttribute('data-rank')),
        e.getAttribute('data-nickname'),
        Number(e.getAttribute('data-score')),
        e.getAttribute('data-me'),
      ]),
    );

test('practice: resume after reload, review, leaderboards and public classroom results', async ({
  browser,
  baseURL,
}) => {
  // ---- Lena: wrong first, reload mid-run, the mistake comes back labelled "Review" ----------------
  const lena = await newPage(browser);
  await startRun(lena, 'Lena');
  await expect(lena.getByTestId('practice-progress')).toHaveAttribute('data-total', '3');
  const missed = await answerCurrent(lena, false);
  await expect(lena.getByTestId('practice-result')).toContainText('Not quite');
  await expect(lena.getByTestId('practice-explanation')).not.toBeEmpty();
  await expect(lena.getByTestId('practice-wrong-why').first()).toHaveAttribute(
    'data-choice-id',
    WRONG[missed]![0]!,
  );
  await expect(lena.getByTestId('practice-requeued')).toBeVisible();
  await lena.getByTestId('practice-next').click();

  const progress = lena.getByTestId('practice-progress');
  await expect(progress).toHaveAttribute('data-position', '1');
  await expect(progress).toHaveAttribute('data-total', '4');
  const before = await currentQuestion(lena);
  await lena.reload();
  await expect(lena.getByTestId('practice-prompt')).toHaveAttribute('data-question-id', before);
  await expect(progress).toHaveAttribute('data-position', '1');
  await expect(lena.getByTestId('practice-score')).toHaveAttribute('data-score', '0');

  await playAllRight(lena, 2);
  await expect(lena.getByTestId('practice-review-label')).toBeVisible();
  await expect(lena.getByTestId('practice-prompt')).toHaveAttribute('data-question-id', missed);
  await answerCurrent(lena, true);
  await expect(lena.getByTestId('practice-points')).toHaveText('0'); // a retry earns no points
  await lena.getByTestId('practice-next').click(); // "See my results"
  const summary = lena.getByTestId('practice-summary');
  await expect(summary).toHaveAttribute('data-score', '2000');
  await expect(summary).toHaveAttribute('data-correct', '2');
  await expect(summary).toHaveAttribute('data-questions', '3');
  await expect(lena.getByTestId('practice-mistake')).toHaveAttribute('data-question-id', missed);

  // A review run replays only the mistake and stays off the leaderboard.
  const firstRunUrl = lena.url();
  await lena.getByTestId('practice-review-mistakes').click();
  await expect(lena).not.toHaveURL(firstRunUrl);
  await expect(lena.getByTestId('practice-prompt')).toHaveAttribute('data-question-id', missed);
  await answerCurrent(lena, true);
  await lena.getByTestId('practice-next').click();
  await expect(summary).toHaveAttribute('data-questions', '1');

  await lena.goto(`/leaderboards/${SET}`);
  await expect(lena.getByTestId('leaderboard-row')).toHaveCount(1);
  expect(await boardRows(lena)).toEqual([[1, 'Lena', 2000, 'true']]);
  await expect(lena.getByTestId('leaderboard-you')).toHaveAttribute('data-rank', '1');

  // ---- Max: all right the first time, so he ranks above Lena --------------------------------------
  const max = await newPage(browser);
  await startRun(max, 'Max');
  await playAllRight(max, 2);
  await answerCurrent(max, true);
  await max.getByTestId('practice-next').click();
  await expect(max.getByTestId('practice-summary')).toHaveAttribute('data-score', '3000');

  await lena.reload();
  await expect(lena.getByTestId('leaderboard-row')).toHaveCount(2);
  expect(await boardRows(lena)).toEqual([
    [1, 'Max', 3000, 'false'],
    [2, 'Lena', 2000, 'true'],
  ]);
  await expect(lena.getByTestId('leaderboard-you')).toHaveAttribute('data-rank', '2');
  await lena.getByTestId('leaderboard-tab-today').click();
  await expect(lena.getByTestId('leaderboard-tab-today')).toHaveAttribute('aria-selected', 'true');
  await expect(lena).toHaveURL(/\?window=today$/);
  await expect(lena.getByTestId('leaderboard-row')).toHaveCount(2);
  await lena.getByTestId('leaderboard-search').fill('max');
  await expect(lena.getByTestId('leaderboard-row')).toHaveCount(1);
  await expect(lena.getByTestId('leaderboard-row')).toHaveAttribute('data-nickname', 'Max');
  // Lena's own rank stays visible while her row is filtered out.
  await expect(lena.getByTestId('leaderboard-you')).toHaveAttribute('data-rank', '2');
  await lena.getByTestId('leaderboard-mode').selectOption('timed');
  await expect(lena.getByTestId('leaderboard-empty')).toBeVisible();

  // Personal bests and history.
  await lena.goto('/practice');
  await expect(lena.getByTestId('practice-learner')).toHaveAttribute('data-nickname', 'Lena');
  await expect(lena.getByTestId('personal-best-row')).toHaveAttribute('data-score', '2000');
  await expect(lena.getByTestId('practice-history-row')).toHaveCount(2);

  // ---- A classroom game, private until its host makes it public ------------------------------------
  const created = await lena.request.post('/api/games', { data: { setId: SET, scoring: 'classic' } });
  const { code, hostToken } = ((await created.json()) as { data: { code: string; hostToken: string } }).data;
  const hostSocket = await rawSocket(baseURL!);
  const playerSocket = await rawSocket(baseURL!);
  try {
    expect(await hostSocket.emitWithAck('room:resume', { code, token: hostToken })).toMatchObject({
      ok: true,
    });
    expect(await playerSocket.emitWithAck('room:join', { code, nickname: 'Pat' })).toMatchObject({
      ok: true,
    });
    // The game's choice ids are its own (not the scenario's): pick "ClusterIP" from the question view.
    type QuestionView = { phase: string; question: { id: string; choices: { id: string; text: string }[] } };
    const open = new Promise<QuestionView>((resolve) =>
      playerSocket.on('state:update', (v: QuestionView) => v.phase === 'question' && resolve(v)),
    );
    expect(await hostSocket.emitWithAck('game:start', {})).toMatchObject({ ok: true });
    const { question } = await open;
    const answered = await playerSocket.emitWithAck('answer:submit', {
      questionId: question.id,
      choiceIds: [question.choices.find((c) => c.text === 'ClusterIP')!.id],
    });
    expect(answered).toMatchObject({ ok: true });
    expect(await hostSocket.emitWithAck('game:end', {})).toMatchObject({ ok: true });
  } finally {
    hostSocket.disconnect();
    playerSocket.disconnect();
  }

  const hostContext = await browser.newContext();
  await hostContext.addInitScript(([key, seat]) => localStorage.setItem(key, seat), [
    `kube-arena:seat:${code}:host`,
    JSON.stringify({ code, role: 'host', token: hostToken }),
  ] as const);
  const host = await hostContext.newPage();
  await host.goto(`/host/${code}`);
  await expect(host.getByTestId('phase')).toHaveText('podium');
  const toggle = host.getByTestId('results-public-toggle');
  await expect(toggle).toBeEnabled();
  await expect(toggle).not.toBeChecked();

  const gameRow = max.locator(`[data-testid="public-game-row"][data-code="${code}"]`);
  await max.goto('/leaderboards');
  await expect(max.getByTestId('public-games').or(max.getByTestId('public-games-empty'))).toBeVisible();
  await expect(gameRow).toHaveCount(0);
  await max.goto(`/results/${code}`);
  await expect(max.getByTestId('error-message')).toBeVisible();

  await toggle.check();
  await expect(host.getByTestId('results-public-state')).toHaveAttribute('data-public', 'true');
  await host.getByTestId('results-link').click();
  await expect(host).toHaveURL(new RegExp(`/results/${code}$`));
  await expect(host.getByTestId('game-result-row')).toHaveAttribute('data-nickname', 'Pat');

  await max.goto('/leaderboards');
  await expect(gameRow).toHaveCount(1);
  await gameRow.getByRole('link').click();
  await expect(max).toHaveURL(new RegExp(`/results/${code}$`));
  await expect(max.getByTestId('game-result-row')).toHaveAttribute('data-rank', '1');
  await expect(max.getByTestId('game-result-row')).toHaveAttribute('data-nickname', 'Pat');
  await expect(max.getByTestId('game-results-meta')).toHaveAttribute('data-public', 'true');
});
