import { describe, it } from 'vitest';
import { openDatabase } from './open-database.js';
import { repositoryContract } from './repository-contract.js';
import { practiceRepositoryContract } from './practice-contract.js';
import { freshPostgres, TEST_POSTGRES_URL } from './test-databases.js';

if (TEST_POSTGRES_URL) {
  const server = TEST_POSTGRES_URL;
  repositoryContract('PostgreSQL', async () => {
    const target = await freshPostgres(server);
    const db = await openDatabase(target.url);
    return {
      repo: db.repo,
      close: async () => {
        await db.close();
        await target.drop();
      },
    };
  });
  practiceRepositoryContract('PostgreSQL', async () => {
    const target = await freshPostgres(server);
    const db = await openDatabase(target.url);
    return {
      practice: db.practice,
      close: async () => {
        await db.close();
        await target.drop();
      },
    };
  });
} else {
  describe('GameRepository contract (PostgreSQL)', () => {
    it.skip('needs TEST_POSTGRES_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres)', () => {});
  });
}
