/**
 * A live room: one game's state plus the edge work its effects ask for (timers, database writes,
 * broadcasts). Actions run strictly one at a time, and an action's effects — including its database
 * writes — finish before the next action starts, so "results are stored before the podium is shown"
 * holds by construction.
 *
 * The state snapshot is saved by group commit: the actions that queued up while the previous snapshot
 * was being written run one after another, then one snapshot holding all of them is saved, and only then
 * are they acknowledged and broadcast. An ack still means "saved"; an answer storm of 500 players writes a
 * handful of snapshots instead of 500 (docs/performance.md, "Rooms").
 */
import { dispatch, type Effect, type GameAction, type GameState } from '../game/index.js';
import type { GameRepository } from '../persistence/game-repository.js';
import type { Clock } from '../common/clock.js';
import type { Logger } from '../common/logger.js';

export interface RoomHooks {
  /** State changed in a way viewers can see: re-send every connected viewer its view. */
  broadcast(room: Room): void;
  /** The host removed a player: tell that seat's sockets and detach them. */
  kicked(room: Room, playerId: string): void;
}

export interface RoomDeps {
  repo: GameRepository;
  /** Seats a game holds at most (MAX_PLAYERS_PER_ROOM); the core refuses one more join with `room/full`. */
  maxPlayers?: number;
  clock: Clock;
  hooks: RoomHooks;
  log: Logger;
}

type ActionInput = GameAction extends infer A ? (A extends { now: number } ? Omit<A, 'now'> : never) : never;
/** The core's answer to an action: the new state and its effects, or the game's error, untranslated. */
type ActionResult = ReturnType<typeof dispatch>;

interface Queued {
  action: GameAction;
  resolve: (r: ActionResult) => void;
  reject: (err: unknown) => void;
}

export class Room {
  private pending: Queued[] = [];
  private draining: Promise<void> | null = null;
  private timer: unknown = null;
  private lastNow = 0;

  constructor(
    private current: GameState,
    private readonly deps: RoomDeps,
  ) {}

  get state(): GameState {
    return this.current;
  }

  /** Server time of the last action this room ran (its creation time before that). */
  get lastActivityAt(): number {
    return this.lastNow || this.current.createdAt;
  }

  get code(): string {
    return this.current.code;
  }

