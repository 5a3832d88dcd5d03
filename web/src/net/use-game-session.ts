/**
 * Keeps one seat (host or player) attached to its game: resumes with the stored token on every (re)connect,
 * applies `state:update` pushes and turns a kick or a dead token into a terminal error.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type {
  AckData,
  ClientEventName,
  ClientPayload,
  GameView,
  HostView,
  PlayerView,
} from '../../../server/protocol/index.js';
import { browserStore, forgetSeat, loadSeat, type Seat, type SeatRole } from '../lib/seat-storage.js';
import { emitWithAck, getSocket, type ClientError, type ClientResult } from './socket.js';

export type ViewFor<R extends SeatRole> = R extends 'host' ? HostView : PlayerView;

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting';

export interface ReceivedView<V> {
  view: V;
  /** Local clock when the view arrived: the countdown's reference point. */
  receivedAt: number;
}

export interface GameSession<R extends SeatRole> {
  seat: Seat | null;
  current: ReceivedView<ViewFor<R>> | null;
  status: ConnectionStatus;
  /** The seat can no longer play (kicked, unknown token, game gone). */
  fatal: ClientError | null;
  /** The last resume failed for a reason worth retrying (timeout, busy room). */
  resumeError: ClientError | null;
  act: <E extends ClientEventName>(event: E, payload: ClientPayload<E>) => Promise<ClientResult<AckData[E]>>;
}

/** Errors after which retrying with the same token is pointless. */
const SEAT_GONE = new Set<string>(['auth/invalid-token', 'player/kicked', 'room/not-found']);

/** A busy room or a lost ack is retried, so a screen never stays stuck on "Loading". */
const RESUME_RETRY_MS = 2000;

export function useGameSession<R extends SeatRole>(code: string, role: R): GameSession<R> {
  const [seat] = useState(() => loadSeat(browserStore(), code, role));
  const [current, setCurrent] = useState<ReceivedView<ViewFor<R>> | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [fatal, setFatal] = useState<ClientError | null>(null);
  const [resumeError, setResumeError] = useState<ClientError | null>(null);

  useEffect(() => {
    if (!seat) return;
    const socket = getSocket();
    let alive = true;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const accept = (view: GameView) => {
      // The shared socket could still carry pushes for a seat this screen does not show.
      if (view.code !== code || view.role !== role) return;
      setCurrent({ view: view as ViewFor<R>, receivedAt: Date.now() });
    };
    const endSeat = (error: ClientError) => {
      forgetSeat(browserStore(), code, role);
      setFatal(error);
    };
    const resume = async () => {
      const res = await emitWithAck(socket, 'room:resume', { code, token: seat.token });
      if (!alive) return;
      if (res.ok) {
        setResumeError(null);
        accept(res.data.view);
      } else if (SEAT_GONE.has(res.error.code)) {
        endSeat(res.error);
      } else {
        setResumeError(res.error);
        clearTimeout(retry);
        retry = setTimeout(() => {
          if (alive && socket.connected) void resume();
        }, RESUME_RETRY_MS);
      }
    };
    const onConnect = () => {
      setStatus('connected');
      void resume();
    };
    const onDisconnect = () => setStatus('reconnecting');
    const onKicked = (info: { reason: string }) =>
      endSeat({ code: 'player/kicked', message: info.reason || 'The host removed you from this game.' });

    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('state:update', accept);
    socket.on('room:kicked', onKicked);
    if (socket.connected) onConnect();
    else if (!socket.active) socket.connect();

    return () => {
      alive = false;
      clearTimeout(retry);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('state:update', accept);
      socket.off('room:kicked', onKicked);
    };
  }, [code, role, seat]);

  const act = useCallback(
    <E extends ClientEventName>(event: E, payload: ClientPayload<E>) =>
      emitWithAck(getSocket(), event, payload),
    [],
  );

  return { seat, current, status, fatal, resumeError, act };
}
