/** The repository contracts on every test database (SQLite always, PostgreSQL when a server answers). */
import { repositoryContract } from './repository-contract.js';
import { practiceRepositoryContract } from './practice-contract.js';
import { noteSkippedPostgres, openFresh, testDatabaseTargets } from './test-databases.js';
// The test wires the real board order in, as the server does: the contract checks bests against it.
import { compareRankKeys } from '../leaderboard/ranking.js';

for (const [name, fresh] of testDatabaseTargets()) {
  repositoryContract(name, async () => {
    const { db, close } = await openFresh(fresh);
    return { repo: db.repo, close };
  });
  practiceRepositoryContract(name, async () => {
    const { db, close } = await openFresh(fresh, { bestRunOrder: compareRankKeys });
    return { practice: db.practice, close };
  });
}

noteSkippedPostgres('repository contracts');
