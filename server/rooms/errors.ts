/**
 * What the rooms layer refuses, in its own terms. Like persistence errors, these are translated into
 * wire error codes only at the edges (server/edge/wire-errors.ts); the game core's own refusals (its
 * `GameFailure`s, game/errors.ts) come from `dispatch` and pass through a room unchanged.
 */
export type RoomError =
  | { kind: 'unknown-set'; setId: string }
  /** Every join code tried was taken (the database's unique index said so). */
  | { kind: 'no-free-code' }
  | { kind: 'game-not-found'; code: string }
  /** The host token is missing or is not this game's. */
  | { kind: 'not-host'; code: string };
