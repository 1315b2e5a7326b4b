import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds. Node, and so graphql-yoga,
    // loads the CommonJS one; Vite would pick the ESM one for our sources, and two copies of
    // graphql break `instanceof GraphQLError` (errors meant for clients would be masked).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // One throwaway Neo4j for the whole run (see tests/support/global-setup.ts).
    globalSetup: ['tests/support/global-setup.ts'],
    // Integration files reset that database: run files one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    // expect.poll waits for something the page or server will do; on a busy 2-core machine that
    // can take seconds, and the default of 1 s made the explorer's browser tests fail under load.
    expect: { poll: { timeout: 15_000 } },
    // The first run on a machine fetches Neo4j with Maven.
    hookTimeout: 900_000,
  },
});
