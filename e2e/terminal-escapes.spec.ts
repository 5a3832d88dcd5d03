/**
 * Team mates share one terminal, so a command line is text every member's xterm.js prints. Here Ada (through
 * a raw socket, as a hostile client would) sends a line carrying terminal escape sequences in their 7-bit
 * (ESC …) and 8-bit C1 (0x9D OSC … 0x9C ST) forms: OSC 11 to recolour the background and OSC 8 to plant a
 * hidden link. Bob's terminal must stay as it was: same background, no link, the sequences shown as text.
 */
import { expect, test, type Page } from '@playwright/test';
import { createGame, joinAsPlayer, rawSocket, seatToken } from './helpers.js';

const ATTACK = [
  'kubectl get svc',
  '\u009d11;rgb:ff/00/00\u009c', // C1 OSC 11: background red
  '\u001b]11;rgb:00/ff/00\u0007', // 7-bit OSC 11: background green
  '\u009d8;;https://evil.example/c1\u009cclick-c1\u009d8;;\u009c', // C1 OSC 8 link
  '\u001b]8;;https://evil.example/esc\u0007click-esc\u001b]8;;\u0007', // 7-bit OSC 8 link
].join(' ');
/** How Bob's terminal must show them: each control a `?` (spaces left out, rows may wrap anywhere). */
const SHOWN = [
  '?11;rgb:ff/00/00?',
  '?]11;rgb:00/ff/00?',
  '?8;;https://evil.example/c1?click-c1?8;;?',
  '?]8;;https://evil.example/esc?click-esc?]8;;?',
];

const screen = (page: Page) => page.getByTestId('terminal').locator('.xterm-screen');

/** What xterm drew, all rows run together without spaces (a long line wraps at any column). */
const drawnText = (page: Page) =>
  screen(page)
    .locator('.xterm-rows')
    .evaluate((rows) => (rows.textContent ?? '').replace(/\s/g, ''));

/** xterm's own background, which OSC 11 would change (it is set inline on the scrollable viewport). */
const background = (page: Page) =>
  page
    .getByTestId('terminal')
    .locator('.xterm-scrollable-element')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

/**
 * Moves the mouse over every drawn row and reports whether xterm showed a link anywhere: its linkifier
 * marks the screen `xterm-cursor-pointer` while the mouse is over one (an OSC 8 link is invisible until
 * then). The moves are dispatched inside the page: xterm's linkifier handles them exactly like the real
 * mouse's, and a sweep of every cell through Playwright's mouse takes half a minute.
 */
const hoverFindsLink = (page: Page) =>
  screen(page).evaluate((node) => {
    const box = node.getBoundingClientRect();
    const rows = [...node.querySelectorAll('.xterm-rows > div')];
    const rowHeight = box.height / rows.length;
    let seen = false;
    for (const [i, row] of rows.entries()) {
      if ((row.textContent ?? '').trim() === '') continue;
      const clientY = box.top + (i + 0.5) * rowHeight;
      // Two pixels a step: every character cell gets the mouse at least once.
      for (let clientX = box.left + 1; clientX < box.right; clientX += 2) {
        node.dispatchEvent(new MouseEvent('mousemove', { clientX, clientY, bubbles: true }));
        seen ||= node.classList.contains('xterm-cursor-pointer');
      }
    }
    node.dispatchEvent(new MouseEvent('mouseleave'));
    return seen;
  });

test("a team mate's escape sequences cannot recolour the terminal or plant a link", async ({
  browser,
  baseURL,
}) => {
  const host = await (await browser.newContext()).newPage();
  const code = await createGame(host, 'e2e-puzzle');

  const ada = (await joinAsPlayer(browser, code, 'Ada')).page;
  const bob = (await joinAsPlayer(browser, code, 'Bob')).page;

  await host.getByTestId('start-game').click();
  await expect(ada.getByTestId('phase')).toHaveText('teams');
  await ada.getByTestId('team-team-1').click();
  await bob.getByTestId('team-team-1').click();
  await expect(host.getByTestId('team-team-1')).toHaveAttribute('data-members', '2');
  await host.getByTestId('start-round').click();
  await expect(bob.getByTestId('phase')).toHaveText('puzzle');

  // Bob's terminal as it starts: xterm loaded, in its own background colour.
  await expect(screen(bob).locator('.xterm-rows')).toBeAttached();
  const before = await background(bob);
  expect(before).toBe('rgb(15, 27, 51)'); // THEME.background, #0f1b33

  const socket = await rawSocket(baseURL!);
  try {
    const resumed = await socket.emitWithAck('room:resume', {
      code,
      token: await seatToken(ada, code, 'player'),
    });
    expect(resumed.ok).toBe(true);
    const ran = await socket.emitWithAck('puzzle:command', { line: ATTACK });
    expect(ran.ok).toBe(true);
  } finally {
    socket.disconnect();
  }

  // The line reached Bob, attributed to Ada, and xterm has printed it (the last word is plain either way).
  await expect(bob.locator('[data-testid="terminal-line"][data-nickname="Ada"]')).toBeAttached();
  await expect.poll(() => drawnText(bob)).toContain('click-esc');

  // Soft: each way the terminal could have been changed is reported on its own.
  expect.soft(await background(bob), 'background after the line').toBe(before);
  expect.soft(await hoverFindsLink(bob), 'a link under the mouse').toBe(false);
  await expect.soft(bob.locator('a[href*="evil.example"]')).toHaveCount(0);
  const drawn = await drawnText(bob);
  expect
    .soft(
      SHOWN.filter((text) => !drawn.includes(text)),
      'sequences not shown as text',
    )
    .toEqual([]);
});
