/** The countdown: pause, resume, and the tick the edge sends when a scheduled time arrives. */
import { fail, ok, type Result } from '../errors.js';
import { requireLiveHost } from '../guards.js';
import { isPuzzleOpen, pausePuzzle, puzzleTick, resumePuzzle } from '../puzzle/round.js';
import { closeIfDone, closeQuestion, isOpen, isPaused } from '../round.js';
import type { ActionOf, Effect, GameState, HostCommand, Step } from '../state.js';

/** Freezes the countdown: the time left is kept, the deadline dropped (and the tick cancelled). */
export function pause(state: GameState, action: HostCommand): Result<Step> {
  const host = requireLiveHost(state, action.viewer);
  if (!host.ok) return host;
  if (state.phase === 'puzzle') return pausePuzzle(state, action.now);
  const round = state.round;
  if (!isOpen(state) || !round) return fail('game/wrong-phase', 'only an open question can be paused');
  if (round.deadline === null) return fail('game/wrong-phase', 'the question is already paused');
  if (action.now >= round.deadline) return fail('game/wrong-phase', 'time is already up for this question');
  const paused = {
    ...round,
    deadline: null,
    pausedRemainingMs: round.deadline - action.now,
    pausedAt: action.now,
  };
  return ok({ state: { ...state, round: paused }, effects: [] });
}

/** New deadline = now + time left; the paused span is not counted in anyone's response time. */
export function resume(state: GameState, action: HostCommand): Result<Step> {
  const host = requireLiveHost(state, action.viewer);
  if (!host.ok) return host;
  if (state.phase === 'puzzle') return resumePuzzle(state, action.now);
  const round = state.round;
  if (!isOpen(state) || !round || !isPaused(state) || round.pausedAt === null) {
    return fail('game/wrong-phase', 'there is no paused question to resume');
  }
  const resumed = {
    ...round,
    deadline: action.now + (round.pausedRemainingMs ?? 0),
    pausedRemainingMs: null,
    pausedAt: null,
    pausedMs: round.pausedMs + (action.now - round.pausedAt),
  };
  // Players may have left during the pause: the rest may all have answered already.
  return ok(closeIfDone({ ...state, round: resumed }, action.now, []));
}

/**
 * Closes the question at its deadline (now >= deadline) or when a disconnected player's grace ran out
 * and everyone left has answered. An early or stray tick (any phase) is fine: it changes nothing and only
 * re-arms the schedule (the reducer does that).
 */
export function tick(state: GameState, action: ActionOf<'tick'>): Result<Step> {
  if (isPuzzleOpen(state)) return ok(puzzleTick(state, action.now));
  const round = state.round;
  if (!isOpen(state) || !round || round.deadline === null) return ok({ state, effects: [] });
  if (action.now >= round.deadline) {
    const effects: Effect[] = [];
    return ok({ state: closeQuestion(state, action.now, false, effects), effects });
  }
  return ok(closeIfDone(state, action.now, []));
}
