import { describe, expect, it } from 'vitest';
import * as stored from '../persistence/errors.js';
import { INTERNAL, roomWireError, wireErrorOf } from './wire-errors.js';

describe('wire errors', () => {
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
    expect(roomWireError({ kind: 'unknown-set', setId: 'x' })).toEqual({
      code: 'scenario/not-found',
      message: 'there is no scenario set "x"',
    });
    expect(roomWireError({ kind: 'no-free-code' }).code).toBe('server/internal');
    expect(roomWireError({ kind: 'game-not-found', code: 'ABC123' })).toEqual({
      code: 'room/not-found',
      message: 'no game with code ABC123',
    });
    expect(roomWireError({ kind: 'node-full', maxRooms: 2 }).code).toBe('server/full');
  });
});
