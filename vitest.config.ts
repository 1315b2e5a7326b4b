import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One throwaway Neo4j for the whole run (see tests/support/global-setup.ts).
    globalSetup: ['tests/support/global-setup.ts'],
    // Integration files reset that database: run files one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    // The first run on a machine fetches Neo4j with Maven.
    hookTimeout: 900_000,
    reporters: ['default'],
  },
});
