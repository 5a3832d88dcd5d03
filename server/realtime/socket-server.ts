/**
 * The only module that knows socket.io. It validates each inbound event with its shared zod schema,
 * turns it into a game action for the room, and acks with a Result. Views go out per seat.
 */
import type { Server, Socket } from 'socket.io';
import { clientAddress, type TrustFn } from '../common/client-address.js';
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';
import { KeyedRateLimiter, TokenBucket } from '../common/rate-limit.js';
import { hashToken, newToken } from '../common/secrets.js';
import { toWire, wireErrorOf, type EdgeResult } from '../edge/wire-errors.js';
import {
  clientEvents,
  type AckData,
  type ClientEventName,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '../protocol/events.js';
import { fail, ok, type Result } from '../protocol/result.js';
import type { GameView } from '../protocol/views.js';
import type { Room, RoomHooks } from '../rooms/room.js';
import type { RoomManager } from '../rooms/room-manager.js';
import { seatOf, viewFor, type Viewer } from '../rooms/views.js';
import { BroadcastThrottle } from './broadcast-throttle.js';
import { readArguments } from './event-arguments.js';
import { registerPuzzleHandlers } from './puzzle-handlers.js';
import { SeatRegistry, seatKeyOf, type Seat } from './seat-registry.js';

interface SocketData {
  seat?: Seat;
  bucket: TokenBucket;
  /** The client's address (TRUST_PROXY applied, as HTTP's `req.ip`): the key of per-address limits. */
  address: string;
}
export type GameServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
type GameSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type Handler<E extends ClientEventName> = (
  socket: GameSocket,
  payload: ReturnType<(typeof clientEvents)[E]['parse']>,
) => Promise<EdgeResult<AckData[E]>>;

const INTERNAL_MESSAGE = 'something went wrong on the server; try again';

export interface RealtimeOptions {
  /** Which proxies may name the client (TRUST_PROXY), as for HTTP's `req.ip`. */
  trustProxy: TrustFn;
  /** Misses of join-code lookups per client address, shared with the HTTP edge. */
  codeMisses: KeyedRateLimiter;
}

/** Answers that tell a code prober nothing was found: they use up the address's allowance of misses. */
const LOOKUP_MISSES = new Set(['room/not-found', 'auth/invalid-token']);

const HOST_ACTIONS = [
  'game:start',
  'game:next',
  'game:skip',
  'game:pause',
  'game:resume',
  'game:end',
] as const;

export class Realtime implements RoomHooks {
  private readonly seats = new SeatRegistry<GameSocket>();
  // Classrooms share one public IP, so the per-IP join allowance is generous; per-socket limits do the rest.
  private readonly joinsPerIp = new KeyedRateLimiter(200, 5);
  private manager: RoomManager | null = null;
  private readonly throttle: BroadcastThrottle;

  constructor(
    private readonly io: GameServer,
    private readonly clock: Clock,
    private readonly log: Logger,
    broadcastIntervalMs: number,
    private readonly limits: RealtimeOptions,
  ) {
    this.throttle = new BroadcastThrottle(broadcastIntervalMs);
  }

  start(manager: RoomManager): void {
    this.manager = manager;
    this.io.on('connection', (socket) => this.onConnection(socket));
  }

  /** Sends pending view updates and stops the throttle's timers (server shutdown). */
  stop(): void {
    this.throttle.flushAll();
  }

  /** Every connected seat gets the room's newest state, coalesced (see broadcast-throttle.ts). */
  broadcast(room: Room): void {
    this.throttle.request(room.code, () => this.sendViews(room));
  }

  private sendViews(room: Room): void {
    const now = this.clock.now();
    const views = new Map<string, GameView>();
    for (const { socket, seat } of this.seats.socketsIn(room.code)) {
      const key = seatKeyOf(seat.viewer);
      let view = views.get(key);
      if (!view) views.set(key, (view = viewFor(room.state, seat.viewer, now)));
      socket.emit('state:update', view);
    }
  }

  kicked(room: Room, playerId: string): void {
    for (const socket of this.seats.socketsOf(room.code, { role: 'player', playerId })) {
      this.seats.detach(socket, room.code);
      // The socket keeps its seat, marked: what it sends next answers player/kicked, not room/not-joined.
      if (socket.data.seat) socket.data.seat = { ...socket.data.seat, kicked: true };
      socket.emit('room:kicked', { reason: 'The host removed you from this game.' });
    }
  }

  private onConnection(socket: GameSocket): void {
    socket.data.bucket = new TokenBucket(30, 10, this.clock.now());
    const { address, headers } = socket.handshake;
    socket.data.address = clientAddress(address, headers['x-forwarded-for'], this.limits.trustProxy);
    this.on(socket, 'room:join', (s, p) => this.lookup(s, () => this.join(s, p)));
    this.on(socket, 'room:resume', (s, p) => this.lookup(s, () => this.resume(s, p)));
    this.on(socket, 'answer:submit', (s, p) => this.answer(s, p));
    for (const event of HOST_ACTIONS) this.on(socket, event, (s) => this.hostAction(s, event));
    this.on(socket, 'player:kick', (s, p) => this.kick(s, p.playerId));
    registerPuzzleHandlers<GameSocket>({
      on: (event, handler) => this.on(socket, event, handler as never),
      seated: (s) => this.seated(s),
      now: () => this.clock.now(),
    });
    socket.on('disconnect', () => void this.leave(socket));
  }

  /** Validates, rate-limits and runs one handler; every failure becomes a named error in the ack. */
  private on<E extends ClientEventName>(socket: GameSocket, event: E, handler: Handler<E>): void {
    const listener = async (...args: unknown[]) => {
      const read = readArguments(args);
      if (!read.ack) return; // every event is request/response; a bot without an ack gets nothing
      const reply: (result: Result<unknown>) => void = read.ack;
      if (!socket.data.bucket.take(this.clock.now())) {
        return reply(fail('rate/limited', 'too many messages; slow down and try again in a second'));
      }
      if ('problem' in read) return reply(fail('validation/invalid-payload', `${event}: ${read.problem}`));
      const parsed = clientEvents[event].safeParse(read.payload);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        // A bad nickname is a user mistake with its own code, so the client can show it next to the field.
        const code = issue?.path[0] === 'nickname' ? 'player/nickname-invalid' : 'validation/invalid-payload';
        return reply(fail(code, `${event}: ${where}${issue?.message ?? 'invalid payload'}`));
      }
      try {
        // The one translation of this edge: a refusal of the game (through its room) becomes a wire error.
        const result = await handler(socket, parsed.data as never);
        reply(result.ok ? result : { ok: false, error: toWire(result.error) });
      } catch (err) {
        this.log.error(`${event} failed`, err);
        // A typed persistence error keeps its meaning on the wire; anything else is the server's fault.
        const known = wireErrorOf(err);
        reply(known ? fail(known.code, known.message) : fail('server/internal', INTERNAL_MESSAGE));
      }
    };
    socket.on(event as never, listener as never);
  }

  /**
   * A join-code lookup (join, resume): a miss — unknown code, or a token of no seat there — uses up the
   * client address's allowance (code probing); the token is taken before and given back after a hit,
   * so parallel guesses cannot all slip through.
   */
  private async lookup<T>(socket: GameSocket, attempt: () => Promise<EdgeResult<T>>): Promise<EdgeResult<T>> {
    const { address } = socket.data;
    const misses = this.limits.codeMisses;
    if (!misses.take(address, this.clock.now())) {
      return fail('rate/too-many-lookups', 'too many unknown game codes from this address; wait a minute');
    }
    let missed = false;
    try {
      const result = await attempt();
      missed = !result.ok && LOOKUP_MISSES.has(toWire(result.error).code);
      return result;
    } finally {
      if (!missed) misses.refund(address);
    }
  }

  private async join(
    socket: GameSocket,
    p: { code: string; nickname: string },
  ): Promise<EdgeResult<AckData['room:join']>> {
    if (!this.joinsPerIp.take(socket.data.address, this.clock.now())) {
      return fail('rate/limited', 'too many joins from this network; wait a few seconds');
    }
    const room = await this.room(p.code);
    if (!room) return fail('room/not-found', `no game with code ${p.code}`);
    const token = newToken();
    const result = await room.run({ type: 'join', nickname: p.nickname, seatKey: hashToken(token) });
    if (!result.ok) return result;
    const joined = result.data.effects.find((e) => e.type === 'player-joined');
    if (!joined) return fail('server/internal', 'join did not create a seat');
    const viewer: Viewer = { role: 'player', playerId: joined.playerId };
    await this.seat(socket, room, viewer);
    return ok({ token, playerId: joined.playerId, view: viewFor(room.state, viewer, this.clock.now()) });
  }

  private async resume(
    socket: GameSocket,
    p: { code: string; token: string },
  ): Promise<Result<AckData['room:resume']>> {
    const room = await this.room(p.code);
    if (!room) return fail('room/not-found', `no game with code ${p.code}`);
    const seat = seatOf(room.state, hashToken(p.token));
    if (!seat) return fail('auth/invalid-token', 'this token does not belong to a seat in this game');
    if ('kicked' in seat) return fail('player/kicked', 'the host removed you from this game');
    await this.seat(socket, room, seat);
    return ok({
      role: seat.role,
      playerId: seat.role === 'player' ? seat.playerId : null,
      view: viewFor(room.state, seat, this.clock.now()),
    });
  }

  private async answer(
    socket: GameSocket,
    p: { questionId: string; choiceIds: string[] },
  ): Promise<EdgeResult<AckData['answer:submit']>> {
    const seated = await this.seated(socket);
    if (!seated.ok) return seated;
    const { room, viewer } = seated.data;
    if (viewer.role !== 'player') return fail('auth/not-player', 'only players answer questions');
    const result = await room.run({
      type: 'answer',
      viewer,
      questionId: p.questionId,
      choiceIds: p.choiceIds,
    });
    if (!result.ok) return result;
    const accepted = result.data.effects.find((e) => e.type === 'answer-accepted');
    return ok({ responseMs: accepted?.responseMs ?? 0 });
  }

  private async hostAction(socket: GameSocket, event: (typeof HOST_ACTIONS)[number]) {
    const seated = await this.seated(socket);
    if (!seated.ok) return seated;
    const { room, viewer } = seated.data;
    const type = event.slice('game:'.length) as 'start' | 'next' | 'skip' | 'pause' | 'resume' | 'end';
    const result = await room.run({ type, viewer });
    if (!result.ok) return result;
    return ok({ phase: viewFor(room.state, viewer, this.clock.now()).phase });
  }

  private async kick(socket: GameSocket, playerId: string): Promise<EdgeResult<AckData['player:kick']>> {
    const seated = await this.seated(socket);
    if (!seated.ok) return seated;
    const result = await seated.data.room.run({ type: 'kick', viewer: seated.data.viewer, playerId });
    return result.ok ? ok({ playerId }) : result;
  }

  private async seated(socket: GameSocket): Promise<Result<{ room: Room; viewer: Viewer }>> {
    const seat = socket.data.seat;
    if (!seat) return fail('room/not-joined', 'join or resume a game first');
    if (seat.kicked) return fail('player/kicked', 'the host removed you from this game');
    const room = await this.room(seat.code);
    if (!room) return fail('room/not-found', `no game with code ${seat.code}`);
    return ok({ room, viewer: seat.viewer });
  }

  /** Binds this socket to a seat (leaving any previous one) and marks the seat connected. */
  private async seat(socket: GameSocket, room: Room, viewer: Viewer): Promise<void> {
    if (socket.data.seat) await this.leave(socket);
    socket.data.seat = { code: room.code, viewer };
    this.seats.attach(socket, socket.data.seat);
    await room.run({ type: 'connect', viewer });
  }

  private async leave(socket: GameSocket): Promise<void> {
    const seat = socket.data.seat;
    if (!seat) return;
    socket.data.seat = undefined;
    const detached = this.seats.detach(socket, seat.code);
    if (!detached || detached.seatStillHeld) return;
    const room = await this.room(seat.code);
    await room?.run({ type: 'disconnect', viewer: seat.viewer });
  }

  private room(code: string): Promise<Room | null> {
    if (!this.manager) throw new Error('realtime layer used before start()');
    return this.manager.get(code);
  }
}
