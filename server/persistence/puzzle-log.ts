/**
 * Puzzle rounds in the database: every terminal command (for the host's review and commands.csv) and
 * each team's result per round. Kept apart from prisma-game-repository.ts, which delegates here.
 */
import type { PuzzleCommandRow, PuzzleResultRow } from '../common/records.js';
import type { Db } from './prisma-client.js';
import { isForeignKeyViolation } from './prisma-errors.js';
import { PlayerNotFoundError } from './errors.js';

export interface NewPuzzleCommand extends PuzzleCommandRow<Date> {
  gameCode: string;
}

export interface NewPuzzleResult extends PuzzleResultRow {
  gameCode: string;
}

export type PuzzleResultRecord = PuzzleResultRow;

export interface PuzzleCommandRecord extends PuzzleCommandRow<Date> {
  nickname: string;
}

/** The stored excerpt of a command's output. */
export const OUTPUT_EXCERPT = 2000;

export async function insertPuzzleCommand(db: Db, gameId: number, c: NewPuzzleCommand): Promise<void> {
  const { gameCode, output, ...rest } = c;
  try {
    await db.puzzleCommand.create({ data: { ...rest, gameId, output: output.slice(0, OUTPUT_EXCERPT) } });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new PlayerNotFoundError(gameCode, c.playerId);
    throw error;
  }
}

/** Upsert: a retried write (or a replayed close) replaces the row instead of failing. */
export async function upsertPuzzleResult(db: Db, gameId: number, r: NewPuzzleResult): Promise<void> {
  const { gameCode: _code, memberIds, ...rest } = r;
  const data = { ...rest, gameId, memberIds: JSON.stringify(memberIds) };
  await db.puzzleResult.upsert({
    where: { gameId_roundId_teamId: { gameId, roundId: r.roundId, teamId: r.teamId } },
    create: data,
    update: data,
  });
}

export async function listPuzzleCommands(db: Db, gameId: number): Promise<PuzzleCommandRecord[]> {
  const rows = await db.puzzleCommand.findMany({
    where: { gameId },
    include: { player: { select: { nickname: true } } },
    orderBy: [{ ranAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    roundId: row.roundId,
    puzzleId: row.puzzleId,
    teamId: row.teamId,
    playerId: row.playerId,
    nickname: row.player.nickname,
    seq: row.seq,
    line: row.line,
    exitCode: row.exitCode,
    output: row.output,
    ranAt: row.ranAt,
  }));
}

export async function listPuzzleResults(db: Db, gameId: number): Promise<PuzzleResultRecord[]> {
  const rows = await db.puzzleResult.findMany({ where: { gameId }, orderBy: [{ id: 'asc' }] });
  return rows.map(({ id: _id, gameId: _game, memberIds, ...row }) => ({
    ...row,
    memberIds: JSON.parse(memberIds) as string[],
  }));
}
