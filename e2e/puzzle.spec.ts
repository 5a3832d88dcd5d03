/**
 * A puzzle round in real Chromium: a host, two players in one team and one in another. Team mates see each
 * other's commands and the cluster picture change; one team fixes the broken Service with the reference
 * commands and scores; the other takes a hint; the host follows both teams; results and the command log
 * are stored.
 */
import { expect, test, type Page } from '@playwright/test';
import { openDatabase } from '../server/persistence/index.js';
import { E2E_DB_FILE } from './playwright.config.js';
import { createGame, joinAsPlayer, seatToken, watchCsp } from './helpers.js';

async function run(page: Page, line: string) {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
  await expect(page.getByTestId('terminal-line').filter({ hasText: line }).last()).toBeAttached();
}

test('puzzle round: two teams, shared terminal and picture, a solve and a hint', async ({ browser }) => {
  const host = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  // The terminal is xterm.js, which writes its own styles: the CSP must allow what it does.
  const csp = await watchCsp(host);
  const code = await createGame(host, 'e2e-puzzle');

  const joined = [
    await joinAsPlayer(browser, code, 'Ada'),
    await joinAsPlayer(browser, code, 'Bob'),
    await joinAsPlayer(browser, code, 'Cy'),
  ];
  const [ada, bob, cy] = joined.map((p) => p.page) as [Page, Page, Page];

  // Teams: Ada and Bob together, Cy alone.
  await host.getByTestId('start-game').click();
  await expect(ada.getByTestId('phase')).toHaveText('teams');
  await ada.getByTestId('team-team-1').click();
  await expect(ada.getByTestId('my-team')).toHaveAttribute('data-team', 'team-1');
  await bob.getByTestId('team-team-1').click();
  await cy.getByTestId('team-team-2').click();
  await expect(host.getByTestId('team-team-1')).toHaveAttribute('data-members', '2');
  await expect(host.getByTestId('team-team-2')).toHaveAttribute('data-members', '1');
  await host.getByTestId('start-round').click();
  for (const p of [ada, bob, cy]) await expect(p.getByTestId('phase')).toHaveText('puzzle');

  // It starts broken: not every goal holds, and the Service has no ready endpoints.
  await expect(ada.getByTestId('goal').first()).toBeVisible();
  expect(await ada.getByTestId('goal').evaluateAll((els) => els.some((e) => e.dataset.met === 'false'))).toBe(
    true,
  );
  const service = ada
    .getByTestId('picture-service')
    .filter({ hasNot: ada.locator('[data-name="kubernetes"]') });
  const svc = (await service.first().getAttribute('data-name'))!;
  expect(svc).toBeTruthy();
  await expect(bob.locator(`[data-testid="picture-service"][data-name="${svc}"]`)).toHaveAttribute(
    'data-endpoints',
    '0',
  );

  // Ada's command shows up, attributed, in Bob's terminal, and not in Cy's (another team).
  await run(ada, `kubectl get endpoints ${svc}`);
  await expect(
    bob.locator(
      `[data-testid="terminal-line"][data-nickname="Ada"][data-line="kubectl get endpoints ${svc}"]`,
    ),
  ).toBeAttached();
  await expect(cy.locator('[data-testid="terminal-line"][data-nickname="Ada"]')).toHaveCount(0);

  // Cy's team takes a hint, then tries the Service from a throwaway pod: the picture replays that
  // request hop by hop and shows where it failed.
  await cy.getByTestId('hint-button').click();
  await expect(cy.getByTestId('hint')).toHaveCount(1);
  const cySvc = (await cy
    .getByTestId('picture-service')
    .filter({ hasNot: cy.locator('[data-name="kubernetes"]') })
    .first()
    .getAttribute('data-name'))!;
  const probeLine = `kubectl run probe --rm -i --restart=Never --image=busybox -- wget -qO- http://${cySvc}`;
  await run(cy, probeLine);
  const trace = cy.getByTestId('probe-trace');
  await expect(trace).toBeVisible();
  await expect(trace).not.toHaveAttribute('data-outcome', 'ok');
  expect(await cy.getByTestId('probe-hop').count()).toBeGreaterThan(1);

  // Team 1 runs the reference solution (the selector must ask only for labels the pods carry).
  await run(bob, 'kubectl get pods --show-labels');
  await run(ada, `kubectl set selector service ${svc} app=${svc}`);
  // Solving closes the team's terminal: the round is won the moment every goal holds.
  await expect(ada.getByTestId('puzzle-solved')).toBeVisible();
  await expect(ada.getByTestId('terminal-input')).toBeDisabled();
  await expect(bob.getByTestId('puzzle-solved')).toBeVisible();
  const points = Number(await bob.getByTestId('puzzle-solved').getAttribute('data-points'));
  expect(points).toBeGreaterThan(0);
  // Bob's picture followed Ada's fix: three ready endpoints behind the Service now.
  await expect(bob.locator(`[data-testid="picture-service"][data-name="${svc}"]`)).toHaveAttribute(
    'data-endpoints',
    '3',
  );

  // The host sees both teams' progress live.
  const team1 = host.locator('[data-testid="team-progress"][data-team="team-1"]');
  const team2 = host.locator('[data-testid="team-progress"][data-team="team-2"]');
  await expect(team1).toHaveAttribute('data-solved', 'true');
  await expect(team1).toHaveAttribute('data-commands', '3');
  await expect(team2).toHaveAttribute('data-hints', '1');
  await expect(team2).toHaveAttribute('data-solved', 'false');
  await host.getByTestId('watch-team-team-2').click();
  await expect(host.getByTestId('watching')).toHaveAttribute('data-team', 'team-2');

  // The host ends the round; everyone sees the explanation and the reference solution.
  await host.getByTestId('skip').click();
  await expect(cy.getByTestId('puzzle-explanation')).toBeVisible();
  await expect(cy.getByTestId('puzzle-solution')).toContainText('set selector');
  await host.getByTestId('next').click();
  await expect(host.getByTestId('phase')).toHaveText('scoreboard');
  await host.getByTestId('next').click();
  await expect(host.getByTestId('phase')).toHaveText('podium');

  // Stored: per-team results, the command log (also as CSV for the host), and final scores.
  const hostToken = await seatToken(host, code, 'host');
  const csv = await (
    await host.request.get(`/api/games/${code}/commands.csv`, {
      headers: { authorization: `Bearer ${hostToken}` },
    })
  ).text();
  expect(csv).toContain(`kubectl set selector service ${svc} app=${svc}`);
  const db = await openDatabase(`file:./${E2E_DB_FILE}`, { migrate: false });
  try {
    const commands = (await db.repo.getPuzzleCommands(code))!;
    const byTeam = (team: string) =>
      commands.filter((c) => c.teamId === team).map((c) => [c.nickname, c.line]);
    expect(byTeam('team-1')).toEqual([
      ['Ada', `kubectl get endpoints ${svc}`],
      ['Bob', 'kubectl get pods --show-labels'],
      ['Ada', `kubectl set selector service ${svc} app=${svc}`],
    ]);
    expect(byTeam('team-2')).toEqual([['Cy', probeLine]]);
    const results = (await db.repo.getPuzzleResults(code))!;
    expect(results.map((r) => [r.teamId, r.solved, r.hintsTaken, r.points > 0])).toEqual([
      ['team-1', true, 0, true],
      ['team-2', false, 1, false],
    ]);
    const players = (await db.repo.getResults(code))!.players;
    const score = (n: string) => players.find((p) => p.nickname === n)!.finalScore;
    expect(score('Ada')).toBe(points);
    expect(score('Bob')).toBe(points);
    expect(score('Cy')).toBe(0);
  } finally {
    await db.close();
  }
  expect([...csp, ...joined.flatMap((p) => p.csp)]).toEqual([]);
});
