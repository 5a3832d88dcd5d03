/**
 * Which Chromium the browser tests drive, so `npm test` passes on a machine with nothing but Node:
 *   1. CHROMIUM_PATH, when set (it must exist: a wrong path is an error, not a silent fallback);
 *   2. a system Chromium or Chrome on PATH;
 *   3. the Chromium shipped inside the npm package @sparticuz/chromium (a devDependency), unpacked into
 *      the temp directory on first use. No download: Playwright must never fetch a browser of its own.
 * Resolved synchronously (Playwright reads its config synchronously); the result is cached in the
 * environment, so the config's workers and scripts started from it reuse it without resolving again.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface BrowserChoice {
  executablePath: string;
  /** Where it came from, printed by the test run. */
  source: 'CHROMIUM_PATH' | 'PATH' | '@sparticuz/chromium';
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const CACHE_PATH = 'KUBE_ARENA_E2E_BROWSER';
const CACHE_SOURCE = 'KUBE_ARENA_E2E_BROWSER_SOURCE';

/** Flags for a headless run as root on a machine with no network but loopback. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first of `names` found on `pathVar`, like `command -v`. */
export function findOnPath(names: readonly string[], pathVar = process.env.PATH ?? ''): string | undefined {
  for (const name of names) {
    for (const dir of pathVar.split(delimiter)) {
      if (!dir) continue;
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/** Unpacks the packaged Chromium (first use only, ~2 s) in a child process, since the package is async. */
function bundledChromium(): string {
  const script =
    "import('@sparticuz/chromium').then(async (m) => process.stdout.write(await m.default.executablePath()))";
  try {
    return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim();
  } catch (err) {
    throw new Error(
      'no browser for the e2e tests: CHROMIUM_PATH is unset, no Chromium/Chrome is on PATH, and the ' +
        `bundled @sparticuz/chromium could not be unpacked (run npm install): ${(err as Error).message}`,
      { cause: err },
    );
  }
}

export function chooseBrowser(env: NodeJS.ProcessEnv = process.env): BrowserChoice {
  const cached = env[CACHE_PATH];
  const cachedSource = env[CACHE_SOURCE] as BrowserChoice['source'] | undefined;
  if (cached && cachedSource) return { executablePath: cached, source: cachedSource };

  let choice: BrowserChoice;
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} is not an executable file`);
    choice = { executablePath: explicit, source: 'CHROMIUM_PATH' };
  } else {
    const onPath = findOnPath(SYSTEM_NAMES, env.PATH ?? '');
    choice = onPath
      ? { executablePath: onPath, source: 'PATH' }
      : { executablePath: bundledChromium(), source: '@sparticuz/chromium' };
  }
  env[CACHE_PATH] = choice.executablePath;
  env[CACHE_SOURCE] = choice.source;
  return choice;
}
