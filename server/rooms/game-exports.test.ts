import { describe, expect, it } from 'vitest';
import { hashToken } from '../common/secrets.js';
import type { GameRecord, GameRepository, GameResults } from '../persistence/game-repository.js';
import { GameExports } from './game-exports.js';

const game = {
  id: 1,
  code: 'ABC123',
  setId: 'set',
  mode: 'classroom',
  scoring: 'classic',
  hostSecretHash: hashToken('host-token'),
  seed: 1,
  isPublic: false,
  endedEarly: false,
  createdAt: new Date(0),
  startedAt: null,
  endedAt: null,
  snapshot: null,
} satisfies GameRecord;

// Only the reads GameExports makes; anything else would fail the test loudly.
const repo = {
  findGameByCode: async (code: string) => (code === game.code ? game : null),
  getResults: async (code: string): Promise<GameResults | null> =>
    code === game.code ? { game, players: [], answers: [] } : null,
  getPuzzleCommands: async (code: string) => (code === game.code ? [] : null),
} as unknown as GameRepository;

const exports = new GameExports({ repo, catalog: { get: () => ({ questions: [] }) } });

describe('GameExports', () => {
  it('opens a game to its host only; to anyone else it looks like a missing one', async () => {
    expect(await exports.hostGame('ABC123', 'host-token')).toEqual({ ok: true, data: 'ABC123' });
    expect(await exports.hostGame('ABC123', 'wrong')).toEqual({
      ok: false,
      error: { kind: 'game-not-found', code: 'ABC123' },
    });
    expect(await exports.hostGame('ABC123', undefined)).toEqual({
      ok: false,
      error: { kind: 'game-not-found', code: 'ABC123' },
    });
    expect(await exports.hostGame('NOPE00', 'host-token')).toEqual({
      ok: false,
      error: { kind: 'game-not-found', code: 'NOPE00' },
    });
  });

  it('builds the CSV files from the database, header only when empty', async () => {
    expect((await exports.resultsCsv('ABC123'))?.split('\r\n')[0]).toMatch(/^rank,nickname,/);
    expect(await exports.resultsCsv('NOPE00')).toBeNull();
    expect((await exports.commandsCsv('NOPE00')).split('\r\n')[0]).toMatch(/^round/);
  });
});
