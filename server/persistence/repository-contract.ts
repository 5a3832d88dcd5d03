/**
 * The behaviour every GameRepository must have, run against each real database by
 * repository-contracts.test.ts. One migrated database per database kind; each test uses its own
 * random join codes, so tests do not see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GameRepository, NewAnswer, NewGame } from './game-repository.js';
import {
  CodeTakenError,
  DuplicateAnswerError,
  GameNotFoundError,
  NicknameTakenError,
  PlayerExistsError,
  PlayerNotFoundError,
} from './errors.js';

export interface ContractTarget {
  repo: GameRepository;
  close(): Promise<void>;
}

const newCode = (): string => randomBytes(3).toString('hex').toUpperCase();
const at = (second: number): Date => new Date(Date.UTC(2025, 0, 1, 10, 0, second, 123));

const gameInput = (code = newCode()): NewGame => ({
  code,
  setId: 'services-basics',
  mode: 'classroom',
  scoring: 'classic',
  hostSecretHash: 'a'.repeat(64),
  seed: 424242,
  createdAt: at(0),
});

const answerInput = (code: string, playerId: string, questionId: string): NewAnswer => ({
  gameCode: code,
  playerId,
  questionId,
  choiceIds: ['c2', 'c4'],
  correct: true,
  responseMs: 1234,
  points: 938,
  streak: 1,
  answeredAt: at(20),
});

export function repositoryContract(name: string, open: () => Promise<ContractTarget>): void {
  describe(`GameRepository contract (${name})`, () => {
    let target: ContractTarget;
    let repo: GameRepository;

    beforeAll(async () => {
      target = await open();
      repo = target.repo;
    });
    afterAll(async () => {
      await target?.close();
    });

    async function gameWithPlayers(...players: string[]): Promise<string> {
      const input = gameInput();
      expect((await repo.createGame(input)).ok).toBe(true);
      for (const [i, id] of players.entries()) {
        await repo.addPlayer({
          gameCode: input.code,
          playerId: id,
          nickname: `Nick ${id}`,
          joinedAt: at(i + 1),
        });
      }
      return input.code;
    }

    it('creates a game and finds it by code with every field', async () => {
      const input = gameInput();
      const created = await repo.createGame(input);
      expect(created.ok).toBe(true);
      const game = await repo.findGameByCode(input.code);
      expect(game).toEqual({
        ...input,
        id: created.ok ? created.id : -1,
        isPublic: false,
        endedEarly: false,
        startedAt: null,
        endedAt: null,
        snapshot: null,
      });
      expect(await repo.findGameByCode('NOPE00')).toBeNull();
    });

    it('reports a taken code as CodeTakenError without touching the first game', async () => {
      const first = gameInput();
      await repo.createGame(first);
      const again = await repo.createGame({ ...gameInput(first.code), setId: 'other' });
      expect(again.ok).toBe(false);
      if (!again.ok) expect(again.error).toBeInstanceOf(CodeTakenError);
      expect((await repo.findGameByCode(first.code))?.setId).toBe('services-basics');
    });

    it('marks a game started, saves snapshots and toggles public', async () => {
      const { code } = gameInput();
      await repo.createGame(gameInput(code));
      await repo.markStarted(code, at(5));
      await repo.saveSnapshot(code, '{"phase":"lobby"}');
      await repo.saveSnapshot(code, '{"phase":"question"}');
      await repo.setPublic(code, true);
      const game = await repo.findGameByCode(code);
      expect(game).toMatchObject({ startedAt: at(5), snapshot: '{"phase":"question"}', isPublic: true });
      await expect(repo.markStarted('NOPE00', at(5))).rejects.toBeInstanceOf(GameNotFoundError);
      await expect(repo.saveSnapshot('NOPE00', '{}')).rejects.toBeInstanceOf(GameNotFoundError);
    });

    it('keeps nicknames unique per game, case-insensitively', async () => {
      const code = await gameWithPlayers();
      await repo.addPlayer({ gameCode: code, playerId: 'p_1', nickname: 'Kube', joinedAt: at(1) });
      await expect(
        repo.addPlayer({ gameCode: code, playerId: 'p_2', nickname: 'kUBE', joinedAt: at(2) }),
      ).rejects.toBeInstanceOf(NicknameTakenError);
      await expect(
        repo.addPlayer({ gameCode: code, playerId: 'p_1', nickname: 'Other', joinedAt: at(2) }),
      ).rejects.toBeInstanceOf(PlayerExistsError);
      // Same nickname and same player id in another game are fine.
      const other = await gameWithPlayers();
      await repo.addPlayer({ gameCode: other, playerId: 'p_1', nickname: 'KUBE', joinedAt: at(1) });
      await expect(
        repo.addPlayer({ gameCode: 'NOPE00', playerId: 'p_9', nickname: 'x', joinedAt: at(1) }),
      ).rejects.toBeInstanceOf(GameNotFoundError);
    });

    it('marks a player kicked', async () => {
      const code = await gameWithPlayers('p_a', 'p_b');
      await repo.markKicked(code, 'p_b');
      const results = await repo.getResults(code);
      expect(results?.players.map((p) => [p.playerId, p.kicked])).toEqual([
        ['p_a', false],
        ['p_b', true],
      ]);
      await expect(repo.markKicked(code, 'p_zz')).rejects.toBeInstanceOf(PlayerNotFoundError);
    });

    it('lets the database reject a second answer to the same question', async () => {
      const code = await gameWithPlayers('p_a', 'p_b');
      await repo.recordAnswer(answerInput(code, 'p_a', 'q1'));
      const second = { ...answerInput(code, 'p_a', 'q1'), choiceIds: ['c1'], correct: false, points: 0 };
      await expect(repo.recordAnswer(second)).rejects.toBeInstanceOf(DuplicateAnswerError);
      // Other players and other questions are independent.
      await repo.recordAnswer(answerInput(code, 'p_b', 'q1'));
      await repo.recordAnswer(answerInput(code, 'p_a', 'q2'));
      const answers = (await repo.getResults(code))?.answers ?? [];
      expect(answers).toHaveLength(3);
      const { gameCode: _, ...first } = answerInput(code, 'p_a', 'q1');
      expect(answers.filter((a) => a.playerId === 'p_a' && a.questionId === 'q1')).toEqual([first]);
    });

    it('rejects answers of unknown players and games', async () => {
      const code = await gameWithPlayers('p_a');
      await expect(repo.recordAnswer(answerInput(code, 'p_ghost', 'q1'))).rejects.toBeInstanceOf(
        PlayerNotFoundError,
      );
      await expect(repo.recordAnswer(answerInput('NOPE00', 'p_a', 'q1'))).rejects.toBeInstanceOf(
        GameNotFoundError,
      );
    });

    it('finishes a game in one transaction and returns ranked results', async () => {
      const code = await gameWithPlayers('p_a', 'p_b', 'p_c');
      await repo.recordAnswer(answerInput(code, 'p_b', 'q1'));
      await repo.recordAnswer({ ...answerInput(code, 'p_a', 'q1'), correct: false, points: 0, streak: 0 });
      await repo.finishGame({
        code,
        endedAt: at(50),
        endedEarly: true,
        ranking: [
          { playerId: 'p_b', finalScore: 938, rank: 1, correctCount: 1, totalResponseMs: 1234 },
          { playerId: 'p_a', finalScore: 0, rank: 2, correctCount: 0, totalResponseMs: 1234 },
        ],
      });
      const results = await repo.getResults(code);
      expect(results?.game).toMatchObject({ code, endedAt: at(50), endedEarly: true });
      expect(results?.players.map((p) => [p.playerId, p.rank, p.finalScore, p.correctCount])).toEqual([
        ['p_b', 1, 938, 1],
        ['p_a', 2, 0, 0],
        ['p_c', null, null, null],
      ]);
      expect(results?.answers.map((a) => `${a.playerId}:${a.questionId}:${a.points}`)).toEqual([
        'p_b:q1:938',
        'p_a:q1:0',
      ]);
      expect(await repo.getResults('NOPE00')).toBeNull();
    });

    it('writes nothing when any part of finishGame fails', async () => {
      const code = await gameWithPlayers('p_a');
      const finish = repo.finishGame({
        code,
        endedAt: at(50),
        endedEarly: false,
        ranking: [
          { playerId: 'p_a', finalScore: 500, rank: 1, correctCount: 1, totalResponseMs: 10 },
          { playerId: 'p_missing', finalScore: 0, rank: 2, correctCount: 0, totalResponseMs: 0 },
        ],
      });
      await expect(finish).rejects.toBeInstanceOf(PlayerNotFoundError);
      const results = await repo.getResults(code);
      expect(results?.game.endedAt).toBeNull();
      expect(results?.players[0]?.finalScore).toBeNull();
    });
  });
}
