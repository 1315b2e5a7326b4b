/**
 * One call from settings to a ready graph: start the local Neo4j when NEO4J_URI is unset,
 * open the driver, wait until the server answers (with a deadline and a clear message), and
 * apply the schema. `close()` undoes all of it, in reverse. It lives in the graph layer because
 * it composes the two: src/neo4j (the server and the driver) below, the Graph and its schema here.
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { applySchema, migrateData } from './admin.js';
import { Graph } from './graph.js';
import type { Logger } from '../logger.js';
import { createDriver } from '../neo4j/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-server.js';
import { throttled } from '../throttled.js';

export interface Connection {
  driver: Driver;
  graph: Graph;
  uri: string;
  close(): Promise<void>;
}

export async function connect(settings: Config['neo4j'], log: Logger): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  let uri = settings.uri;
  if (!uri) {
    local = await startLocalNeo4j({ ...settings.local, timeoutMs: settings.local.startTimeoutMs, log });
    uri = local.uri;
  }
  const driver = createDriver(uri, settings);
  try {
    await waitForServer(driver, uri, settings.local.startTimeoutMs);
    const graph = new Graph(driver, { database: settings.database, txTimeoutMs: settings.txTimeoutMs });
    await applySchema(graph, {
      onProgress: throttled(10_000, (index: string, percent: number) =>
        log.info('waiting for an index to come online', { index, percent: Math.round(percent) }),
      ),
    });
    const migrated = await migrateData(graph);
    if (migrated > 0) log.info('statements given their page-order keys', { statements: migrated });
    log.info('neo4j ready', { uri, database: settings.database, local: Boolean(local), reused: local?.reused ?? false });
    return {
      driver,
      graph,
      uri,
      close: async () => {
        await driver.close();
        await local?.stop();
      },
    };
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
}

async function waitForServer(driver: Driver, uri: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(
          `Neo4j at ${uri} did not answer within ${Math.round(timeoutMs / 1000)} s: ${(error as Error).message}. Check NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
