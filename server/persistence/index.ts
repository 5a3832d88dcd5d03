/** Public surface of the persistence layer. */
export { openDatabase, type Database, type OpenOptions } from './open-database.js';
export { migrate, type MigrateResult } from './migrations.js';
export { DEFAULT_DATABASE_URL } from './database-url.js';
export type * from './game-repository.js';
export type * from './practice-repository.js';
export type * from './leaderboard-repository.js';
export * from './errors.js';
