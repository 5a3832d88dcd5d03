/**
 * A game's files for its host — results.csv and commands.csv — built from what the database holds, not
 * from memory, so they work for finished games no node holds any more.
 */
import { resultsCsv, type CreateGameInput } from '../game/index.js';
import { commandsCsv } from '../game/puzzle/commands-csv.js';
import type { GameRepository } from '../persistence/game-repository.js';
import { err, ok, type Result } from '../common/result.js';
import { hashToken, sameHash } from '../common/secrets.js';
import type { RoomError } from './errors.js';

export interface GameExportsDeps {
  repo: GameRepository;
  /** The sets' questions, for the question texts in results.csv. */
  catalog: { get(setId: string): Pick<CreateGameInput['set'], 'questions'> | undefined };
}

export class GameExports {
  constructor(private readonly deps: GameExportsDeps) {}

  /**
   * `code` when `hostToken` is the host's of that game. Without it a game looks exactly like a missing
   * one (`game-not-found` either way), so the exports cannot tell a prober which codes are live.
   */
  async hostGame(code: string, hostToken: string | undefined): Promise<Result<string, RoomError>> {
    const game = await this.deps.repo.findGameByCode(code);
    const isHost = !!game && !!hostToken && sameHash(hashToken(hostToken), game.hostSecretHash);
    return isHost ? ok(code) : err({ kind: 'game-not-found', code });
  }

  /** One row per player per question; null when there is no such game. */
  async resultsCsv(code: string): Promise<string | null> {
    const results = await this.deps.repo.getResults(code);
    if (!results) return null;
    const questions = this.deps.catalog.get(results.game.setId)?.questions ?? [];
    return resultsCsv({
      questions,
      players: results.players,
      answers: results.answers,
      ranking: results.players.flatMap((p) =>
        p.rank === null ? [] : [{ playerId: p.playerId, rank: p.rank }],
      ),
    });
  }

  /** Every terminal command of the game's puzzle rounds (just the header when there were none). */
  async commandsCsv(code: string): Promise<string> {
    return commandsCsv((await this.deps.repo.getPuzzleCommands(code)) ?? []);
  }
}
