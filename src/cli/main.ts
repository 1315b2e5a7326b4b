/**
 * The command line (help.ts holds every command's help: `claimgraph help [command]`,
 * `claimgraph <command> --help`):
 *   claimgraph serve                       serve the API (the default of `npm start`)
 *   claimgraph ingest PATH… [--replace]    ingest dossiers (.json), articles (.txt) and pages (.html), files or folders
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
import { asksForHelp, helpText, isCommand, overviewText } from './help.js';
import { runIngest } from './ingest.js';
import { runKeys } from './keys.js';
import { runSchema } from './schema.js';
import { serve } from '../server/serve.js';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    const about = rest[0];
    if (about === undefined) process.stdout.write(overviewText());
    else if (isCommand(about)) process.stdout.write(helpText(about));
    else {
      process.stderr.write(`Unknown command "${about}".\n${overviewText()}`);
      return 1;
    }
    return 0;
  }
  if (isCommand(command) && asksForHelp(rest)) {
    process.stdout.write(helpText(command));
    return 0;
  }
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
      process.stdout.write(overviewText());
      return 1;
    default:
      process.stderr.write(`Unknown command "${command}".\n${overviewText()}`);
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
