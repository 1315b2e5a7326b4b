/**
 * Starts the test suite's own Neo4j: a throwaway instance with its own data folder
 * (.data/neo4j-test-<port>, emptied first) and port (NEO4J_TEST_BOLT_PORT, default 7688), so that
 * tests never touch a user's database. CLAIMGRAPH_TEST_NEO4J_URI points the tests at another
 * server instead — one whose database the tests may wipe.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
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
  // A run that was killed may have left its Neo4j running on this folder: stop it first.
  await stopLeftover(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  server = await startLocalNeo4j({
    dataDir,
    boltPort,
    log: createLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn'),
  });
  project.provide('neo4jUri', server.uri);
}

export async function stopLeftover(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'claimgraph-neo4j.pid');
  if (!existsSync(pidFile)) return;
  const { pid } = JSON.parse(readFileSync(pidFile, 'utf8')) as { pid: number };
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; alive() && waited < 30_000; waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