  /**
   * Queues an action stamped with the time it arrived (so a slow database write ahead of it cannot make
   * an in-time answer late). Resolves with the core's result once its effects are done.
   */
  run(input: ActionInput): Promise<ActionResult> {
    const now = this.deps.clock.now();
    const { maxPlayers } = this.deps;
    const action = (
      input.type === 'join' && maxPlayers !== undefined ? { ...input, now, maxPlayers } : { ...input, now }
    ) as GameAction;
    return new Promise((resolve, reject) => {
      this.pending.push({ action, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /** Waits until every queued action is done (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  dispose(): void {
    this.clearTimer();
  }

  /**
   * Runs what is queued in batches: each batch's actions, then one snapshot, one broadcast, the acks.
   * The flag is cleared in the same synchronous step that finds the queue empty (no await in between):
   * an action queued by an ack's continuation, which runs right after, then starts a new drain instead
   * of joining one that has already finished.
   */
  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        // One turn of the event loop first, so messages already received are queued into this batch
        // (the SQLite driver is synchronous: without this, a batch there would never hold more than one).
        await new Promise<void>((resolve) => setImmediate(resolve));
        const batch = this.pending.splice(0);
        const settle: (() => void)[] = [];
        let changed = false;
        let broadcast = false;
        for (const item of batch) {
          try {
            const { result, broadcast: b } = await this.apply(item.action);
            changed ||= result.ok;
            broadcast ||= b;
            settle.push(() => item.resolve(result));
          } catch (err) {
            // A failing action must not block the ones behind it.
            settle.push(() => item.reject(err));
          }
        }
        try {
          if (changed) await this.persistSnapshot();
          if (broadcast) this.deps.hooks.broadcast(this);
        } catch (err) {
          this.deps.log.error(`room ${this.code}: broadcast failed`, err);
        } finally {
          for (const done of settle) done();
        }
      }
    } finally {
      this.draining = null;
    }
  }

  private async apply(action: GameAction): Promise<{ result: ActionResult; broadcast: boolean }> {
    // Time never runs backwards inside a room, even if actions were stamped out of order.
    const now = Math.max(action.now, this.lastNow);
    this.lastNow = now;
    const result = dispatch(this.current, { ...action, now } as GameAction);
    if (!result.ok) return { result, broadcast: false };
    this.current = result.data.state;
    let broadcast = false;
    for (const effect of result.data.effects) {
      if (effect.type === 'broadcast') broadcast = true;
      else await this.perform(effect, now);
    }
    return { result, broadcast };
  }

  private async perform(effect: Exclude<Effect, { type: 'broadcast' }>, now: number): Promise<void> {
    const { repo } = this.deps;
    switch (effect.type) {
      case 'schedule':
        this.clearTimer();
        this.timer = this.deps.clock.setTimer(
          () => void this.run({ type: 'tick' } as ActionInput),
          Math.max(0, effect.at - now),
        );
        return;
      case 'cancel-schedule':
        this.clearTimer();
        return;
      case 'answer-accepted':
        return; // reported in the ack; the row is written when the question closes (answer-recorded)
      case 'player-joined':
        return this.write('add player', () =>
          repo.addPlayer({
            gameCode: this.code,
            playerId: effect.playerId,
            nickname: effect.nickname,
            joinedAt: new Date(effect.joinedAt),
          }),
        );
      case 'player-kicked':
        await this.write('mark kicked', () => repo.markKicked(this.code, effect.playerId));
        this.deps.hooks.kicked(this, effect.playerId);
        return;
      case 'game-started':
        return this.write('mark started', () => repo.markStarted(this.code, new Date(effect.at)));
      case 'answer-recorded':
        return this.write('record answer', () =>
          repo.recordAnswer({
            gameCode: this.code,
            ...effect.answer,
            answeredAt: new Date(effect.answer.answeredAt),
          }),
        );
      case 'puzzle-command':
        // The terminal shows the command at once; the row is for the host's review and commands.csv.
        return this.write('record puzzle command', () =>
          repo.recordPuzzleCommand({
            gameCode: this.code,
            ...effect.command,
            ranAt: new Date(effect.command.ranAt),
          }),
        );
      case 'puzzle-result':
        return this.write(
          'record puzzle result',
          () => repo.recordPuzzleResult({ gameCode: this.code, ...effect.result }),
          3,
        );
      case 'game-finished':
        // The podium is only shown after this write: retry a transient failure before giving up.
        return this.write(
          'finish game',
          () =>
            repo.finishGame({
              code: this.code,
              endedAt: new Date(effect.at),
              endedEarly: effect.endedEarly,
              ranking: effect.ranking.map((r) => ({
                playerId: r.playerId,
                finalScore: r.score,
                rank: r.rank,
                correctCount: r.correctCount,
                totalResponseMs: r.totalResponseMs,
              })),
            }),
          3,
        );
    }
  }

  private async write(what: string, op: () => Promise<unknown>, attempts = 1): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await op();
        return;
      } catch (err) {
        if (attempt >= attempts) {
          this.deps.log.error(`room ${this.code}: ${what} failed`, err);
          return;
        }
      }
    }
  }

  /** The serialized state is what lets another node (or a restarted one) pick the room up. */
  private persistSnapshot(): Promise<void> {
    return this.write('save snapshot', () =>
      this.deps.repo.saveSnapshot(this.code, JSON.stringify(this.current)),
    );
  }

  private clearTimer(): void {
    if (this.timer !== null) this.deps.clock.clearTimer(this.timer);
    this.timer = null;
  }
}
