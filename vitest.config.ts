import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Two projects. `unit` (npm run test:unit, the fast loop): pure tests of code, no Neo4j, no
 * Java, no browser, no child servers, files in parallel. `integration` (npm run
 * test:integration): everything else, against the suite's own Neo4j, one file at a time.
 * A folder is one or the other, so a test's place says which: put a test in a unit folder only
 * if it opens no database (openGraph, suiteNeo4jUri), starts no server or process of its own
 * and no Chromium. A unit test that reaches for Neo4j fails at once (tests/support/neo4j-uri.ts).
 */
export const UNIT_TESTS = ['tests/*.test.ts', 'tests/{auth,dossier,eval,extract,gen,repo,schema,taxonomy}/**/*.test.ts'];

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) builds. Node, and so graphql-yoga,
    // loads the CommonJS one; Vite would pick the ESM one for our sources, and two copies of
    // graphql break `instanceof GraphQLError` (errors meant for clients would be masked).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 30_000,
    // expect.poll waits for something the page or server will do; on a busy 2-core machine that
    // can take seconds, and the default of 1 s made the explorer's browser tests fail under load.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        // The unit files first (a quick failure comes quickly), then the integration ones.
        test: { name: 'unit', include: UNIT_TESTS, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: UNIT_TESTS,
          sequence: { groupOrder: 1 },
          // One throwaway Neo4j for the whole run (see tests/support/global-setup.ts).
          globalSetup: ['tests/support/global-setup.ts'],
          // Integration files reset that database: run files one at a time.
          fileParallelism: false,
          // The first run on a machine fetches Neo4j with Maven.
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
