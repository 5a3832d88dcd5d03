/**
 * Shared transitions: opening and closing a question, finishing the game, presence and the one timer the
 * edge keeps for us. Functions take a state and return a new one; effects are pushed onto the caller's list.
 */
import type { RankingEntry } from '../protocol/views.js';
import { closeRound, isPuzzleOpen } from './puzzle/round.js';
import { contentIdsOf, type GameQuestion } from './questions.js';
import { rankPlayers } from './ranking.js';
import { scoreAnswer } from './scoring.js';
import type { AnswerRecord, Effect, GameState, PlayerState, Step } from './state.js';

/**
 * A player whose last socket dropped still counts as present for this long, so a page reload does not
 * close the question behind their back ("everyone connected has answered"); after it, the question no
 * longer waits for them.
 */
export const PRESENCE_GRACE_MS = 5000;

export function currentQuestion(state: GameState): GameQuestion | null {
  return state.questions[state.questionIndex] ?? null;
}

export function activePlayers(state: GameState): PlayerState[] {
  return state.players.filter((p) => !p.kicked);
}

export function answersTo(state: GameState, questionId: string): AnswerRecord[] {
  return state.answers.filter((a) => a.questionId === questionId);
}

export function answerOf(state: GameState, playerId: string, questionId: string): AnswerRecord | null {
  return state.answers.find((a) => a.playerId === playerId && a.questionId === questionId) ?? null;
}

export function updatePlayer(state: GameState, id: string, change: Partial<PlayerState>): GameState {
  return { ...state, players: state.players.map((p) => (p.id === id ? { ...p, ...change } : p)) };
}

/** An open question: phase 'question' and not yet closed (it may be paused). */
export function isOpen(state: GameState): boolean {
  return state.phase === 'question' && state.round !== null && state.round.closedAt === null;
}

export function isPaused(state: GameState): boolean {
  return state.round?.pausedAt != null;
}

function isPresent(p: PlayerState, now: number): boolean {
  if (p.kicked) return false;
  return p.connected || (p.awaySince !== null && now < p.awaySince + PRESENCE_GRACE_MS);
}

/**
 * Close early when every present player has answered. With nobody present (the whole class dropped off
 * the wifi) the question waits for its deadline instead of closing on an empty room. Never while paused.
 */
export function everyoneAnswered(state: GameState, now: number): boolean {
  if (!isOpen(state) || isPaused(state) || !state.round) return false;
  const answered = new Set(answersTo(state, state.round.questionId).map((a) => a.playerId));
  const present = state.players.filter((p) => isPresent(p, now));
  return present.length > 0 && present.every((p) => answered.has(p.id));
}

/** Closes the question (scored) if everyone present has answered; used after answers and presence changes. */
export function closeIfDone(state: GameState, now: number, effects: Effect[]): Step {
  if (!everyoneAnswered(state, now)) return { state, effects };
  return { state: closeQuestion(state, now, false, effects), effects };
}

export function openQuestion(state: GameState, index: number, now: number): GameState {
  const q = state.questions[index];
  if (!q) throw new Error(`no question at index ${index}`);
  return {
    ...state,
    phase: 'question',
    questionIndex: index,
    round: {
      questionId: q.id,
      openedAt: now,
      deadline: now + q.timeLimitMs,
      pausedRemainingMs: null,
      pausedAt: null,
      pausedMs: 0,
      closedAt: null,
      voided: false,
    },
  };
}

/**
 * Closes the open question and goes to 'reveal'. Scores are applied only now, never at answer time, so a
 * player's score or streak cannot reveal correctness while the question is open. A voided question (skip
 * or end) scores nothing and leaves every streak as it was.
 */
