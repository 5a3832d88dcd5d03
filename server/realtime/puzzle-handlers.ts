/**
 * Socket events of puzzle rounds (team:set, team:choose, team:auto, puzzle:command, puzzle:hint,
 * puzzle:watch). Like the other handlers they only translate: validation already happened in
 * socket-server.ts, the rules live in server/game/puzzle, and state changes reach every seat through
 * the room's broadcast (team mates see a command's output in their next `state:update`).
 */
import { hostView, type Viewer } from '../rooms/views.js';
import type { AckData, ClientEventName, clientEvents } from '../protocol/events.js';
import type { EdgeResult } from '../edge/wire-errors.js';
import { fail, ok, type Result } from '../protocol/result.js';
import type { Room } from '../rooms/room.js';

type Payload<E extends ClientEventName> = ReturnType<(typeof clientEvents)[E]['parse']>;

/** What socket-server.ts lends the puzzle handlers. */
export interface PuzzleHandlerHost<S> {
  on<E extends ClientEventName>(
    event: E,
    /** Its refusals may be the game's own: `on` translates them (edge/wire-errors.ts). */
    handler: (socket: S, payload: Payload<E>) => Promise<EdgeResult<AckData[E]>>,
  ): void;
  seated(socket: S): Promise<Result<{ room: Room; viewer: Viewer }>>;
  now(): number;
}

export function registerPuzzleHandlers<S>(host: PuzzleHandlerHost<S>): void {
  const seated = host.seated.bind(host);

  host.on('team:set', async (socket, p) => {
    const s = await seated(socket);
    if (!s.ok) return s;
    const r = await s.data.room.run({
      type: 'team-set',
      viewer: s.data.viewer,
      playerId: p.playerId,
      teamId: p.teamId,
    });
    return r.ok ? ok({ playerId: p.playerId, teamId: p.teamId }) : r;
  });

  host.on('team:choose', async (socket, p) => {
    const s = await seated(socket);
    if (!s.ok) return s;
    const r = await s.data.room.run({ type: 'team-choose', viewer: s.data.viewer, teamId: p.teamId });
    return r.ok ? ok({ teamId: p.teamId }) : r;
  });

  host.on('team:auto', async (socket, p) => {
    const s = await seated(socket);
    if (!s.ok) return s;
    const r = await s.data.room.run({ type: 'team-auto', viewer: s.data.viewer, size: p.size });
    return r.ok ? ok({ teams: new Set(Object.values(r.data.state.puzzle.teamOf)).size }) : r;
  });

  host.on('puzzle:command', async (socket, p) => {
    const s = await seated(socket);
    if (!s.ok) return s;
    const { room, viewer } = s.data;
    if (viewer.role !== 'player') return fail('auth/not-player', 'only players run commands');
    const r = await room.run({
      type: 'puzzle-command',
      viewer,
      line: p.line,
      ...(p.files && { files: p.files }),
    });
    if (!r.ok) return r;
    const ran = r.data.effects.find((e) => e.type === 'puzzle-command');
    if (!ran || ran.type !== 'puzzle-command') return fail('server/internal', 'the command did not run');
    const team = r.data.state.puzzle.round?.teams.find((t) => t.teamId === ran.command.teamId);
    const entry = team?.commands[ran.command.seq - 1];
    return ok({
      seq: ran.command.seq,
      exitCode: ran.command.exitCode,
      output: entry?.output ?? ran.command.output,
      solved: team?.solvedAt != null,
    });
  });

  host.on('puzzle:hint', async (socket) => {
    const s = await seated(socket);
    if (!s.ok) return s;
    const { room, viewer } = s.data;
    if (viewer.role !== 'player') return fail('auth/not-player', 'only players take hints');
    const r = await room.run({ type: 'puzzle-hint', viewer });
    if (!r.ok) return r;
    const teamId = r.data.state.puzzle.teamOf[viewer.playerId];
    const team = r.data.state.puzzle.round?.teams.find((t) => t.teamId === teamId);
    const index = (team?.hintsTaken.length ?? 1) - 1;
    const h = team?.hints[index];
    return h ? ok({ index, text: h.text, cost: h.cost }) : fail('server/internal', 'no hint was taken');
  });

  host.on('puzzle:watch', async (socket, p) => {
    const s = await seated(socket);
    if (!s.ok) return s;
    const r = await s.data.room.run({ type: 'puzzle-watch', viewer: s.data.viewer, teamId: p.teamId });
    if (!r.ok) return r;
    return ok({ team: hostView(r.data.state, host.now()).puzzle?.watching ?? null });
  });
}
