/**
 * Serving the API: connect to Neo4j (starting the local one when NEO4J_URI is unset), load
 * the seed into an empty graph, listen on HOST:PORT, and on SIGINT/SIGTERM stop accepting
 * requests, close the driver and stop the local Neo4j.
 */
import { checkAuthBinding } from '../auth/binding.js';
import type { Config } from '../config.js';
import { ExtractionPool } from '../extract/pool.js';
import { seedIfEmpty } from '../ingest/seed.js';
import type { Logger } from '../logger.js';
import { connect } from '../graph/connect.js';
import { createHttpServer } from './edge.js';
import { createClaimgraphYoga } from './yoga.js';

export async function serve(config: Config, log: Logger): Promise<void> {
  // Before anything starts: an open API on a reachable address is refused outright.
  checkAuthBinding(config, log);
  const connection = await connect(config.neo4j, log);
  try {
    if (config.seedDir) await seedIfEmpty(connection.graph, config.seedDir, log);
  } catch (error) {
    await connection.close();
    throw error;
  }
  // Articles are extracted in worker threads: a long one never holds up other requests.
  const extractor = new ExtractionPool(config.extract);
  const yoga = createClaimgraphYoga({
    graph: connection.graph,
    log,
    maxPageSize: config.maxPageSize,
    limits: config.limits,
    http: config.http,
    auth: config.auth,
    rateLimit: config.rateLimit,
    extractor,
  });
  const server = createHttpServer(yoga);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await extractor.close();
    await connection.close();
    log.info('stopped');
    process.exit(0);
  };
  // `on`, not `once`: a Ctrl-C reaches us twice (from the terminal and relayed by npm/tsx), and
  // a second signal with no listener would kill the process mid-shutdown.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.server.port, config.server.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  log.info(`claimgraph API on http://${config.server.host === '0.0.0.0' ? 'localhost' : config.server.host}:${port}/graphql`, { neo4j: connection.uri });
}
