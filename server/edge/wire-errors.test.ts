import { describe, expect, it } from 'vitest';
import type { Result } from '../common/result.js';
import { CONTENT_ERROR_CODES } from '../content/errors.js';
import { GAME_ERROR_CODES, type GameError } from '../game/errors.js';
import { LEADERBOARD_ERROR_CODES, type LeaderboardError } from '../leaderboard/errors.js';
import * as stored from '../persistence/errors.js';
import { PRACTICE_ERROR_CODES, type PracticeFailure } from '../practice/errors.js';
import type { AppError, Result as WireResult } from '../protocol/result.js';
import { ATTEMPT_ERROR_CODES } from '../puzzles/attempt/errors.js';
import { INTERNAL, toWire, wireErrorOf, type CoreError } from './wire-errors.js';

/** Every code of every core module, as the error that module returns. */
const everyCoreError: CoreError[] = [
  ...GAME_ERROR_CODES.map((code) => ({ module: 'game', code, message: code }) as const),
  ...ATTEMPT_ERROR_CODES.map((code) => ({ module: 'attempt', code, message: code }) as const),
  ...CONTENT_ERROR_CODES.map((code) => ({ module: 'content', code, message: code }) as const),
  ...PRACTICE_ERROR_CODES.map((code) => ({ module: 'practice', code, message: code }) as const),
  ...LEADERBOARD_ERROR_CODES.map((code) => ({ module: 'leaderboard', code, message: code }) as const),
];

/** The core codes whose wire code is another string; every other keeps its string on the wire. */
const RENAMED: Partial<Record<string, string>> = { 'game/puzzle-missing': 'server/internal' };

describe('wire errors', () => {
  it('gives every core code a wire code, the same string unless renamed, and keeps the message', () => {
    for (const error of everyCoreError) {
      expect(toWire(error), `${error.module} ${error.code}`).toEqual({
        code: RENAMED[error.code] ?? error.code,
        message: error.message,
      });
    }
  });

  it('sends exactly `{ code, message }`, in that order (acks stay byte-identical)', () => {
    const error: GameError = { module: 'game', code: 'game/wrong-phase', message: 'not now' };
    expect(JSON.stringify(toWire(error))).toBe('{"code":"game/wrong-phase","message":"not now"}');
  });

  it('keeps core errors apart from wire errors: only toWire turns one into the other', () => {
    const game: GameError = { module: 'game', code: 'game/wrong-phase', message: 'not now' };
    const board: LeaderboardError = { module: 'leaderboard', code: 'room/not-found', message: 'gone' };
    // @ts-expect-error a game's error is not a wire error, even with a code string the wire shares
    const sentGame: AppError = game;
    // @ts-expect-error nor is the leaderboard's, whose codes are all wire codes
    const sentBoard: AppError = board;
    const practice: Result<number, PracticeFailure> = {
      ok: false,
      error: { module: 'practice', code: 'practice/finished', message: 'this run is finished' },
    };
    // @ts-expect-error a core Result cannot become an ack or an HTTP body untranslated
    const reply: WireResult<number> = practice;
    expect([sentGame, sentBoard, reply]).toHaveLength(3);
    // A wire error an edge made itself passes as it is.
    const own: AppError = { code: 'rate/limited', message: 'slow down' };
    expect(toWire(own)).toBe(own);
  });

  it('gives every persistence error its wire code and keeps its message', () => {
    const cases = [
      [new stored.CodeTakenError('ABC123'), 'room/busy'],
      [new stored.GameNotFoundError('ABC123'), 'room/not-found'],
      [new stored.NicknameTakenError('ABC123', 'Kim'), 'player/nickname-taken'],
      [new stored.PlayerNotFoundError('ABC123', 'p_1'), 'player/not-found'],
      [new stored.DuplicateAnswerError('ABC123', 'p_1', 'q1'), 'game/already-answered'],
      [new stored.PracticeRunNotFoundError(7), 'practice/not-found'],
      [new stored.StaleRunError(7), 'practice/conflict'],
    ] as const;
    for (const [error, code] of cases) expect(wireErrorOf(error)).toEqual({ code, message: error.message });
  });

  it('hides what the client cannot act on', () => {
    expect(wireErrorOf(new stored.PlayerExistsError('ABC123', 'p_1'))).toEqual(INTERNAL);
    expect(wireErrorOf(new Error('connection reset'))).toBeNull();
    expect(wireErrorOf('boom')).toBeNull();
  });

  it('names the rooms layer refusals', () => {
    expect(toWire({ kind: 'unknown-set', setId: 'x' })).toEqual({
      code: 'scenario/not-found',
      message: 'there is no scenario set "x"',
    });
    expect(toWire({ kind: 'no-free-code' }).code).toBe('server/internal');
    expect(toWire({ kind: 'game-not-found', code: 'ABC123' })).toEqual({
      code: 'room/not-found',
      message: 'no game with code ABC123',
    });
    expect(toWire({ kind: 'node-full', maxRooms: 2 }).code).toBe('server/full');
  });
});
