/**
 * Per-viewer views. During 'question' nothing here depends on which choices are correct (the no-leak
 * test checks it): scores and streaks only change when the question closes, and correctness appears only
 * in `reveal`.
 */
import { choiceViews, correctIdsOf } from '../content/question-rules.js';
import type {
  ClockView,
  HostView,
  PlayerResult,
  PlayerView,
  QuestionView,
  RankingEntry,
  RevealCommon,
} from '../protocol/views.js';
import { hostPuzzleView, playerPuzzleView, teamSummaries } from './puzzle/views.js';
import { activePlayers, answersTo, currentQuestion, rankingOf } from './round.js';
import type { AnswerRecord, GameState, PlayerState, Viewer } from './state.js';

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
    choices: choiceViews(q.choices),
    timeLimitMs: q.timeLimitMs,
    multiplier: q.multiplier,
  };
}

function clockView(state: GameState, now: number): ClockView | null {
  // A puzzle round's timing has the same shape as a question's.
  const round = state.phase === 'puzzle' ? state.puzzle.round : state.round;
  if ((state.phase !== 'question' && state.phase !== 'puzzle') || !round || round.closedAt !== null)
    return null;
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

/**
 * What every viewer of one state shares, computed once per state: the edge builds one view per seat
 * after each action, and without this each of N player views would rescan all answers and re-sort the
 * ranking (N² work per broadcast). States are never mutated, so caching by identity is safe; the shared
 * parts of views must be treated as read-only.
 */
interface Shared {
  active: PlayerState[];
  /** Answers to the current round's question, by player (phases 'question' and 'reveal'). */
  roundAnswers: Map<string, AnswerRecord>;
  question: QuestionView | null;
  reveal: RevealCommon | null;
  /** Players in the reveal: those who were in the game when the question closed. */
  revealed: PlayerState[];
  ranking: RankingEntry[] | null;
  rankById: Map<string, number>;
  teams: ReturnType<typeof teamSummaries>;
}

const cache = new WeakMap<GameState, Shared>();

function shared(state: GameState): Shared {
  let s = cache.get(state);
  if (!s) cache.set(state, (s = computeShared(state)));
  return s;
}

function computeShared(state: GameState): Shared {
  const active = activePlayers(state);
  const inRound = (state.phase === 'question' || state.phase === 'reveal') && state.round;
  const roundAnswers = new Map(
    inRound ? answersTo(state, state.round!.questionId).map((a) => [a.playerId, a] as const) : [],
  );
  const closedAt = state.round?.closedAt ?? Infinity;
  const revealed = state.phase === 'reveal' ? active.filter((p) => p.joinedAt <= closedAt) : [];
  const ranked = state.phase === 'reveal' || state.phase === 'scoreboard' || state.phase === 'podium';
  const ranking = ranked ? rankingOf(state) : null;
  return {
    active,
    roundAnswers,
    question: questionView(state),
    reveal: revealCommon(state, revealed, roundAnswers),
    revealed,
    ranking,
    rankById: new Map((ranking ?? []).map((r) => [r.playerId, r.rank])),
    teams: teamSummaries(state),
  };
}

function revealCommon(
  state: GameState,
  players: PlayerState[],
  answers: Map<string, AnswerRecord>,
): RevealCommon | null {
  const q = currentQuestion(state);
  if (state.phase !== 'reveal' || !q || !state.round) return null;
  const counts: Record<string, number> = {};
  for (const c of q.choices) counts[c.id] = 0;
  let answered = 0;
  for (const p of players) {
    const a = answers.get(p.id);
    if (!a) continue;
    answered++;
    for (const id of a.choiceIds) counts[id] = (counts[id] ?? 0) + 1;
  }
  return {
    questionId: q.id,
    correctChoiceIds: correctIdsOf(q),
    explanation: q.explanation,
    counts,
    noAnswerCount: players.length - answered,
    voided: state.round.voided,
  };
}

function resultOf(p: PlayerState, answers: Map<string, AnswerRecord>): PlayerResult {
  const a = answers.get(p.id);
  return {
    playerId: p.id,
    nickname: p.nickname,
    answered: a !== undefined,
    correct: a?.correct ?? false,
    points: a?.points ?? 0,
    streak: p.streak, // in 'reveal' this is the streak right after this question
  };
}

function commonOf(state: GameState, s: Shared, now: number) {
  return {
    code: state.code,
    phase: state.phase,
    setId: state.setId,
    setTitle: state.setTitle,
    scoring: state.scoring,
    questionIndex: state.questionIndex,
    questionCount: state.questions.length,
    question: s.question,
    clock: clockView(state, now),
    endedEarly: state.endedEarly,
    stepIndex: state.stepIndex,
    stepCount: state.steps.length,
    teams: s.teams,
  };
}

export function hostView(state: GameState, now: number): HostView {
  const s = shared(state);
  const answered = (p: PlayerState) => s.roundAnswers.has(p.id);
  return {
    ...commonOf(state, s, now),
    role: 'host',
    players: s.active.map((p) => ({
      playerId: p.id,
      nickname: p.nickname,
      connected: p.connected,
      score: p.score,
      answered: answered(p),
    })),
    answeredCount: s.active.filter(answered).length,
    reveal: s.reveal && { ...s.reveal, results: s.revealed.map((p) => resultOf(p, s.roundAnswers)) },
    scoreboard: state.phase === 'scoreboard' && s.ranking ? s.ranking.slice(0, SCOREBOARD_SIZE) : null,
    ranking: state.phase === 'podium' ? s.ranking : null,
    puzzle: hostPuzzleView(state),
  };
}

export function playerView(state: GameState, playerId: string, now: number): PlayerView {
  const me = state.players.find((p) => p.id === playerId);
  if (!me) throw new Error(`viewFor: no player ${playerId} in game ${state.code}`);
  const s = shared(state);
  const mine = s.roundAnswers.get(me.id);
  return {
    ...commonOf(state, s, now),
    role: 'player',
    me: {
      playerId: me.id,
      nickname: me.nickname,
      score: me.score,
      rank: s.rankById.get(me.id) ?? null,
      streak: me.streak,
    },
    playerCount: s.active.length,
    myAnswer: mine ? { choiceIds: [...mine.choiceIds], responseMs: mine.responseMs } : null,
    reveal: s.reveal && { ...s.reveal, you: resultOf(me, s.roundAnswers) },
    ranking: state.phase === 'podium' ? s.ranking : null,
    myTeamId: state.puzzle.teamOf[me.id] ?? null,
    puzzle: playerPuzzleView(state, me.id),
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
