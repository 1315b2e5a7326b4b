/** `claimgraph db start|counts`: operate the database without serving the API. */
import { loadConfig } from '../config.js';
import { countGraph } from '../graph/admin.js';
import { log } from '../logger.js';
import { connect } from '../neo4j/connect.js';

export async function runDb([sub]: string[]): Promise<number> {
  const config = loadConfig();
  if (sub === 'start') {
    const connection = await connect(config.neo4j, log);
    log.info(`Neo4j is running at ${connection.uri}; Ctrl-C stops it`);
    const stop = async () => {
      await connection.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop());
    process.on('SIGTERM', () => void stop());
    return -1;
  }
  if (sub === 'counts') {
    const connection = await connect(config.neo4j, log);
    try {
      process.stdout.write(`${JSON.stringify(await countGraph(connection.graph))}\n`);
    } finally {
      await connection.close();
    }
    return 0;
  }
  process.stderr.write('usage: claimgraph db start|counts\n');
  return 1;
}
