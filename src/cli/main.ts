/**
 * The command line:
 *   claimgraph serve                       serve the API (the default of `npm start`)
 *   claimgraph ingest PATH… [--replace]    ingest dossiers (.json) and articles (.txt), files or folders
 *   claimgraph extract FILE [--url …]      print the dossier extracted from an article
 *   claimgraph eval                        score extraction against the gold articles
 *   claimgraph schema [--check]            print the GraphQL schema to schema/schema.graphql
 *   claimgraph db start                    run the local Neo4j in the foreground
 *   claimgraph db counts                   count nodes and relationships
 *   claimgraph db import CORPUS            offline bulk load (neo4j-admin) into the local Neo4j
 *   claimgraph keys create|list|revoke     manage API keys
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { log } from '../logger.js';
import { runDb } from './db.js';
import { runEval } from './eval.js';
import { runExtract } from './extract.js';
import { runIngest } from './ingest.js';
import { runKeys } from './keys.js';
import { runSchema } from './schema.js';
import { serve } from '../server/serve.js';

const USAGE = `usage: claimgraph <command>

  serve                       serve the GraphQL API (loads the seed into an empty graph)
  ingest PATH... [--replace]  ingest dossiers (.json) and articles (.txt); folders are searched
  extract FILE [--url U] [--published YYYY-MM-DD] [--publisher NAME]
                              print the dossier extracted from an article (JSON on stdout)
  eval [--verbose]            score extraction against the gold articles (exit 1 below target or not measured)
  schema [--check]            write schema/schema.graphql (--check: fail if it is stale)
  db start                    run the local Neo4j until Ctrl-C
  db counts                   count nodes and relationships
  db import CORPUS [--overwrite] [--files-only DIR]
                              offline bulk load of a corpus into the stopped local Neo4j
  keys create --role reader|editor|admin [--name NAME]
                              create an API key and print its secret (shown only this once)
  keys list                   list API keys (id, role, name, created, revoked)
  keys revoke ID              revoke an API key

Environment: see README.md (NEO4J_URI, PORT, ...).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      await serve(loadConfig(), log);
      return -1; // keeps running until a signal
    case 'ingest':
      return runIngest(rest);
    case 'extract':
      return runExtract(rest);
    case 'eval':
      return runEval(rest);
    case 'schema':
      return runSchema(parseArgs({ args: rest, options: { check: { type: 'boolean', default: false } } }).values.check ?? false);
    case 'db':
      return runDb(rest);
    case 'keys':
      return runKeys(rest);
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    log.error((error as Error).message);
    process.exit(1);
  },
);
