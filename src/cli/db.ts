/** `claimgraph db start|counts|import`: operate the database without serving the API. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../config.js';
import { countGraph } from '../graph/admin.js';
import { importFilesDir, offlineImport } from '../ingest/offline-import.js';
import { log } from '../logger.js';
import { connect } from '../graph/connect.js';
import { localNeo4jRunning } from '../neo4j/local-server.js';
import { throttled } from '../throttled.js';
import { usageText } from './help.js';

const USAGE = usageText('db');

export async function runDb([sub, ...rest]: string[]): Promise<number> {
  const config = loadConfig();
  if (sub === 'import') return runImport(config, rest);
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
  process.stderr.write(USAGE);
  return 1;
}

async function runImport(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { overwrite: { type: 'boolean', default: false }, 'files-only': { type: 'string' } },
  });
  const [corpus] = positionals;
  if (!corpus || positionals.length > 1) {
    process.stderr.write(USAGE);
    return 1;
  }
  const filesOnly = values['files-only'];
  const home = config.neo4j.local.dataDir;
  if (!filesOnly) {
    const refusal = config.neo4j.uri
      ? `NEO4J_URI is set: the offline import writes the managed local Neo4j's files. For your own server, write the files with --files-only DIR and run its neo4j-admin database import full on them.`
      : localNeo4jRunning(home)
        ? `the local Neo4j on ${home} is running; stop it (and the server using it) first.`
        : existsSync(path.join(home, 'data', 'databases', config.neo4j.database)) && !values.overwrite
          ? `${home} already holds a database; --overwrite replaces it.`
          : undefined;
    if (refusal) {
      log.error(`db import: ${refusal}`);
      return 1;
    }
  }
  const result = await offlineImport({
    corpus,
    filesDir: filesOnly ? path.resolve(filesOnly) : importFilesDir(home),
    home: filesOnly ? undefined : home,
    database: config.neo4j.database,
    heap: config.neo4j.local.heap,
    log,
    onProgress: throttled(5000, (p) => log.info(`planned ${p.dossiers} dossiers, ${p.statements} statements (${Math.round(p.statements / p.seconds)}/s)`)),
    onRefused: (source, error) => log.error(`refused ${source}: ${error.message}`),
    onImporterOutput: (line) => {
      if (/^(\(\d\/\d\)|IMPORT|Imported|\s+\d+ (nodes|relationships))/.test(line)) log.info(`neo4j-admin: ${line.trim()}`);
    },
  });
  const summary = {
    dossiers: result.dossiers,
    refused: result.refused,
    statements: result.statements,
    nodes: result.nodes,
    relationships: result.relationships,
    planSeconds: round(result.planSeconds),
    importSeconds: round(result.importSeconds),
  };
  if (filesOnly) {
    log.info(`CSV files written to ${result.files.dir}`, summary);
    return result.refused === 0 ? 0 : 1;
  }
  // The first start creates the constraints and indexes over the imported graph, and waits for them.
  const indexStarted = performance.now();
  const connection = await connect(config.neo4j, log);
  await connection.close();
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  const total = result.planSeconds + result.importSeconds + indexSeconds;
  log.info('db import finished', { ...summary, indexSeconds: round(indexSeconds), statementsPerSecond: Math.round(result.statements / total) });
  return result.refused === 0 ? 0 : 1;
}

const round = (seconds: number) => Math.round(seconds * 10) / 10;
