/**
 * Which local sockets sit in which seat. Seats (host, or a player id) are what the game knows;
 * sockets come and go with reloads and dropped connections, so nothing in the game is keyed by socket id.
 */
import type { Viewer } from '../rooms/views.js';

export interface Seat {
  code: string;
  viewer: Viewer;
  /** The host removed this player: the socket is detached, and its events answer player/kicked. */
  kicked?: true;
}

export function seatKeyOf(viewer: Viewer): string {
  return viewer.role === 'host' ? 'host' : `player:${viewer.playerId}`;
}

export class SeatRegistry<S extends { id: string }> {
  private readonly byRoom = new Map<string, Map<string, { socket: S; seat: Seat }>>();

  attach(socket: S, seat: Seat): void {
    let room = this.byRoom.get(seat.code);
    if (!room) this.byRoom.set(seat.code, (room = new Map()));
    room.set(socket.id, { socket, seat });
  }

  /** Detaches a socket; returns its seat and whether another socket still holds that seat. */
  detach(socket: S, code: string): { seat: Seat; seatStillHeld: boolean } | null {
    const room = this.byRoom.get(code);
    const entry = room?.get(socket.id);
    if (!room || !entry) return null;
    room.delete(socket.id);
    if (room.size === 0) this.byRoom.delete(code);
    const key = seatKeyOf(entry.seat.viewer);
    const seatStillHeld = [...(room.values() ?? [])].some((e) => seatKeyOf(e.seat.viewer) === key);
    return { seat: entry.seat, seatStillHeld };
  }

  socketsIn(code: string): { socket: S; seat: Seat }[] {
    return [...(this.byRoom.get(code)?.values() ?? [])];
  }

  socketsOf(code: string, viewer: Viewer): S[] {
    const key = seatKeyOf(viewer);
    return this.socketsIn(code)
      .filter((e) => seatKeyOf(e.seat.viewer) === key)
      .map((e) => e.socket);
  }
}
