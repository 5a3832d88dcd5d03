/** Helpers for the browser tests: players in their own contexts, and a socket as a misbehaving client. */
import { expect, type Browser, type Page } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';

export interface PlayerPage {
  nickname: string;
  page: Page;
  dialogs: string[];
  /** Content-Security-Policy violations the page reported (see `watchCsp`). */
  csp: string[];
}

/**
 * Collects a page's Content-Security-Policy violations, both as the browser logs them ("Refused to …
 * because it violates the following Content Security Policy directive") and as the DOM's
 * `securitypolicyviolation` events: the tests assert the list stays empty, so the server's CSP fits
 * everything the client does (xterm's styles, the QR code, socket.io). Call before the first `goto`.
 */
export async function watchCsp(page: Page, into: string[] = []): Promise<string[]> {
  page.on('console', (m) => {
    if (/Content Security Policy|securitypolicyviolation/i.test(m.text())) into.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return into;
}

/** Creates a game of this question set from the host page; returns its join code. */
export async function createGame(host: Page, set: string): Promise<string> {
  await host.goto('/');
  await host.getByTestId('set-select').selectOption(set);
  await host.getByTestId('create-game').click();
  await expect(host).toHaveURL(/\/host\/[A-Z0-9]{6}$/);
  return (await host.getByTestId('join-code').textContent())!.replace(/\s/g, '');
}

/** A player in a fresh browser context (own localStorage), joined through the join URL. */
export async function joinAsPlayer(browser: Browser, code: string, nickname: string): Promise<PlayerPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs: string[] = [];
  const csp = await watchCsp(page);
  // Any alert() means a nickname was executed as HTML: the tests assert this list stays empty.
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`/join/${code}`);
  await page.getByTestId('nickname-input').fill(nickname);
  await page.getByTestId('join-button').click();
  await expect(page).toHaveURL(new RegExp(`/play/${code}$`));
  await expect(page.getByTestId('my-nickname')).toHaveText(nickname);
  return { nickname, page, dialogs, csp };
}

export async function seatToken(page: Page, code: string, role: 'host' | 'player'): Promise<string> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `kube-arena:seat:${code}:${role}`);
  const token = raw ? (JSON.parse(raw) as { token?: string }).token : undefined;
  if (!token) throw new Error(`no ${role} seat stored for ${code}`);
  return token;
}

/** A raw socket, for what the UI never lets a user do (a player sending a host event). */
export async function rawSocket(baseURL: string): Promise<Socket> {
  const socket = io(baseURL, { path: '/socket.io', transports: ['websocket'], forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/**
 * Clicks the choices with these texts; `submit` for multiple-choice questions. By text, as a player does:
 * a classroom game's choice ids are its own, drawn per game (docs/protocol.md, "Choice ids").
 */
export async function answer(page: Page, texts: string[], submit = false): Promise<void> {
  for (const text of texts) await page.locator(`button[data-choice-id][data-text="${text}"]`).click();
  if (submit) await page.getByTestId('submit-answer').click();
  // The last answer closes the question at once, so the reveal may replace "answer locked" immediately.
  await expect(page.getByTestId('answer-locked').or(page.getByTestId('reveal'))).toBeVisible();
}
