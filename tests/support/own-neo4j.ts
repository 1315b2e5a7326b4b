/**
 * A Neo4j of a test's own, for tests that stop or kill it: its own port and data folder
 * (.data/neo4j-fault-<port>), and a Graph on it whose driver gives up quickly when it is down.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../src/config.js';
import { Graph } from '../../src/graph/graph.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-server.js';
import { stopLeftover } from './global-setup.js';
import { quietLog } from './graph.js';
import { suiteNeo4jUri } from './neo4j-uri.js';

/** The driver settings fault tests use (also passed to the server): fail within ~3 s. */
export const FAST_FAIL = { connectTimeoutMs: 1_000, retryTimeMs: 2_000 };

export function ownDataDir(boltPort: number): string {
  return path.join(ROOT, '.data', `neo4j-fault-${boltPort}`);
}

/** Starts Neo4j on `boltPort`; `fresh` empties its data folder first (else it restarts on the data it has). */
export async function startOwnNeo4j(boltPort: number, { fresh }: { fresh: boolean }): Promise<LocalNeo4j> {
  suiteNeo4jUri(); // Java belongs to the integration project: fail loudly in `unit`.
  const dataDir = ownDataDir(boltPort);
  if (fresh) {
    await stopLeftover(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return startLocalNeo4j({ dataDir, boltPort, log: quietLog, heap: '512m', pageCache: '128m' });
}

export function graphOn(uri: string) {
  const driver = createDriver(uri, { user: 'neo4j', password: 'neo4j', ...FAST_FAIL });
  return { driver, graph: new Graph(driver, { database: 'neo4j', txTimeoutMs: 120_000 }), close: () => driver.close() };
}
