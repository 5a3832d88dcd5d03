/**
 * Per-viewer views. During 'question' nothing here depends on which choices are correct (the no-leak
 * test checks it): scores and streaks only change when the question closes, and correctness appears only
 * in `reveal`.
 */
import type {
  ChoiceColor,
  ChoiceShape,
  ClockView,
  HostView,
  PlayerResult,
  PlayerView,
  QuestionView,
  RevealCommon,
} from '../protocol/views.js';
import { correctIdsOf } from './questions.js';
import { activePlayers, answerOf, answersTo, currentQuestion, rankingOf } from './round.js';
import type { GameState, PlayerState, Viewer } from './state.js';

/** By display position, so a colour-blind player can say "the triangle". */
const LOOKS: readonly { shape: ChoiceShape; color: ChoiceColor }[] = [
  { shape: 'triangle', color: 'red' },
  { shape: 'diamond', color: 'blue' },
  { shape: 'circle', color: 'yellow' },
  { shape: 'square', color: 'green' },
];

const SCOREBOARD_SIZE = 5;

function questionView(state: GameState): QuestionView | null {
  if (state.phase !== 'question' && state.phase !== 'reveal') return null;
  const q = currentQuestion(state);
  if (!q) return null;
  return {
    id: q.id,
    index: state.questionIndex,
    count: state.questions.length,
    type: q.type,
    prompt: q.prompt,
    // Built field by field: a spread of GameChoice would carry `correct` to the client.
    choices: q.choices.map((c, i) => ({ id: c.id, text: c.text, ...(LOOKS[i] ?? LOOKS[0]!) })),
    timeLimitMs: q.timeLimitMs,
    multiplier: q.multiplier,
  };
}

function clockView(state: GameState, now: number): ClockView | null {
  const round = state.round;
  if (state.phase !== 'question' || !round) return null;
  if (round.deadline === null) {
    return { deadline: null, remainingMs: round.pausedRemainingMs ?? 0, paused: true, serverNow: now };
  }
  return {
    deadline: round.deadline,
    remainingMs: Math.max(0, round.deadline - now),
    paused: false,
    serverNow: now,
  };
}

/** Players who were in the game when the question closed (late joiners during the reveal are not counted). */
function revealedPlayers(state: GameState): PlayerState[] {
  const closedAt = state.round?.closedAt ?? Infinity;
  return activePlayers(state).filter((p) => p.joinedAt <= closedAt);
}

function revealCommon(state: GameState): RevealCommon | null {
  const q = currentQuestion(state);
  if (state.phase !== 'reveal' || !q || !state.round) return null;
  const players = revealedPlayers(state);
  const inGame = new Set(players.map((p) => p.id));
  const answers = answersTo(state, q.id).filter((a) => inGame.has(a.playerId));
  const counts: Record<string, number> = {};
  for (const c of q.choices) counts[c.id] = 0;
  for (const a of answers) for (const id of a.choiceIds) counts[id] = (counts[id] ?? 0) + 1;
  return {
    questionId: q.id,
    correctChoiceIds: correctIdsOf(q),
    explanation: q.explanation,
    counts,
    noAnswerCount: players.length - answers.length,
    voided: state.round.voided,
  };
}

function resultOf(state: GameState, p: PlayerState, questionId: string): PlayerResult {
  const a = answerOf(state, p.id, questionId);
  return {
    playerId: p.id,
    nickname: p.nickname,
    answered: a !== null,
    correct: a?.correct ?? false,
    points: a?.points ?? 0,
    streak: p.streak, // in 'reveal' this is the streak right after this question
  };
}

function commonOf(state: GameState, now: number) {
  return {
    code: state.code,
    phase: state.phase,
    setId: state.setId,
    setTitle: state.setTitle,
    scoring: state.scoring,
    questionIndex: state.questionIndex,
    questionCount: state.questions.length,
    question: questionView(state),
    clock: clockView(state, now),
    endedEarly: state.endedEarly,
  };
}

/** "Answered" means the open question (phase 'question') or the one being revealed. */
function answeredSet(state: GameState): Set<string> {
  if ((state.phase !== 'question' && state.phase !== 'reveal') || !state.round) return new Set();
  return new Set(answersTo(state, state.round.questionId).map((a) => a.playerId));
}

export function hostView(state: GameState, now: number): HostView {
  const answered = answeredSet(state);
  const players = activePlayers(state);
  const common = revealCommon(state);
  const ranking = state.phase === 'scoreboard' || state.phase === 'podium' ? rankingOf(state) : null;
  return {
    ...commonOf(state, now),
    role: 'host',
    players: players.map((p) => ({
      playerId: p.id,
      nickname: p.nickname,
      connected: p.connected,
      score: p.score,
      answered: answered.has(p.id),
    })),
    answeredCount: players.filter((p) => answered.has(p.id)).length,
    reveal: common && {
      ...common,
      results: revealedPlayers(state).map((p) => resultOf(state, p, common.questionId)),
    },
    scoreboard: state.phase === 'scoreboard' && ranking ? ranking.slice(0, SCOREBOARD_SIZE) : null,
    ranking: state.phase === 'podium' ? ranking : null,
  };
}

export function playerView(state: GameState, playerId: string, now: number): PlayerView {
  const me = state.players.find((p) => p.id === playerId);
  if (!me) throw new Error(`viewFor: no player ${playerId} in game ${state.code}`);
  const common = revealCommon(state);
  const ranked = state.phase === 'reveal' || state.phase === 'scoreboard' || state.phase === 'podium';
  const ranking = ranked ? rankingOf(state) : null;
  const questionId = state.round?.questionId;
  const mine =
    (state.phase === 'question' || state.phase === 'reveal') && questionId
      ? answerOf(state, me.id, questionId)
      : null;
  return {
    ...commonOf(state, now),
    role: 'player',
    me: {
      playerId: me.id,
      nickname: me.nickname,
      score: me.score,
      rank: ranking?.find((r) => r.playerId === me.id)?.rank ?? null,
      streak: me.streak,
    },
    playerCount: activePlayers(state).length,
    myAnswer: mine && { choiceIds: [...mine.choiceIds], responseMs: mine.responseMs },
    reveal: common && { ...common, you: resultOf(state, me, common.questionId) },
    ranking: state.phase === 'podium' ? ranking : null,
  };
}

/** The view for one seat. The edge resolves seats with seatOf first; an unknown player id is a bug. */
export function viewFor(state: GameState, viewer: { role: 'host' }, now: number): HostView;
export function viewFor(
  state: GameState,
  viewer: { role: 'player'; playerId: string },
  now: number,
): PlayerView;
export function viewFor(state: GameState, viewer: Viewer, now: number): HostView | PlayerView;
export function viewFor(state: GameState, viewer: Viewer, now: number): HostView | PlayerView {
  return viewer.role === 'host' ? hostView(state, now) : playerView(state, viewer.playerId, now);
}
