import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'web/src/**/*.test.ts', 'e2e/*.test.ts', 'eslint/*.test.ts'],
    environment: 'node',
    // Integration tests share one PostgreSQL server; each creates its own database, so files may run in parallel.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
