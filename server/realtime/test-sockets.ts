/** Socket helpers shared by the realtime tests (not shipped code paths). */
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../protocol/events.js';
import type { Result } from '../protocol/result.js';
import type { GameView } from '../protocol/views.js';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A connected socket that records every view it receives; `opened` collects it for the final disconnect. */
export async function connectClient(
  url: string,
  opened: Client[],
): Promise<{ socket: Client; views: GameView[] }> {
  const socket: Client = connect(url, { path: '/socket.io', transports: ['websocket'], forceNew: true });
  opened.push(socket);
  const views: GameView[] = [];
  socket.on('state:update', (v) => views.push(v));
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, views };
}

/** Emits by event name (the typed map would need one overload per event) and waits for the ack. */
export function emit<T>(socket: Client, event: string, payload: unknown = {}): Promise<Result<T>> {
  return (socket as unknown as { emitWithAck(e: string, p: unknown): Promise<Result<T>> }).emitWithAck(
    event,
    payload,
  );
}

/**
 * Creates a classroom game over HTTP, as a host's browser does; throws unless the server says 201. The
 * default set is a test set: the server must run with ENABLE_TEST_SETS=1.
 */
export async function createGame(
  url: string,
  setId = 'e2e-short',
): Promise<{ code: string; hostToken: string; joinUrl: string }> {
  const res = await fetch(`${url}/api/games`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ setId }),
  });
  if (res.status !== 201) throw new Error(`POST /api/games: ${res.status} ${await res.text()}`);
  return (await res.json()) as { code: string; hostToken: string; joinUrl: string };
}
