/**
 * The one translation from inner errors to the wire's `{ code, message }`, shared by both edges
 * (realtime/ and http/). It lives in its own tiny module because it must recognise persistence errors,
 * which neither edge may import, and neither edge may import the other; the HTTP status of each wire
 * code stays in http/respond.ts, the only table of statuses.
 */
import { PersistenceError, type PersistenceErrorCode } from '../persistence/errors.js';
import type { AppError, ErrorCode } from '../protocol/result.js';
import type { RoomError } from '../rooms/errors.js';

/** What a client is told about a failure the server cannot explain. */
export const INTERNAL: AppError = { code: 'server/internal', message: 'something went wrong on the server' };

const PERSISTENCE_CODES: Record<PersistenceErrorCode, ErrorCode> = {
  'code-taken': 'room/busy',
  'game-not-found': 'room/not-found',
  'nickname-taken': 'player/nickname-taken',
  // The core hands out player ids; a clash is a bug, not something a client can fix.
  'player-exists': 'server/internal',
  'player-not-found': 'player/not-found',
  'duplicate-answer': 'game/already-answered',
  'run-not-found': 'practice/not-found',
  'stale-run': 'practice/conflict',
};

/** The wire error for a persistence error that reached an edge; null for anything else (a bug, an outage). */
export function wireErrorOf(error: unknown): AppError | null {
  if (!(error instanceof PersistenceError)) return null;
  const code = PERSISTENCE_CODES[error.code];
  return { code, message: code === 'server/internal' ? INTERNAL.message : error.message };
}

export function roomWireError(error: RoomError): AppError {
  switch (error.kind) {
    case 'unknown-set':
      return { code: 'scenario/not-found', message: `there is no scenario set "${error.setId}"` };
    case 'no-free-code':
      return { code: 'server/internal', message: 'could not allocate a join code, try again' };
    case 'node-full':
      return {
        code: 'server/full',
        message: `this server already runs ${error.maxRooms} games; try again later`,
      };
    case 'game-not-found':
      return { code: 'room/not-found', message: `no game with code ${error.code}` };
  }
}
