/**
 * GameRepository on Prisma (SQLite or PostgreSQL, see prisma-client.ts). Constraint violations
 * reported by the database are turned into the typed errors of ./errors.ts.
 */
import type { Db, Tx } from './prisma-client.js';
import type {
  AnswerRecord,
  CreateGameResult,
  FinishedGame,
  GameMode,
  GameRecord,
  GameRepository,
  GameResults,
  NewAnswer,
  NewGame,
  NewPlayer,
  NewPuzzleCommand,
  NewPuzzleResult,
  PlayerRecord,
  PuzzleCommandRecord,
  PuzzleResultRecord,
} from './game-repository.js';
import {
  insertPuzzleCommand,
  listPuzzleCommands,
  listPuzzleResults,
  upsertPuzzleResult,
} from './puzzle-log.js';
import type { ScoringMode } from '../common/records.js';
import {
  CodeTakenError,
  DuplicateAnswerError,
  GameNotFoundError,
  NicknameTakenError,
  PlayerExistsError,
  PlayerNotFoundError,
} from './errors.js';
import { isForeignKeyViolation, isRecordNotFound, uniqueViolation } from './prisma-errors.js';

type GameRow = Awaited<ReturnType<Db['game']['findUniqueOrThrow']>>;
type PlayerRow = Awaited<ReturnType<Db['player']['findUniqueOrThrow']>>;
type AnswerRow = Awaited<ReturnType<Db['answer']['findUniqueOrThrow']>>;

/**
 * Case-insensitive nickname identity; the unique index on it is the final arbiter. Must fold case
 * exactly like the game core (server/game/actions/players.ts), or the database could refuse a
 * nickname the room already accepted.
 */
export const nicknameKey = (nickname: string): string => nickname.toLocaleLowerCase('en');

// Explicit field lists (no spreading rows), so a new column never leaks into the records unnoticed.
const toGame = (row: GameRow): GameRecord => ({
  id: row.id,
  code: row.code,
  setId: row.setId,
  mode: row.mode as GameMode,
  scoring: row.scoring as ScoringMode,
  hostSecretHash: row.hostSecretHash,
  seed: row.seed,
  isPublic: row.isPublic,
  endedEarly: row.endedEarly,
  createdAt: row.createdAt,
  startedAt: row.startedAt,
  endedAt: row.endedAt,
  snapshot: row.snapshot,
});

const toPlayer = (row: PlayerRow): PlayerRecord => ({
  playerId: row.id,
  nickname: row.nickname,
  joinedAt: row.joinedAt,
  kicked: row.kicked,
  finalScore: row.finalScore,
  rank: row.rank,
  correctCount: row.correctCount,
  totalResponseMs: row.totalResponseMs,
});

const toAnswer = (row: AnswerRow): AnswerRecord => ({
  playerId: row.playerId,
  questionId: row.questionId,
  choiceIds: JSON.parse(row.choiceIds) as string[],
  correct: row.correct,
  responseMs: row.responseMs,
  points: row.points,
  streak: row.streak,
  answeredAt: row.answeredAt,
});

export class PrismaGameRepository implements GameRepository {
  /** code → id; a game's id never changes and games are never deleted, so this cannot go stale. */
  private readonly ids = new Map<string, number>();

  constructor(private readonly db: Db) {}

  async createGame(game: NewGame): Promise<CreateGameResult> {
    try {
      const { id } = await this.db.game.create({ data: game, select: { id: true } });
      this.ids.set(game.code, id);
      return { ok: true, id };
    } catch (error) {
      if (uniqueViolation(error) !== null) return { ok: false, error: new CodeTakenError(game.code) };
      throw error;
    }
  }

  async findGameByCode(code: string): Promise<GameRecord | null> {
    const row = await this.db.game.findUnique({ where: { code } });
    return row && toGame(row);
  }

  markStarted(code: string, at: Date): Promise<void> {
    return this.updateGame(code, { startedAt: at });
  }

  saveSnapshot(code: string, json: string): Promise<void> {
    return this.updateGame(code, { snapshot: json });
  }

  setPublic(code: string, isPublic: boolean): Promise<void> {
    return this.updateGame(code, { isPublic });
  }

