/**
 * Service-backed tests run when their server answers and otherwise skip with one line that says what to
 * start. An explicitly named server (the env variable is set) must answer: a typo in CI fails instead of
 * silently skipping.
 */
import { Socket } from 'node:net';

export interface ServiceProbe {
  /** For messages: "PostgreSQL". */
  name: string;
  /** The variable that names the server, e.g. TEST_POSTGRES_URL. */
  envVar: string;
  /** Tried when the variable is unset. */
  defaultUrl: string;
  /** How to start it, e.g. "pg_ctlcluster 15 main start". */
  startHint: string;
}

export interface ServiceFound {
  url: string | undefined;
  /** The skip line when `url` is undefined. */
  skipReason: string;
}

/** Resolves with true when a TCP connection to host:port opens within `timeoutMs`. */
export function tcpReachable(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.connect(port, host);
  });
}

export async function findService(probe: ServiceProbe, env = process.env): Promise<ServiceFound> {
  const named = env[probe.envVar];
  const url = named || probe.defaultUrl;
  const { hostname, port } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, '');
  if (await tcpReachable(host, Number(port))) return { url, skipReason: '' };
  if (named) throw new Error(`${probe.envVar}=${named}: ${probe.name} does not answer at ${host}:${port}`);
  return {
    url: undefined,
    skipReason: `${probe.name} not reachable at ${host}:${port}: start it (${probe.startHint}) or set ${probe.envVar}`,
  };
}

export const POSTGRES: ServiceProbe = {
  name: 'PostgreSQL',
  envVar: 'TEST_POSTGRES_URL',
  defaultUrl: 'postgresql://postgres@127.0.0.1:5432/postgres',
  startHint: 'pg_ctlcluster --skip-systemctl-redirect <version> main start',
};
