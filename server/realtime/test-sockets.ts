/** Socket helpers shared by the realtime tests (not shipped code paths). */
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll } from 'vitest';
import { ManualClock } from '../common/clock.js';
import { useTestServer } from '../http/test-server.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../protocol/events.js';
import type { Result } from '../protocol/result.js';
import type { GameView } from '../protocol/views.js';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A connected socket that records every view it receives; `opened` collects it for the final disconnect.
 * `headers` go with the handshake (X-Forwarded-For, say).
 */
export async function connectClient(
  url: string,
  opened: Client[],
  headers: Record<string, string> = {},
): Promise<{ socket: Client; views: GameView[] }> {
  const socket: Client = connect(url, {
    path: '/socket.io',
    transports: ['websocket'],
    forceNew: true,
    extraHeaders: headers,
  });
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
  const body = (await res.json()) as { data: { code: string; hostToken: string; joinUrl: string } };
  return body.data;
}

/**
 * Emits with any arguments, the ack function last (where socket.io puts a client's ack): `[]` sends
 * the event with an ack alone, `[{}, 'extra']` a payload and an extra argument. Resolves with the ack's
 * Result, or 'no answer' when none came within `ms`.
 */
export function emitArgs(
  socket: Client,
  event: string,
  args: unknown[],
  ms = 500,
): Promise<Result<unknown> | 'no answer'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('no answer'), ms);
    sendRaw(socket, event, ...args, (result: Result<unknown>) => {
      clearTimeout(timer);
      resolve(result);
    });
  });
}

/** Sends exactly these arguments, no ack added (a bot that never asked for an answer). */
export function sendRaw(socket: Client, event: string, ...args: unknown[]): void {
  (socket as unknown as { emit(e: string, ...a: unknown[]): void }).emit(event, ...args);
}

/** The error code of an ack (undefined when it succeeded or never came), for compact assertions. */
export const codeOf = (result: Result<unknown> | 'no answer'): string | undefined =>
  result === 'no answer' ? result : result.ok ? undefined : result.error.code;

export interface SeatedClient {
  socket: Client;
  views: GameView[];
  /** Reasons of the `room:kicked` events received. */
  kicked: string[];
}
export interface SeatedPlayer extends SeatedClient {
  token: string;
  playerId: string;
}

/** A game with its host seated and these players joined, each on their own socket. */
export async function openGame(
  url: string,
  opened: Client[],
  nicknames: string[],
  setId?: string,
): Promise<{ code: string; hostToken: string; host: SeatedClient; players: SeatedPlayer[] }> {
  const game = await createGame(url, setId);
  const seated = async (): Promise<SeatedClient> => {
    const { socket, views } = await connectClient(url, opened);
    const kicked: string[] = [];
    socket.on('room:kicked', (k) => kicked.push(k.reason));
    return { socket, views, kicked };
  };
  const host = await seated();
  const resumed = await emit(host.socket, 'room:resume', { code: game.code, token: game.hostToken });
  if (!resumed.ok) throw new Error(`room:resume: ${resumed.error.code}`);
  const players: SeatedPlayer[] = [];
  for (const nickname of nicknames) {
    const client = await seated();
    const joined = await emit<{ token: string; playerId: string }>(client.socket, 'room:join', {
      code: game.code,
      nickname,
    });
    if (!joined.ok) throw new Error(`room:join ${nickname}: ${joined.error.code}`);
    players.push({ ...client, token: joined.data.token, playerId: joined.data.playerId });
  }
  return { code: game.code, hostToken: game.hostToken, host, players };
}

/**
 * A test server for socket tests: a ManualClock (deadlines are exact), every view sent at once (each step
 * can assert the views it caused; coalescing is broadcast.test.ts's), the test sets on. The sockets
 * pushed onto `clients` are closed after the file.
 */
export function useSocketServer(name: string) {
  const clock = new ManualClock();
  const ctx = useTestServer(clock, name, { BROADCAST_INTERVAL_MS: '0', ENABLE_TEST_SETS: '1' });
  const clients: Client[] = [];
  afterAll(() => {
    for (const c of clients) c.disconnect();
  });
  /** Waits until the room has run everything queued and its views have arrived. */
  const settle = async (code: string) => {
    await (await ctx.server.manager.get(code))?.idle();
    await new Promise((r) => setTimeout(r, 20));
  };
  return { clock, ctx, clients, settle };
}
