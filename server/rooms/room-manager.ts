/**
 * Owns the rooms of this node: creates games (code, host secret, seed), finds rooms by join code and,
 * when a room is not in memory (restart, or another node created it), restores it from its snapshot.
 */
import { createGame, type CreateGameInput, type GameState } from '../game/index.js';
import type { GameRepository } from '../persistence/game-repository.js';
import type { Clock } from '../common/clock.js';
import { KeyedQueue } from '../common/keyed-queue.js';
import type { Logger } from '../common/logger.js';
import { err, ok, type Result } from '../common/result.js';
import { hashToken, newJoinCode, newSeed, newToken } from '../common/secrets.js';
import type { RoomError } from './errors.js';
import { Room, type RoomHooks } from './room.js';

type ScenarioSet = CreateGameInput['set'];

/** The scenario sets games are created from (the content catalogue fits). */
export interface SetCatalog {
  get(setId: string): ScenarioSet | undefined;
  list(): readonly ScenarioSet[];
}

const SWEEP_EVERY_MS = 60_000;
const FINISHED_ROOM_TTL_MS = 15 * 60_000;
const IDLE_ROOM_TTL_MS = 12 * 60 * 60_000;

export interface RoomManagerDeps {
  repo: GameRepository;
  catalog: SetCatalog;
  /** Puzzles for sets with puzzle rounds (the server checks every reference at start-up). */
  puzzles?: CreateGameInput['puzzles'];
  clock: Clock;
  hooks: RoomHooks;
  log: Logger;
  /** Rooms this node creates at most (MAX_ROOMS); restoring a game's room is never refused. */
  maxRooms?: number;
  /** Seats per game (MAX_PLAYERS_PER_ROOM), handed to every room. */
  maxPlayersPerRoom?: number;
}

export class RoomManager {
  private readonly rooms = new Map<string, Room>();
  /** Restores run one at a time per code: a second `get` waits and then finds the restored room. */
  private readonly loading = new KeyedQueue<string>();

  private sweepTimer: unknown = null;

  constructor(private readonly deps: RoomManagerDeps) {
    this.scheduleSweep();
  }

  /**
   * Frees memory held by rooms nobody uses: finished games after a quiet spell, and any room idle for
   * hours. Their snapshots stay in the database, so `get` brings one back if someone returns.
   */
  sweep(now = this.deps.clock.now()): string[] {
    const evicted: string[] = [];
    for (const [code, room] of this.rooms) {
      const idle = now - room.lastActivityAt;
      if ((room.state.phase === 'podium' && idle > FINISHED_ROOM_TTL_MS) || idle > IDLE_ROOM_TTL_MS) {
        room.dispose();
        this.rooms.delete(code);
        evicted.push(code);
      }
    }
    return evicted;
  }

  /**
   * The sets a host can pick from, with what the picker shows: how many questions, and how many steps
   * (questions and puzzle rounds; a set lists `steps` only when it has puzzle rounds).
   */
  scenarioSets(): {
    id: string;
    title: string;
    description: string;
    questionCount: number;
    stepCount: number;
  }[] {
    return this.deps.catalog.list().map((s) => ({
      id: s.id,
      title: s.title,
      description: s.description,
      questionCount: s.questions.length,
      stepCount: s.steps?.length ?? s.questions.length,
    }));
  }

  async createGame(input: {
    setId: string;
    scoring: CreateGameInput['scoring'];
  }): Promise<Result<{ code: string; hostToken: string }, RoomError>> {
    const set = this.deps.catalog.get(input.setId);
    if (!set) return err({ kind: 'unknown-set', setId: input.setId });
    const { maxRooms } = this.deps;
    if (maxRooms !== undefined && this.rooms.size >= maxRooms) return err({ kind: 'node-full', maxRooms });
    const hostToken = newToken();
    const hostKey = hashToken(hostToken);
    const seed = newSeed();
    // The database's unique index on the code is the arbiter, so two nodes cannot hand out the same code.
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newJoinCode();
      if (this.rooms.has(code)) continue;
      const now = this.deps.clock.now();
      const created = await this.deps.repo.createGame({
        code,
        setId: set.id,
        mode: 'classroom',
        scoring: input.scoring,
        hostSecretHash: hostKey,
        seed,
        createdAt: new Date(now),
      });
      if (!created.ok) continue;
      const puzzles = this.deps.puzzles;
      const state = createGame({
        code,
        set,
        scoring: input.scoring,
        seed,
        hostKey,
        now,
        ...(puzzles && { puzzles }),
      });
      this.rooms.set(code, this.newRoom(state));
      await this.deps.repo.saveSnapshot(code, JSON.stringify(state));
      return ok({ code, hostToken });
    }
    return err({ kind: 'no-free-code' });
  }

  /** The room for a join code, restoring it from its last snapshot when this node does not hold it. */
  async get(code: string): Promise<Room | null> {
    const live = this.rooms.get(code);
    if (live) return live;
    return this.loading.run(code, async () => this.rooms.get(code) ?? this.restore(code));
  }

  /** Rooms held in memory on this node. */
  list(): Room[] {
    return [...this.rooms.values()];
  }

  async shutdown(): Promise<void> {
    if (this.sweepTimer !== null) this.deps.clock.clearTimer(this.sweepTimer);
    this.sweepTimer = null;
    await Promise.all(this.list().map((room) => room.idle()));
    for (const room of this.rooms.values()) room.dispose();
    this.rooms.clear();
  }

  private scheduleSweep(): void {
    this.sweepTimer = this.deps.clock.setTimer(() => {
      this.sweep();
      this.scheduleSweep();
    }, SWEEP_EVERY_MS);
    // A sweep timer alone must not keep the process (or a test runner) alive.
    (this.sweepTimer as { unref?: () => void }).unref?.();
  }

  private async restore(code: string): Promise<Room | null> {
    const game = await this.deps.repo.findGameByCode(code);
    if (!game?.snapshot) return null;
    let state: GameState;
    try {
      state = JSON.parse(game.snapshot) as GameState;
    } catch (err) {
      this.deps.log.error(`room ${code}: unreadable snapshot`, err);
      return null;
    }
    const room = this.newRoom(state);
    this.rooms.set(code, room);
    // Seats start away (no socket of this node holds one yet); then, like a tick, the question deadline
    // is re-armed (or a question whose time ran out while no node held it is closed).
    await room.run({ type: 'restore' });
    this.deps.log.info(`room ${code}: restored from snapshot`);
    return room;
  }

  private newRoom(state: GameState): Room {
    const { repo, clock, hooks, log, maxPlayersPerRoom: maxPlayers } = this.deps;
    return new Room(state, { repo, clock, hooks, log, ...(maxPlayers !== undefined && { maxPlayers }) });
  }
}
