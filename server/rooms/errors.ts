/**
 * What the rooms layer refuses, in its own terms. Like persistence errors, these are translated into
 * wire error codes only at the edges (server/edge/wire-errors.ts); the game core's own refusals (its
 * `GameFailure`s, game/errors.ts) come from `dispatch` and pass through a room unchanged.
 */
export type RoomError =
  | { kind: 'unknown-set'; setId: string }
  /** Every join code tried was taken (the database's unique index said so). */
  | { kind: 'no-free-code' }
  /** This node already holds MAX_ROOMS rooms. */
  | { kind: 'node-full'; maxRooms: number }
  /** No such game, or (for a host-only read) the host token is missing or is not this game's. */
  | { kind: 'game-not-found'; code: string };
