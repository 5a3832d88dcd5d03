/** The host drives the game: start, next, skip, end. */
import { fail, ok, type Result } from '../errors.js';
import { requireLiveHost } from '../guards.js';
import { closeRound, enterTeams, isPuzzleOpen, startRound } from '../puzzle/round.js';
import { activePlayers, closeQuestion, finishGame, isOpen, openQuestion } from '../round.js';
import type { Effect, GameState, HostCommand, Step } from '../state.js';

/** lobby → first question; needs at least one (non-kicked) player, connected or not. */
export function start(state: GameState, action: HostCommand): Result<Step> {
  const g = requireLiveHost(state, action.viewer);
  if (!g.ok) return g;
  if (state.phase !== 'lobby') return fail('game/wrong-phase', 'the game has already started');
  if (activePlayers(state).length === 0)
    return fail('game/no-players', 'wait for at least one player to join');
  const opened = openStep({ ...state, startedAt: action.now }, 0, action.now);
  return ok({ state: opened, effects: [{ type: 'game-started', at: action.now }] });
}

/** Opens step `index`: a question, or the team phase before a puzzle round. */
function openStep(state: GameState, index: number, now: number): GameState {
  const step = state.steps[index];
  if (!step) throw new Error(`no step at index ${index}`);
  if (step.kind === 'puzzle') return enterTeams(state, index);
  return { ...openQuestion(state, step.questionIndex, now), stepIndex: index };
}

/** The step after the current one, or the podium after the last. */
function advance(state: GameState, now: number): Step {
  const index = state.stepIndex + 1;
  if (index < state.steps.length) return { state: openStep(state, index, now), effects: [] };
  const effects: Effect[] = [];
  return { state: finishGame(state, now, false, effects), effects };
}

/** reveal → scoreboard; scoreboard → next question, or the podium after the last one. */
export function next(state: GameState, action: HostCommand): Result<Step> {
  const g = requireLiveHost(state, action.viewer);
  if (!g.ok) return g;
  if (state.phase === 'reveal' || state.phase === 'puzzle-reveal')
    return ok({ state: { ...state, phase: 'scoreboard' }, effects: [] });
  if (state.phase === 'scoreboard') return ok(advance(state, action.now));
  // Teams are set: the puzzle round starts.
  if (state.phase === 'teams') return startRound(state, action.now);
  const hint =
    state.phase === 'lobby'
      ? 'start the game first'
      : state.phase === 'puzzle'
        ? 'skip to close the puzzle round early'
        : 'skip the question to close it early';
  return fail('game/wrong-phase', `"next" is not possible now: ${hint}`);
}

/**
 * Skip voids the open question (paused or not): nobody gets points, streaks are untouched, and the
 * game goes to its reveal so the class still sees the answer and the explanation.
 */
export function skip(state: GameState, action: HostCommand): Result<Step> {
  const g = requireLiveHost(state, action.viewer);
  if (!g.ok) return g;
  // A puzzle round closes early with the scores teams already earned; before it starts, it is skipped.
  if (isPuzzleOpen(state)) {
    const effects: Effect[] = [];
    return ok({ state: closeRound(state, action.now, effects), effects });
  }
  if (state.phase === 'teams') return ok(advance(state, action.now));
  if (!isOpen(state)) return fail('game/wrong-phase', 'there is no open question to skip');
  const effects: Effect[] = [];
  return ok({ state: closeQuestion(state, action.now, true, effects), effects });
}

/** End early from any phase before the podium (an open question is voided); always endedEarly. */
export function end(state: GameState, action: HostCommand): Result<Step> {
  const g = requireLiveHost(state, action.viewer);
  if (!g.ok) return g;
  const effects: Effect[] = [];
  return ok({ state: finishGame(state, action.now, true, effects), effects });
}
