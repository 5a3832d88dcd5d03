/**
 * What the edges read from a room's state: each seat's view and the seat a token hash opens. The rules
 * are the game core's; the rooms layer re-exports them so the realtime edge depends on rooms alone.
 */
export { hostView, seatOf, viewFor, type Viewer } from '../game/index.js';
