/**
 * HTTP calls of practice mode and the leaderboards (through request.ts: every answer a ClientResult).
 * The practice token (or a host token for a game's results) travels as a bearer header, never in a URL.
 */
import type {
  GameRankingResponse,
  LeaderboardWindow,
  Paged,
  PracticeLeaderboardResponse,
  PracticeMeResponse,
  PracticeMode,
  PracticeRunSummaryRow,
  PracticeRunView,
  PublicGameRow,
  StartPracticeBody,
  StartPracticeResponse,
} from '../../../server/protocol/index.js';
import { call } from './request.js';

const query = (params: Record<string, string | number | undefined>): string => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  const text = search.toString();
  return text ? `?${text}` : '';
};

// ---- Practice ----------------------------------------------------------------------------------

export const startPractice = (body: StartPracticeBody, token: string | null) =>
  call<StartPracticeResponse>('/api/practice/runs', { method: 'POST', body, token });

export const fetchPracticeMe = (token: string) => call<PracticeMeResponse>('/api/practice/me', { token });

export const fetchPracticeRun = (token: string, runId: number) =>
  call<PracticeRunView>(`/api/practice/runs/${runId}`, { token });

export const answerPractice = (token: string, runId: number, questionId: string, choiceIds: string[]) =>
  call<PracticeRunView>(`/api/practice/runs/${runId}/answers`, {
    method: 'POST',
    token,
    body: { questionId, choiceIds },
  });

export const nextPractice = (token: string, runId: number) =>
  call<PracticeRunView>(`/api/practice/runs/${runId}/next`, { method: 'POST', token });

/** A terminal line in the run's puzzle (files for `apply -f`). */
export const commandPractice = (token: string, runId: number, line: string, files?: Record<string, string>) =>
  call<PracticeRunView>(`/api/practice/runs/${runId}/commands`, {
    method: 'POST',
    token,
    body: files ? { line, files } : { line },
  });

export const hintPractice = (token: string, runId: number) =>
  call<PracticeRunView>(`/api/practice/runs/${runId}/hints`, { method: 'POST', token });

export const reviewPractice = (token: string, runId: number) =>
  call<PracticeRunView>(`/api/practice/runs/${runId}/review`, { method: 'POST', token });

export const fetchPracticeHistory = (
  token: string,
  params: { page: number; pageSize: number; setId?: string | undefined },
) => call<Paged<PracticeRunSummaryRow>>(`/api/practice/runs${query(params)}`, { token });

// ---- Leaderboards ------------------------------------------------------------------------------

export interface BoardParams {
  window: LeaderboardWindow;
  mode: PracticeMode;
  page: number;
  pageSize: number;
  q: string;
}

export const fetchPracticeBoard = (setId: string, params: BoardParams, token: string | null) =>
  call<PracticeLeaderboardResponse>(
    `/api/leaderboards/practice/${encodeURIComponent(setId)}${query({ ...params })}`,
    { token },
  );

export const fetchPublicGames = (params: { page: number; pageSize: number }) =>
  call<Paged<PublicGameRow>>(`/api/leaderboards/games${query(params)}`);

export const fetchGameRanking = (
  code: string,
  params: { page: number; pageSize: number; q: string; key?: string },
  hostToken: string | null,
) =>
  call<GameRankingResponse>(`/api/games/${encodeURIComponent(code)}/ranking${query(params)}`, {
    token: hostToken,
  });

export const setGamePublic = (code: string, hostToken: string, isPublic: boolean) =>
  call<{ code: string; isPublic: boolean }>(`/api/games/${encodeURIComponent(code)}`, {
    method: 'PATCH',
    token: hostToken,
    body: { isPublic },
  });
