/**
 * A whole classroom game in real Chromium: a host and three players in separate browser contexts play the
 * three-question test set. One player answers wrong, one misses a deadline, one reloads mid-question, one
 * tries a host action; the podium, the database and the CSV must all agree with the scoring rules.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { scoreAnswer, rankPlayers } from '../server/game/index.js';
import { openDatabase } from '../server/persistence/index.js';
import { E2E_DB_FILE } from './playwright.config.js';
import { answer, createGame, joinAsPlayer, rawSocket, seatToken, watchCsp } from './helpers.js';

const XSS_NICK = '<svg onload=alert()>';

async function hostNext(host: Page, phase: string) {
  await host.getByTestId('next').click();
  await expect(host.getByTestId('phase')).toHaveText(phase);
}

test('classroom game: host and three players play the whole set', async ({ browser, baseURL }) => {
  const hostContext = await browser.newContext({ acceptDownloads: true });
  const host = await hostContext.newPage();
  const hostCsp = await watchCsp(host);
  const code = await createGame(host, 'e2e-short');
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(host.getByTestId('join-url')).toContainText(`/join/${code}`);
  await expect(host.getByTestId('qr-code')).toBeVisible();

  const ada = await joinAsPlayer(browser, code, 'Ada');
  const bob = await joinAsPlayer(browser, code, 'Bob');
  const cy = await joinAsPlayer(browser, code, XSS_NICK);
  await expect(host.getByTestId('lobby-player')).toHaveText(['Ada', 'Bob', XSS_NICK]);

  // The same nickname in other case is refused with a reason.
  const dup = await browser.newContext().then((c) => c.newPage());
  await dup.goto(`/join/${code}`);
  await dup.getByTestId('nickname-input').fill('ADA');
  await dup.getByTestId('join-button').click();
  await expect(dup.getByTestId('error-message')).toContainText(/taken|already/i);

  // Bob tries a host action with his own seat token: refused, nothing changes.
  const bobSocket = await rawSocket(baseURL!);
  const resumed = await bobSocket.emitWithAck('room:resume', {
    code,
    token: await seatToken(bob.page, code, 'player'),
  });
  expect(resumed.ok).toBe(true);
  const refused = await bobSocket.emitWithAck('game:start', {});
  expect(refused).toMatchObject({ ok: false, error: { code: 'auth/not-host' } });
  await expect(host.getByTestId('phase')).toHaveText('lobby');
  bobSocket.disconnect();

  // Question 1 (single choice): Ada right, Bob wrong, Cy lets the 20 s run out.
  await host.getByTestId('start-game').click();
  for (const p of [ada, bob, cy]) await expect(p.page.getByTestId('question-prompt')).toBeVisible();
  await expect(cy.page.getByTestId('countdown')).toBeVisible();
  await answer(ada.page, ['ClusterIP']);
  await answer(bob.page, ['NodePort']);
  await expect(host.getByTestId('phase')).toHaveText('reveal', { timeout: 25_000 });
  await expect(ada.page.getByTestId('reveal-correct')).toBeVisible();
  await expect(bob.page.getByTestId('reveal-wrong')).toBeVisible();
  await expect(cy.page.getByTestId('reveal-wrong')).toBeVisible();
  await expect(cy.page.getByTestId('points-earned')).toContainText('0');
  await hostNext(host, 'scoreboard');
  await hostNext(host, 'question');

  // Question 2 (multiple choice): Ada reloads mid-question and keeps her seat and score, then answers.
  await expect(ada.page.getByTestId('question-prompt')).toBeVisible();
  const adaScore = await ada.page.getByTestId('my-score').getAttribute('data-score', { timeout: 2_000 });
  expect(Number(adaScore)).toBeGreaterThan(0);
  await ada.page.reload();
  await expect(ada.page.getByTestId('my-nickname')).toHaveText('Ada');
  await expect(ada.page.getByTestId('question-prompt')).toBeVisible();
  await expect(ada.page.getByTestId('my-score')).toHaveAttribute('data-score', adaScore!);
  await answer(ada.page, ['NodePort', 'LoadBalancer'], true);
  await answer(cy.page, ['NodePort', 'LoadBalancer'], true);
  await answer(bob.page, ['NodePort'], true);
  await expect(host.getByTestId('phase')).toHaveText('reveal');
  await expect(cy.page.getByTestId('reveal-correct')).toBeVisible();
  await expect(bob.page.getByTestId('reveal-wrong')).toBeVisible();
  await hostNext(host, 'scoreboard');
  await hostNext(host, 'question');

  // Question 3 (true/false): everyone answers; the question closes as soon as all have.
  await answer(ada.page, ['True']);
  await answer(bob.page, ['False']);
  await answer(cy.page, ['True']);
  await expect(host.getByTestId('phase')).toHaveText('reveal');
  await hostNext(host, 'scoreboard');
  await hostNext(host, 'podium');

  // The podium and ranking as shown.
  const rows = host.getByTestId('ranking-row');
  await expect(rows).toHaveCount(3);
  const shown = await rows.evaluateAll((els) =>
    els.map((e) => ({
      rank: Number(e.getAttribute('data-rank')),
      nickname: e.getAttribute('data-nickname')!,
      score: Number(e.getAttribute('data-score')),
    })),
  );
  await expect(host.getByTestId('podium')).toBeVisible();

  // The database holds every answer; recomputing the points from the stored response times with the
  // scoring rules gives the same points, scores and ranks as the podium.
  const db = await openDatabase(`file:./${E2E_DB_FILE}`, { migrate: false });
  try {
    const results = (await db.repo.getResults(code))!;
    expect(results.game.endedAt).not.toBeNull();
    expect(results.answers).toHaveLength(8); // Cy missed question 1
    const questions = ['default-type', 'reachable-from-outside', 'dns-name-shape'];
    const totals = results.players.map((p) => {
      let streak = 0;
      let score = 0;
      let correctCount = 0;
      let totalResponseMs = 0;
      for (const q of questions) {
        const a = results.answers.find((x) => x.playerId === p.playerId && x.questionId === q);
        const scored = scoreAnswer({
          mode: 'classic',
          correct: a?.correct ?? false,
          responseMs: a?.responseMs ?? 0,
          timeLimitMs: 20_000,
          multiplier: 1,
          previousStreak: streak,
        });
        if (a) expect(a.points).toBe(scored.points);
        streak = scored.streak;
        score += scored.points;
        if (a?.correct) {
          correctCount++;
          totalResponseMs += a.responseMs;
        }
      }
      expect(p.finalScore).toBe(score);
      return { playerId: p.playerId, nickname: p.nickname, score, correctCount, totalResponseMs };
    });
    const expected = rankPlayers(totals).map((r) => ({ rank: r.rank, nickname: r.nickname, score: r.score }));
    expect(shown).toEqual(expected);
    expect(results.players.map((p) => [p.nickname, p.rank])).toEqual(
      expected.map((r) => [r.nickname, r.rank]),
    );
    expect(expected[0]!.nickname).toBe('Ada'); // right three times, and fastest on the first

    // The CSV the host downloads says the same.
    const download = host.waitForEvent('download');
    await host.getByTestId('download-csv').click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    // A UTF-8 byte order mark first, so spreadsheets read accented nicknames right.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'rank,nickname,question_number,question_id,question,answer,correct,response_ms,points',
    );
    expect(lines).toHaveLength(1 + 3 * 3);
    for (const a of results.answers) {
      const player = results.players.find((p) => p.playerId === a.playerId)!;
      const line = lines.find((l) => l.includes(`,${a.questionId},`) && l.split(',')[1] === player.nickname);
      expect(line, `${player.nickname} ${a.questionId}`).toBeDefined();
      expect(line!.endsWith(`,${a.correct},${a.responseMs},${a.points}`)).toBe(true);
    }
  } finally {
    await db.close();
  }

  // Every player sees their own rank; nobody's browser ever ran the nickname as HTML, and no page broke
  // the Content-Security-Policy (QR code, socket.io, the screens' styles).
  for (const p of [ada, bob, cy]) {
    const row = shown.find((r) => r.nickname === p.nickname)!;
    await expect(p.page.getByTestId('my-rank')).toContainText(String(row.rank));
    expect(p.dialogs).toEqual([]);
    expect(p.csp).toEqual([]);
  }
  expect(hostCsp).toEqual([]);
  await expect(host.getByText(XSS_NICK).first()).toBeVisible();
});