export function closeQuestion(state: GameState, now: number, voided: boolean, effects: Effect[]): GameState {
  const round = state.round;
  const q = currentQuestion(state);
  if (!round || !q || round.closedAt !== null) return state;
  const byPlayer = new Map(answersTo(state, q.id).map((a) => [a.playerId, a]));
  const finals = new Map<string, { points: number; streak: number }>();
  const players = state.players.map((p) => {
    if (p.kicked) return p;
    const answer = byPlayer.get(p.id);
    if (voided) {
      if (answer) finals.set(p.id, { points: 0, streak: p.streak });
      return p;
    }
    const result = scoreAnswer({
      mode: state.scoring,
      correct: answer?.correct ?? false,
      responseMs: answer?.responseMs ?? 0,
      timeLimitMs: q.timeLimitMs,
      multiplier: q.multiplier,
      previousStreak: p.streak,
    });
    if (answer) finals.set(p.id, result);
    return {
      ...p,
      score: p.score + result.points,
      streak: result.streak,
      correctCount: p.correctCount + (answer?.correct ? 1 : 0),
      totalResponseMs: p.totalResponseMs + (answer?.correct ? answer.responseMs : 0),
    };
  });
  const answers = state.answers.map((a) => {
    if (a.questionId !== q.id) return a;
    const final = finals.get(a.playerId) ?? { points: 0, streak: 0 }; // kicked players' answers
    return { ...a, points: final.points, streak: final.streak };
  });
  for (const a of answers) {
    if (a.questionId !== q.id || !finals.has(a.playerId)) continue;
    const { playerId, questionId, choiceIds, correct, responseMs, answeredAt } = a;
    effects.push({
      type: 'answer-recorded',
      answer: {
        playerId,
        questionId,
        // The database keeps the scenario's ids: results and exports do not depend on this game's ids.
        choiceIds: contentIdsOf(q, choiceIds),
        correct,
        responseMs,
        answeredAt,
        points: a.points ?? 0,
        streak: a.streak ?? 0,
      },
    });
  }
  const pausedMs = round.pausedAt !== null ? round.pausedMs + (now - round.pausedAt) : round.pausedMs;
  return {
    ...state,
    phase: 'reveal',
    players,
    answers,
    round: { ...round, closedAt: now, voided, pausedAt: null, pausedMs },
  };
}

export function rankingOf(state: GameState): RankingEntry[] {
  return rankPlayers(
    activePlayers(state).map((p) => ({
      playerId: p.id,
      nickname: p.nickname,
      score: p.score,
      correctCount: p.correctCount,
      totalResponseMs: p.totalResponseMs,
    })),
  );
}

/** To the podium. An open question is voided first: half a question cannot be scored fairly. */
export function finishGame(state: GameState, now: number, endedEarly: boolean, effects: Effect[]): GameState {
  // A running puzzle round closes with what teams earned (a team's score is fixed when it solves).
  const closed = isOpen(state)
    ? closeQuestion(state, now, true, effects)
    : isPuzzleOpen(state)
      ? closeRound(state, now, effects)
      : state;
  const next: GameState = { ...closed, phase: 'podium', endedAt: now, endedEarly };
  effects.push({ type: 'game-finished', at: now, endedEarly, ranking: rankingOf(next) });
  return next;
}

/** When the next tick is needed: the deadline, or a disconnected player's grace running out. */
function desiredWake(state: GameState, now: number): number | null {
  if (isPuzzleOpen(state)) return state.puzzle.round?.deadline ?? null;
  const round = state.round;
  if (!isOpen(state) || !round || round.deadline === null) return null;
  const answered = new Set(answersTo(state, round.questionId).map((a) => a.playerId));
  let at = round.deadline;
  for (const p of state.players) {
    if (p.kicked || p.connected || p.awaySince === null || answered.has(p.id)) continue;
    const expires = p.awaySince + PRESENCE_GRACE_MS;
    if (expires > now && expires < at) at = expires;
  }
  return at;
}

/**
 * Emits `schedule` / `cancel-schedule` when the wanted tick time changed. `force` re-sends it even if
 * unchanged: a tick may come from a restored snapshot whose node never had the timer.
 */
export function syncSchedule(state: GameState, now: number, effects: Effect[], force = false): GameState {
  const at = desiredWake(state, now);
  if (at === state.wakeAt && !(force && at !== null)) return state;
  effects.push(at === null ? { type: 'cancel-schedule' } : { type: 'schedule', at });
  return { ...state, wakeAt: at };
}
