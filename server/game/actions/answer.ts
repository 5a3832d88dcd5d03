/** A player's answer to the open question. */
import { fail, ok, type Result } from '../errors.js';
import { requireLivePlayer } from '../guards.js';
import { answerOf, closeIfDone, currentQuestion, isOpen } from '../round.js';
import { checkChoices, isCorrectPick } from '../../content/question-rules.js';
import type { ActionOf, GameState, Step } from '../state.js';

/**
 * Accepted once, only while its question is open, not paused, and `now <= deadline`. Correctness is
 * stored server-side; points are applied when the question closes (see closeQuestion).
 * Answers are refused while paused: the countdown is frozen, and thinking time on a frozen clock would
 * be free points.
 */
export function answer(state: GameState, action: ActionOf<'answer'>): Result<Step> {
  const player = requireLivePlayer(state, action.viewer);
  if (!player.ok) return player;
  if (!state.questions.some((q) => q.id === action.questionId)) {
    return fail('game/unknown-question', `there is no question "${action.questionId}" in this game`);
  }
  const q = currentQuestion(state);
  const round = state.round;
  if (!isOpen(state) || !q || !round || q.id !== action.questionId) {
    return fail('game/not-accepting-answers', 'this question is not open for answers');
  }
  if (answerOf(state, player.data.id, q.id)) {
    return fail('game/already-answered', 'you already answered this question');
  }
  if (round.deadline === null)
    return fail('game/not-accepting-answers', 'the host paused the question; wait for it to resume');
  if (action.now > round.deadline) return fail('game/not-accepting-answers', 'time is up for this question');
  const chosen = checkChoices(q, action.choiceIds);
  if (!chosen.ok) return chosen;
  const responseMs = Math.max(0, Math.min(action.now - round.openedAt - round.pausedMs, q.timeLimitMs));
  const record = {
    playerId: player.data.id,
    questionId: q.id,
    choiceIds: chosen.data,
    answeredAt: action.now,
    responseMs,
    correct: isCorrectPick(q, chosen.data),
    points: null,
    streak: null,
  };
  const next = { ...state, answers: [...state.answers, record] };
  return ok(
    closeIfDone(next, action.now, [
      { type: 'answer-accepted', playerId: player.data.id, questionId: q.id, responseMs },
    ]),
  );
}
