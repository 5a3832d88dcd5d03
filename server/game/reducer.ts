/**
 * dispatch: (state, action) → new state + effects, or a named error with nothing changed.
 * It never mutates its input; handlers build new objects and share the untouched parts.
 */
import { ok, type Result } from './errors.js';
import { answer } from './actions/answer.js';
import { pause, resume, tick } from './actions/clock.js';
import { end, next, skip, start } from './actions/flow.js';
import { join, kick, presence, restoreSeats } from './actions/players.js';
import { autoTeam, chooseTeam, command, hint, setTeam, watch } from './puzzle/actions.js';
import { syncSchedule } from './round.js';
import type { Effect, GameAction, GameState, Step } from './state.js';

function handle(state: GameState, action: GameAction): Result<Step> {
  switch (action.type) {
    case 'join':
      return join(state, action);
    case 'connect':
    case 'disconnect':
      return presence(state, action);
    case 'answer':
      return answer(state, action);
    case 'start':
      return start(state, action);
    case 'next':
      return next(state, action);
    case 'skip':
      return skip(state, action);
    case 'end':
      return end(state, action);
    case 'pause':
      return pause(state, action);
    case 'resume':
      return resume(state, action);
    case 'kick':
      return kick(state, action);
    case 'tick':
      return tick(state, action);
    case 'restore':
      // Then like a tick: close what ran out while no node held the room, and re-arm the timer.
      return tick(restoreSeats(state, action.now), { type: 'tick', now: action.now });
    case 'team-set':
      return setTeam(state, action);
    case 'team-choose':
      return chooseTeam(state, action);
    case 'team-auto':
      return autoTeam(state, action);
    case 'puzzle-command':
      return command(state, action);
    case 'puzzle-hint':
      return hint(state, action);
    case 'puzzle-watch':
      return watch(state, action);
  }
}

export function dispatch(
  state: GameState,
  action: GameAction,
): Result<{ state: GameState; effects: Effect[] }> {
  const result = handle(state, action);
  if (!result.ok) return result;
  const effects = [...result.data.effects];
  // A tick or a restore may run on a node that never had the timer: re-send the schedule.
  const force = action.type === 'tick' || action.type === 'restore';
  const next = syncSchedule(result.data.state, action.now, effects, force);
  // Every rule-level change is visible to someone (presence, counts, phase...); a schedule alone is not.
  if (result.data.state !== state) effects.push({ type: 'broadcast' });
  return ok({ state: next, effects });
}
