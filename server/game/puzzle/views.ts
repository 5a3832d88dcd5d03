/**
 * Puzzle parts of the views. Players see only their own team's round; the host sees every team's
 * progress and, on request, one team in full. The reference solution and the explanation appear only in
 * 'puzzle-reveal', and goal details (which can name the fix) only for the host until then. The team's
 * attempt is shown by the attempt's own view, which copies every field one by one.
 */
import { attemptView, goalViews, terminalEntryView } from '../../puzzles/index.js';
import { MAX_TEAM_SIZE } from '../../protocol/events.js';
import type {
  HostPuzzleView,
  PlayerPuzzleView,
  PuzzleRoundInfo,
  TeamMember,
  TeamProgress,
  TeamPuzzleView,
  TeamResult,
  TeamSummary,
} from '../../protocol/views.js';
import type { GameState, PlayerState } from '../state.js';
import { currentPuzzleStep, resultOf } from './round.js';
import { freeTeamId, membersOf, teamIds, teamName } from './teams.js';
import type { TeamRound } from './types.js';

const LAST_COMMANDS = 5;

const member = (p: PlayerState): TeamMember => ({
  playerId: p.id,
  nickname: p.nickname,
  connected: p.connected,
});

export function teamSummaries(state: GameState): TeamSummary[] {
  return teamIds(state).map((id) => ({ id, name: teamName(id), members: membersOf(state, id).map(member) }));
}

function roundInfo(state: GameState): PuzzleRoundInfo | null {
  const step = currentPuzzleStep(state);
  const def = step && state.puzzle.defs[step.puzzleId];
  if (!step || !def) return null;
  return {
    roundId: step.id,
    puzzleId: def.id,
    title: def.title,
    summary: def.summary ?? null,
    topic: def.topic ?? null,
    difficulty: def.difficulty,
    timeLimitMs: step.timeLimitMs,
    points: step.points,
    guided: def.guided,
    maxTeamSize: MAX_TEAM_SIZE,
    newTeamId: freeTeamId(state),
  };
}

/** One team's round in full; `revealed` adds the explanation and the reference solution. */
export function teamView(state: GameState, team: TeamRound, forHost: boolean): TeamPuzzleView {
  const revealed = state.phase === 'puzzle-reveal';
  return {
    teamId: team.teamId,
    name: teamName(team.teamId),
    members: membersOf(state, team.teamId).map(member),
    ...attemptView(team, {
      details: forHost || revealed,
      reveal: revealed,
      solved: team.solvedAt !== null,
      points: team.points,
      hintsOpen: true,
    }),
    solvedInMs: team.solvedInMs,
  };
}

function results(state: GameState): TeamResult[] {
  const round = state.puzzle.round;
  if (!round) return [];
  return round.teams.map((t) => {
    const r = resultOf(state, round, t);
    return {
      teamId: t.teamId,
      name: teamName(t.teamId),
      members: membersOf(state, t.teamId).map(member),
      solved: r.solved,
      solvedInMs: r.solvedInMs,
      goalsMet: r.goalsMet,
      goalCount: r.goalCount,
      hintsTaken: r.hintsTaken,
      commandCount: r.commandCount,
      points: r.points,
    };
  });
}

const PUZZLE_PHASES = new Set(['teams', 'puzzle', 'puzzle-reveal']);

/** The round of the current phase ('teams' has none yet). */
function liveRound(state: GameState) {
  return state.phase === 'teams' ? null : state.puzzle.round;
}

export function playerPuzzleView(state: GameState, playerId: string): PlayerPuzzleView | null {
  if (!PUZZLE_PHASES.has(state.phase)) return null;
  const info = roundInfo(state);
  if (!info) return null;
  const round = liveRound(state);
  const teamId = state.puzzle.teamOf[playerId];
  const team = round?.teams.find((t) => t.teamId === teamId) ?? null;
  return {
    round: info,
    team: team && teamView(state, team, false),
    results: state.phase === 'puzzle-reveal' ? results(state) : null,
  };
}

export function hostPuzzleView(state: GameState): HostPuzzleView | null {
  if (!PUZZLE_PHASES.has(state.phase)) return null;
  const info = roundInfo(state);
  if (!info) return null;
  const round = liveRound(state);
  const progress: TeamProgress[] = results(state).map((r) => {
    const team = round?.teams.find((t) => t.teamId === r.teamId);
    return {
      ...r,
      goals: team ? goalViews(team.goals, true) : [],
      lastCommands: team ? team.commands.slice(-LAST_COMMANDS).map(terminalEntryView) : [],
    };
  });
  const watched = round?.teams.find((t) => t.teamId === state.puzzle.watching) ?? null;
  return {
    round: info,
    unassigned: state.players.filter((p) => !p.kicked && !state.puzzle.teamOf[p.id]).map(member),
    progress: round ? progress : [],
    watching: watched && teamView(state, watched, true),
  };
}

/** The team view the host asked for with `puzzle:watch` (its ack). */
export function watchedTeam(state: GameState): TeamPuzzleView | null {
  const watched = state.puzzle.round?.teams.find((t) => t.teamId === state.puzzle.watching);
  return watched ? teamView(state, watched, true) : null;
}
