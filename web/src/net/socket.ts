/**
 * One socket.io connection per tab, shared by the join and play screens so moving from /join to /play does
 * not drop and re-open the connection. Seats are identified by token, never by socket id, so any
 * reconnect simply re-sends `room:resume`.
 */
import { io, type Socket } from 'socket.io-client';
import type {
  AckData,
  ClientEventName,
  ClientPayload,
  ClientToServerEvents,
  ErrorCode,
  ServerToClientEvents,
} from '../../../server/protocol/index.js';

export type GameSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Failures the server never sends but the client can still hit. */
export type ClientErrorCode = 'client/timeout' | 'client/network';

export interface ClientError {
  code: ErrorCode | ClientErrorCode;
  message: string;
}

export type ClientResult<T> = { ok: true; data: T } | { ok: false; error: ClientError };

export const ACK_TIMEOUT_MS = 8000;

let shared: GameSocket | null = null;

export function getSocket(): GameSocket {
  shared ??= io({ path: '/socket.io' });
  return shared;
}

type LooseEmit = (event: string, payload: unknown, ack: (result: unknown) => void) => void;

/**
 * Emits an event and resolves with its Result. Never rejects: a lost ack becomes a `client/timeout` error
 * so screens have one shape to render.
 */
export function emitWithAck<E extends ClientEventName>(
  socket: GameSocket,
  event: E,
  payload: ClientPayload<E>,
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<ClientResult<AckData[E]>> {
  return new Promise((resolve) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      resolve({
        ok: false,
        error: {
          code: 'client/timeout',
          message: 'The server did not answer in time. Check your connection.',
        },
      });
    }, timeoutMs);
    // The typed emit cannot be called with a generic event name, so the call goes through a loose signature.
    const emit = socket.emit.bind(socket) as unknown as LooseEmit;
    emit(event, payload, (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(asResult<AckData[E]>(result));
    });
  });
}

function asResult<T>(value: unknown): ClientResult<T> {
  if (value && typeof value === 'object' && 'ok' in value) return value as ClientResult<T>;
  return { ok: false, error: { code: 'client/network', message: 'The server sent an unexpected reply.' } };
}
