/**
 * The one way the client calls the HTTP API: every JSON answer of the server, success or error, is a
 * `Result` (docs/protocol.md "HTTP API"), turned into a ClientResult; a network failure becomes
 * `client/network`, and an answer that is not a Result (a proxy's error page) names its status line.
 * Tokens travel as a bearer header, never in a URL.
 */
import type { ClientResult } from './socket.js';

export interface Call {
  method?: 'GET' | 'POST' | 'PATCH';
  token?: string | null;
  body?: unknown;
}

export async function call<T>(
  url: string,
  { method = 'GET', token, body }: Call = {},
): Promise<ClientResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
  } catch {
    return networkError();
  }
  return resultOf<T>(res);
}

/** A download (CSV): the file as a Blob, or the server's error. */
export async function download(url: string, token: string): Promise<ClientResult<Blob>> {
  try {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    return res.ok ? { ok: true, data: await res.blob() } : await resultOf<Blob>(res);
  } catch {
    return networkError();
  }
}

async function resultOf<T>(res: Response): Promise<ClientResult<T>> {
  let parsed: unknown = null;
  try {
    parsed = await res.json();
  } catch {
    // A proxy error page, say: reported with the status line below.
  }
  if (isResult<T>(parsed)) return parsed;
  const fallback = `The server answered ${res.status} ${res.statusText}`.trim();
  return { ok: false, error: { code: 'server/internal', message: fallback } };
}

function isResult<T>(value: unknown): value is ClientResult<T> {
  if (!value || typeof value !== 'object' || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  const error = (value as { error?: { code?: unknown; message?: unknown } }).error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

function networkError<T>(): ClientResult<T> {
  return { ok: false, error: { code: 'client/network', message: 'Could not reach the server.' } };
}
