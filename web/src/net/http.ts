/** The classroom game's HTTP calls; every answer is the same Result shape as socket acks. */
import type {
  CreateGameBody,
  CreateGameResponse,
  ScenarioSetSummary,
} from '../../../server/protocol/index.js';
import { call, download } from './request.js';
import type { ClientResult } from './socket.js';

export function listScenarioSets(): Promise<ClientResult<ScenarioSetSummary[]>> {
  return call<ScenarioSetSummary[]>('/api/scenario-sets');
}

export function createGame(body: CreateGameBody): Promise<ClientResult<CreateGameResponse>> {
  return call<CreateGameResponse>('/api/games', { method: 'POST', body });
}

export function fetchResultsCsv(code: string, hostToken: string): Promise<ClientResult<Blob>> {
  return download(`/api/games/${encodeURIComponent(code)}/results.csv`, hostToken);
}
