/** The repository contracts on every test database (SQLite always, PostgreSQL when TEST_POSTGRES_URL is set). */
import { describe, it } from 'vitest';
import { repositoryContract } from './repository-contract.js';
import { practiceRepositoryContract } from './practice-contract.js';
import { openFresh, TEST_POSTGRES_URL, testDatabaseTargets } from './test-databases.js';

for (const [name, fresh] of testDatabaseTargets()) {
  repositoryContract(name, async () => {
    const { db, close } = await openFresh(fresh);
    return { repo: db.repo, close };
  });
  practiceRepositoryContract(name, async () => {
    const { db, close } = await openFresh(fresh);
    return { practice: db.practice, close };
  });
}

if (!TEST_POSTGRES_URL)
  describe('GameRepository contract (PostgreSQL)', () => {
    it.skip('needs TEST_POSTGRES_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres)', () => {});
  });
