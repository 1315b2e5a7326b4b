/**
 * Starts the test suite's own Neo4j: a throwaway instance with its own data folder
 * (.data/neo4j-test-<port>, emptied first) and port (NEO4J_TEST_BOLT_PORT, default 7688), so that
 * tests never touch a user's database. CLAIMGRAPH_TEST_NEO4J_URI points the tests at another
 * server instead — one whose database the tests may wipe.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

let server: LocalNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  const external = process.env.CLAIMGRAPH_TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4jUri', external);
    return;
  }
  const boltPort = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);
  const dataDir = path.join(ROOT, '.data', `neo4j-test-${boltPort}`);
  rmSync(dataDir, { recursive: true, force: true });
  server = await startLocalNeo4j({
    dataDir,
    boltPort,
    log: createLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn'),
  });
  project.provide('neo4jUri', server.uri);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
