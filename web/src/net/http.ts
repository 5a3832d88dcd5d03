/** The few HTTP calls the client makes; errors come back as the same Result shape as socket acks. */
import type {
  CreateGameBody,
  CreateGameResponse,
  ScenarioSetSummary,
} from '../../../server/protocol/index.js';
import type { ClientResult } from './socket.js';

export function listScenarioSets(): Promise<ClientResult<ScenarioSetSummary[]>> {
  return requestJson<ScenarioSetSummary[]>('/api/scenario-sets');
}

export function createGame(body: CreateGameBody): Promise<ClientResult<CreateGameResponse>> {
  return requestJson<CreateGameResponse>('/api/games', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function fetchResultsCsv(code: string, hostToken: string): Promise<ClientResult<Blob>> {
  try {
    const res = await fetch(`/api/games/${encodeURIComponent(code)}/results.csv`, {
      headers: { Authorization: `Bearer ${hostToken}` },
    });
    if (!res.ok) return await errorFrom(res);
    return { ok: true, data: await res.blob() };
  } catch {
    return networkError();
  }
}

async function requestJson<T>(url: string, init?: RequestInit): Promise<ClientResult<T>> {
  try {
    const res = await fetch(url, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
    if (!res.ok) return await errorFrom(res);
    const body = (await res.json()) as unknown;
    // The server may wrap bodies in a Result or send them bare; accept both.
    if (body && typeof body === 'object' && 'ok' in body && 'data' in body && body.ok === true) {
      return { ok: true, data: body.data as T };
    }
    return { ok: true, data: body as T };
  } catch {
    return networkError();
  }
}

async function errorFrom<T>(res: Response): Promise<ClientResult<T>> {
  const fallback = `The server answered ${res.status} ${res.statusText}`.trim();
  try {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
    const { code, message } = body.error ?? {};
    if (typeof code === 'string' && typeof message === 'string') {
      return { ok: false, error: { code: code as 'server/internal', message } };
    }
  } catch {
    // Not JSON (a proxy error page, say): fall through to the status line.
  }
  return { ok: false, error: { code: 'server/internal', message: fallback } };
}

function networkError<T>(): ClientResult<T> {
  return { ok: false, error: { code: 'client/network', message: 'Could not reach the server.' } };
}
