/**
 * Teams for puzzle rounds: 1–5 players each (solo is a team of one), ids `team-1` … `team-40`. The host
 * assigns anyone; players pick their own team. Teams carry over between rounds. While a round runs the
 * teams are locked to that round's clusters: a player without a team may join one of them, and the host
 * may move a player between them, but nobody leaves a round team or creates a new one mid-round.
 */
import { MAX_TEAM_SIZE, MAX_TEAMS } from '../../protocol/events.js';
import { fail, ok, type Result } from '../errors.js';
import { shuffle, type RandomCursor } from '../../common/rng.js';
import type { GameState, PlayerState } from '../state.js';

export const teamNumber = (id: string): number => Number(id.slice('team-'.length));
export const teamName = (id: string): string => `Team ${teamNumber(id)}`;
export const teamIdOf = (n: number): string => `team-${n}`;

const isActive = (p: PlayerState) => !p.kicked;

/** Active players of a team, in join order. */
export function membersOf(state: GameState, teamId: string): PlayerState[] {
  return state.players.filter((p) => isActive(p) && state.puzzle.teamOf[p.id] === teamId);
}

/** Team ids that have at least one active member, by number. */
export function teamIds(state: GameState): string[] {
  const ids = new Set<string>();
  for (const p of state.players) {
    const t = state.puzzle.teamOf[p.id];
    if (isActive(p) && t !== undefined) ids.add(t);
  }
  return [...ids].sort((a, b) => teamNumber(a) - teamNumber(b));
}

/** The lowest team id nobody uses (null when all are taken). */
export function freeTeamId(state: GameState, taken: Iterable<string> = teamIds(state)): string | null {
  const used = new Set(taken);
  for (let n = 1; n <= MAX_TEAMS; n++) if (!used.has(teamIdOf(n))) return teamIdOf(n);
  return null;
}

function withTeam(state: GameState, playerId: string, teamId: string | null): GameState {
  const teamOf = { ...state.puzzle.teamOf };
  if (teamId === null) delete teamOf[playerId];
  else teamOf[playerId] = teamId;
  return { ...state, puzzle: { ...state.puzzle, teamOf } };
}

/**
 * Puts a player in a team (or out of any with null). `byHost` may move players during a round; players
 * may only join a round team while they have none.
 */
export function assignTeam(
  state: GameState,
  playerId: string,
  teamId: string | null,
  byHost: boolean,
): Result<GameState> {
  const player = state.players.find((p) => p.id === playerId);
  if (!player) return fail('player/not-found', 'there is no such player in this game');
  if (player.kicked) return fail('player/kicked', `${player.nickname} was removed from this game`);
  if (teamId !== null && !/^team-\d+$/.test(teamId)) return fail('team/invalid', 'that is not a team id');
  if (teamId !== null && (teamNumber(teamId) < 1 || teamNumber(teamId) > MAX_TEAMS))
    return fail('team/invalid', `team ids go from team-1 to team-${MAX_TEAMS}`);
  const current = state.puzzle.teamOf[playerId] ?? null;
  if (current === teamId) return ok(state);
  const round = state.phase === 'puzzle' ? state.puzzle.round : null;
  if (round) {
    const inRound = (id: string | null) => id !== null && round.teams.some((t) => t.teamId === id);
    if (teamId === null || !inRound(teamId))
      return fail('team/locked', 'while a puzzle round runs you can only join one of its teams');
    if (!byHost && inRound(current))
      return fail('team/locked', 'you cannot change teams while the puzzle round runs');
  }
  if (teamId !== null && membersOf(state, teamId).length >= MAX_TEAM_SIZE)
    return fail('team/full', `${teamName(teamId)} already has ${MAX_TEAM_SIZE} players`);
  return ok(withTeam(state, playerId, teamId));
}

/**
 * Shuffles every active player into teams of at most `size`, as even as possible (sizes differ by one at
 * most): 7 players in teams of 3 → 3, 2, 2. Not while a round runs.
 */
export function autoTeams(state: GameState, size: number, rnd: RandomCursor): Result<GameState> {
  if (state.phase === 'puzzle') return fail('team/locked', 'teams are locked while the puzzle round runs');
  if (!Number.isInteger(size) || size < 1 || size > MAX_TEAM_SIZE)
    return fail('team/invalid', `a team has 1 to ${MAX_TEAM_SIZE} players`);
  const players = shuffle(
    state.players.filter(isActive).map((p) => p.id),
    rnd,
  );
  const count = Math.ceil(players.length / size);
  if (count > MAX_TEAMS) return fail('team/invalid', `that would need more than ${MAX_TEAMS} teams`);
  const teamOf: Record<string, string> = {};
  players.forEach((id, i) => (teamOf[id] = teamIdOf((i % count) + 1)));
  return ok({ ...state, puzzle: { ...state.puzzle, teamOf } });
}

/** At round start everybody plays: players without a team become solo teams (lowest free ids). */
export function fillSoloTeams(state: GameState): GameState {
  let next = state;
  for (const p of state.players) {
    if (!isActive(p) || next.puzzle.teamOf[p.id] !== undefined) continue;
    const id = freeTeamId(next);
    if (id === null) break; // 40 teams: the rest watch; the host can still place them
    next = withTeam(next, p.id, id);
  }
  return next;
}