  async addPlayer(player: NewPlayer): Promise<void> {
    const gameId = await this.gameId(player.gameCode);
    try {
      await this.db.player.create({
        data: {
          gameId,
          id: player.playerId,
          nickname: player.nickname,
          nicknameKey: nicknameKey(player.nickname),
          joinedAt: player.joinedAt,
        },
      });
    } catch (error) {
      const violated = uniqueViolation(error);
      if (violated === null) throw error;
      if (violated.includes('nickname_key')) throw new NicknameTakenError(player.gameCode, player.nickname);
      throw new PlayerExistsError(player.gameCode, player.playerId);
    }
  }

  async markKicked(gameCode: string, playerId: string): Promise<void> {
    const gameId = await this.gameId(gameCode);
    try {
      await this.db.player.update({ where: { gameId_id: { gameId, id: playerId } }, data: { kicked: true } });
    } catch (error) {
      if (isRecordNotFound(error)) throw new PlayerNotFoundError(gameCode, playerId);
      throw error;
    }
  }

  async recordAnswer(answer: NewAnswer): Promise<void> {
    const { gameCode, choiceIds, ...rest } = answer;
    const gameId = await this.gameId(gameCode);
    try {
      await this.db.answer.create({ data: { ...rest, gameId, choiceIds: JSON.stringify(choiceIds) } });
    } catch (error) {
      if (uniqueViolation(error) !== null) {
        throw new DuplicateAnswerError(gameCode, answer.playerId, answer.questionId);
      }
      if (isForeignKeyViolation(error)) throw new PlayerNotFoundError(gameCode, answer.playerId);
      throw error;
    }
  }

  async finishGame(result: FinishedGame): Promise<void> {
    const gameId = await this.gameId(result.code);
    await this.db.$transaction(async (tx: Tx) => {
      await tx.game.update({
        where: { id: gameId },
        data: { endedAt: result.endedAt, endedEarly: result.endedEarly },
      });
      for (const { playerId, ...final } of result.ranking) {
        const { count } = await tx.player.updateMany({ where: { gameId, id: playerId }, data: final });
        // Throwing rolls the whole transaction back: results are written completely or not at all.
        if (count !== 1) throw new PlayerNotFoundError(result.code, playerId);
      }
    });
  }

  async getResults(code: string): Promise<GameResults | null> {
    const game = await this.db.game.findUnique({
      where: { code },
      include: {
        players: { orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }] },
        answers: { orderBy: [{ answeredAt: 'asc' }, { id: 'asc' }] },
      },
    });
    if (!game) return null;
    const { players, answers, ...row } = game;
    const ranked = players
      .map(toPlayer)
      .sort(
        (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.joinedAt.getTime() - b.joinedAt.getTime(),
      );
    return { game: toGame(row), players: ranked, answers: answers.map(toAnswer) };
  }

  async recordPuzzleCommand(command: NewPuzzleCommand): Promise<void> {
    await insertPuzzleCommand(this.db, await this.gameId(command.gameCode), command);
  }

  async recordPuzzleResult(result: NewPuzzleResult): Promise<void> {
    await upsertPuzzleResult(this.db, await this.gameId(result.gameCode), result);
  }

  async getPuzzleCommands(code: string): Promise<PuzzleCommandRecord[] | null> {
    const row = await this.db.game.findUnique({ where: { code }, select: { id: true } });
    return row && listPuzzleCommands(this.db, row.id);
  }

  async getPuzzleResults(code: string): Promise<PuzzleResultRecord[] | null> {
    const row = await this.db.game.findUnique({ where: { code }, select: { id: true } });
    return row && listPuzzleResults(this.db, row.id);
  }

  private async gameId(code: string): Promise<number> {
    const cached = this.ids.get(code);
    if (cached !== undefined) return cached;
    const row = await this.db.game.findUnique({ where: { code }, select: { id: true } });
    if (!row) throw new GameNotFoundError(code);
    this.ids.set(code, row.id);
    return row.id;
  }

  private async updateGame(
    code: string,
    data: { startedAt?: Date; snapshot?: string; isPublic?: boolean },
  ): Promise<void> {
    try {
      await this.db.game.update({ where: { code }, data, select: { id: true } });
    } catch (error) {
      if (isRecordNotFound(error)) throw new GameNotFoundError(code);
      throw error;
    }
  }
}
