/**
 * Puzzle-round actions: team changes, terminal commands, hints and the host's read-only watch. A
 * command or a hint is the team's attempt's (server/puzzles/attempt); what is added here is the
 * classroom's: the round's phase and deadline, teams, the per-player allowance, scoring with time.
 */
import { attemptPoints, checkCommand, runCommand, takeHint, type Author } from '../../puzzles/index.js';
import { fail, ok, type Result } from '../errors.js';
import { requireLiveHost, requireLivePlayer } from '../guards.js';
import { randomCursor } from '../../common/rng.js';
import type { ActionOf, Effect, GameState, Step } from '../state.js';
import { activeMs, allSolved, closeRound, isPuzzleOpen, updateTeam } from './round.js';
import { assignTeam, autoTeams, membersOf } from './teams.js';
import type { PuzzleRound, TeamRound } from './types.js';

/** Commands per player: bursts of 10, then 2 per second (shared by all of the player's tabs). */
export const COMMAND_BURST = 10;
export const COMMANDS_PER_SECOND = 2;

export function setTeam(state: GameState, action: ActionOf<'team-set'>): Result<Step> {
  const host = requireLiveHost(state, action.viewer);
  if (!host.ok) return host;
  const next = assignTeam(state, action.playerId, action.teamId, true);
  return next.ok ? ok({ state: next.data, effects: [] }) : next;
}

export function chooseTeam(state: GameState, action: ActionOf<'team-choose'>): Result<Step> {
  const player = requireLivePlayer(state, action.viewer);
  if (!player.ok) return player;
  const next = assignTeam(state, player.data.id, action.teamId, false);
  return next.ok ? ok({ state: next.data, effects: [] }) : next;
}

export function autoTeam(state: GameState, action: ActionOf<'team-auto'>): Result<Step> {
  const host = requireLiveHost(state, action.viewer);
  if (!host.ok) return host;
  const rnd = randomCursor(state.rng);
  const next = autoTeams(state, action.size, rnd);
  return next.ok ? ok({ state: { ...next.data, rng: rnd.state }, effects: [] }) : next;
}

/** The player's team in the running round, with the checks every team action shares. */
function playingTeam(
  state: GameState,
  action: { viewer: ActionOf<'puzzle-command'>['viewer']; now: number },
): Result<{ round: PuzzleRound; team: TeamRound; author: Author }> {
  const player = requireLivePlayer(state, action.viewer);
  if (!player.ok) return player;
  const round = state.puzzle.round;
  if (!isPuzzleOpen(state) || !round) return fail('game/wrong-phase', 'no puzzle round is running');
  if (round.deadline === null)
    return fail('game/wrong-phase', 'the host paused the round; wait for it to resume');
  if (action.now > round.deadline) return fail('game/wrong-phase', 'time is up for this round');
  const teamId = state.puzzle.teamOf[player.data.id];
  const team = round.teams.find((t) => t.teamId === teamId);
  if (!team) return fail('puzzle/not-in-team', 'join one of the teams of this round first');
  return ok({ round, team, author: { id: player.data.id, nickname: player.data.nickname } });
}

function takeToken(state: GameState, playerId: string, now: number): GameState | null {
  const bucket = state.puzzle.buckets[playerId] ?? { tokens: COMMAND_BURST, at: now };
  const tokens = Math.min(COMMAND_BURST, bucket.tokens + ((now - bucket.at) / 1000) * COMMANDS_PER_SECOND);
  if (tokens < 1) return null;
  const buckets = { ...state.puzzle.buckets, [playerId]: { tokens: tokens - 1, at: now } };
  return { ...state, puzzle: { ...state.puzzle, buckets } };
}

/**
 * Runs one terminal line on the player's team's attempt (attributed, goals re-checked) and, when it
 * solves, fixes the team's score with the round's active time. The last team to solve closes the round.
 */
export function command(state: GameState, action: ActionOf<'puzzle-command'>): Result<Step> {
  const playing = playingTeam(state, action);
  if (!playing.ok) return playing;
  const { round, team, author } = playing.data;
  // Checked before the allowance is spent: a refused line costs no token.
  const checked = checkCommand(team, action.line);
  if (!checked.ok) return checked;
  const limited = takeToken(state, author.id, action.now);
  if (!limited) return fail('rate/limited', 'too many commands; wait a second');
  const used = activeMs(round, action.now);
  const ran = runCommand(team, {
    line: action.line,
    files: action.files,
    author,
    now: action.now,
    elapsedMs: used,
  });
  if (!ran.ok) return ran;
  const { entry, solved } = ran.data;
  const change: TeamRound = !solved
    ? ran.data.attempt
    : {
        ...ran.data.attempt,
        solvedInMs: used,
        points: attemptPoints(team, { points: round.points, timeLimitMs: round.timeLimitMs, usedMs: used }),
        solvedBy: membersOf(state, team.teamId).map((p) => p.id),
      };
  let next = updateTeam(limited, team.teamId, change);
  const effects: Effect[] = [
    {
      type: 'puzzle-command',
      command: {
        roundId: round.roundId,
        puzzleId: round.puzzleId,
        teamId: team.teamId,
        playerId: author.id,
        seq: entry.seq,
        line: entry.line,
        exitCode: entry.exitCode,
        output: entry.output,
        ranAt: action.now,
      },
    },
  ];
  if (solved && next.puzzle.round && allSolved(next.puzzle.round))
    next = closeRound(next, action.now, effects);
  return ok({ state: next, effects });
}

/** Reveals the team's next hint; its cost comes off the team's points if it solves. */
export function hint(state: GameState, action: ActionOf<'puzzle-hint'>): Result<Step> {
  const playing = playingTeam(state, action);
  if (!playing.ok) return playing;
  const { team, author } = playing.data;
  const taken = takeHint(team, { author, now: action.now });
  if (!taken.ok) return taken;
  return ok({ state: updateTeam(state, team.teamId, taken.data), effects: [] });
}

/** The host opens one team's round read-only (null closes it). */
export function watch(state: GameState, action: ActionOf<'puzzle-watch'>): Result<Step> {
  const host = requireLiveHost(state, action.viewer);
  if (!host.ok) return host;
  const round = state.puzzle.round;
  if (action.teamId !== null) {
    if ((state.phase !== 'puzzle' && state.phase !== 'puzzle-reveal') || !round)
      return fail('game/wrong-phase', 'no puzzle round to watch');
    if (!round.teams.some((t) => t.teamId === action.teamId))
      return fail('puzzle/unknown-team', `there is no ${action.teamId} in this round`);
  }
  if (state.puzzle.watching === action.teamId) return ok({ state, effects: [] });
  return ok({ state: { ...state, puzzle: { ...state.puzzle, watching: action.teamId } }, effects: [] });
}
