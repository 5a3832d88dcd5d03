/**
 * A puzzle round's life: 'teams' (form teams) → 'puzzle' (each team debugs its own cluster) →
 * 'puzzle-reveal' (explanation, reference solution, results). The round ends when every team solved or
 * at the deadline; the host may close it early (skip) — a team's score is fixed when it solves, so closing
 * early takes nothing from anyone.
 */
import { hintCost, startAttempt } from '../../puzzles/index.js';
import { fail, ok, type Result } from '../errors.js';
import { randomCursor } from '../../common/rng.js';
import type { Effect, GameState, Step } from '../state.js';
import { fillSoloTeams, membersOf, teamIds } from './teams.js';
import type { GameStep, PuzzleRound, PuzzleTeamResult, TeamRound } from './types.js';

type PuzzleStep = Extract<GameStep, { kind: 'puzzle' }>;

export function currentPuzzleStep(state: GameState): PuzzleStep | null {
  const step = state.steps[state.stepIndex];
  return step?.kind === 'puzzle' ? step : null;
}

/** Scoreboard → the puzzle step: teams can be formed or changed before the round starts. */
export function enterTeams(state: GameState, stepIndex: number): GameState {
  return { ...state, phase: 'teams', stepIndex, puzzle: { ...state.puzzle, round: null, watching: null } };
}

/** The round is running (not closed; it may be paused). */
export function isPuzzleOpen(state: GameState): boolean {
  const round = state.puzzle.round;
  return state.phase === 'puzzle' && round !== null && round.closedAt === null;
}

/** Time the round has run, paused spans excluded. */
export function activeMs(round: PuzzleRound, now: number): number {
  const pausedNow = round.pausedAt !== null ? now - round.pausedAt : 0;
  return Math.max(0, now - round.openedAt - round.pausedMs - pausedNow);
}

/**
 * 'teams' → 'puzzle': unassigned players become solo teams, then every team gets its own instance of the
 * puzzle from a seed drawn from the game's generator (so parameters differ per team, and the same game
 * replays the same clusters).
 */
export function startRound(state: GameState, now: number): Result<Step> {
  const step = currentPuzzleStep(state);
  if (state.phase !== 'teams' || !step) return fail('game/wrong-phase', 'there is no puzzle round to start');
  const def = state.puzzle.defs[step.puzzleId];
  if (!def) return fail('game/puzzle-missing', `puzzle "${step.puzzleId}" is missing from this game`);
  const filled = fillSoloTeams(state);
  const ids = teamIds(filled);
  if (ids.length === 0) return fail('game/no-players', 'nobody is here to play the puzzle round');
  const rnd = randomCursor(filled.rng);
  const teams = ids.map((teamId): TeamRound => ({
    teamId,
    ...startAttempt(def, rnd.int(2 ** 32)),
    solvedInMs: null,
    points: 0,
    solvedBy: [],
  }));
  const round: PuzzleRound = {
    roundId: step.id,
    puzzleId: step.puzzleId,
    timeLimitMs: step.timeLimitMs,
    points: step.points,
    openedAt: now,
    deadline: now + step.timeLimitMs,
    pausedRemainingMs: null,
    pausedAt: null,
    pausedMs: 0,
    closedAt: null,
    teams,
  };
  const next: GameState = {
    ...filled,
    rng: rnd.state,
    phase: 'puzzle',
    puzzle: { ...filled.puzzle, round, watching: null },
  };
  return ok({ state: next, effects: [] });
}

export function updateTeam(state: GameState, teamId: string, change: Partial<TeamRound>): GameState {
  const round = state.puzzle.round;
  if (!round) return state;
  const teams = round.teams.map((t) => (t.teamId === teamId ? { ...t, ...change } : t));
  return { ...state, puzzle: { ...state.puzzle, round: { ...round, teams } } };
}

export function resultOf(state: GameState, round: PuzzleRound, team: TeamRound): PuzzleTeamResult {
  return {
    roundId: round.roundId,
    puzzleId: round.puzzleId,
    teamId: team.teamId,
    memberIds: team.solvedAt !== null ? team.solvedBy : membersOf(state, team.teamId).map((p) => p.id),
    solved: team.solvedAt !== null,
    solvedInMs: team.solvedInMs,
    goalsMet: team.goals.filter((g) => g.met).length,
    goalCount: team.goals.length,
    hintsTaken: team.hintsTaken.length,
    hintPoints: hintCost(team),
    commandCount: team.commands.length,
    points: team.points,
  };
}

/**
 * Closes the round → 'puzzle-reveal'. Solvers' points go to the members who were in the team when it
 * solved (kicked players excepted); a solved round counts as a correct answer and its solve time joins
 * the ranking's tie-breaker, like a question's response time.
 */
export function closeRound(state: GameState, now: number, effects: Effect[]): GameState {
  const round = state.puzzle.round;
  if (!round || round.closedAt !== null) return state;
  const credit = new Map<string, TeamRound>();
  for (const team of round.teams) {
    if (team.solvedAt !== null) for (const id of team.solvedBy) credit.set(id, team);
  }
  const players = state.players.map((p) => {
    const team = credit.get(p.id);
    if (!team || p.kicked) return p;
    return {
      ...p,
      score: p.score + team.points,
      correctCount: p.correctCount + 1,
      totalResponseMs: p.totalResponseMs + (team.solvedInMs ?? 0),
    };
  });
  const pausedMs = round.pausedAt !== null ? round.pausedMs + (now - round.pausedAt) : round.pausedMs;
  const closed: PuzzleRound = { ...round, closedAt: now, pausedAt: null, pausedMs };
  const next: GameState = {
    ...state,
    phase: 'puzzle-reveal',
    players,
    puzzle: { ...state.puzzle, round: closed },
  };
  for (const team of closed.teams)
    effects.push({ type: 'puzzle-result', result: resultOf(next, closed, team) });
  return next;
}

export function allSolved(round: PuzzleRound): boolean {
  return round.teams.length > 0 && round.teams.every((t) => t.solvedAt !== null);
}

/** The deadline tick: closes the round once its time is up. */
export function puzzleTick(state: GameState, now: number): Step {
  const round = state.puzzle.round;
  if (!isPuzzleOpen(state) || !round || round.deadline === null || now < round.deadline)
    return { state, effects: [] };
  const effects: Effect[] = [];
  return { state: closeRound(state, now, effects), effects };
}

export function pausePuzzle(state: GameState, now: number): Result<Step> {
  const round = state.puzzle.round;
  if (!isPuzzleOpen(state) || !round) return fail('game/wrong-phase', 'no puzzle round is running');
  if (round.deadline === null) return fail('game/wrong-phase', 'the round is already paused');
  if (now >= round.deadline) return fail('game/wrong-phase', 'time is already up for this round');
  const paused = { ...round, deadline: null, pausedRemainingMs: round.deadline - now, pausedAt: now };
  return ok({ state: { ...state, puzzle: { ...state.puzzle, round: paused } }, effects: [] });
}

export function resumePuzzle(state: GameState, now: number): Result<Step> {
  const round = state.puzzle.round;
  if (!isPuzzleOpen(state) || !round || round.pausedAt === null)
    return fail('game/wrong-phase', 'there is no paused round to resume');
  const resumed = {
    ...round,
    deadline: now + (round.pausedRemainingMs ?? 0),
    pausedRemainingMs: null,
    pausedAt: null,
    pausedMs: round.pausedMs + (now - round.pausedAt),
  };
  return ok({ state: { ...state, puzzle: { ...state.puzzle, round: resumed } }, effects: [] });
}
