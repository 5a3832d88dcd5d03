/** Builds a finished (or running) game's CSV from what the database holds, not from memory. */
import type { ScenarioCatalog } from '../content/load.js';
import { resultsCsv } from '../game/index.js';
import type { GameRepository } from '../persistence/game-repository.js';

export async function buildResultsCsv(
  repo: GameRepository,
  catalog: ScenarioCatalog,
  code: string,
): Promise<string | null> {
  const results = await repo.getResults(code);
  if (!results) return null;
  const questions = catalog.get(results.game.setId)?.questions ?? [];
  return resultsCsv({
    questions,
    players: results.players,
    answers: results.answers,
    ranking: results.players.flatMap((p) =>
      p.rank === null ? [] : [{ playerId: p.playerId, rank: p.rank }],
    ),
  });
}
