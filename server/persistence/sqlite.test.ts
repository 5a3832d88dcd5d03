import { openDatabase } from './open-database.js';
import { repositoryContract } from './repository-contract.js';
import { practiceRepositoryContract } from './practice-contract.js';
import { freshSqlite } from './test-databases.js';

repositoryContract('SQLite', async () => {
  const target = await freshSqlite();
  const db = await openDatabase(target.url);
  return {
    repo: db.repo,
    close: async () => {
      await db.close();
      await target.drop();
    },
  };
});

practiceRepositoryContract('SQLite', async () => {
  const target = await freshSqlite();
  const db = await openDatabase(target.url);
  return {
    practice: db.practice,
    close: async () => {
      await db.close();
      await target.drop();
    },
  };
});
