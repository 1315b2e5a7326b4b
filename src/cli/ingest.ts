/** `claimgraph ingest FILE… [--replace]`: validate and ingest dossiers, one transaction each. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { DossierError } from '../dossier/errors.js';
import { ConflictError } from '../graph/dossiers.js';
import { ingestDossier } from '../ingest/ingest.js';
import { log } from '../logger.js';
import { connect } from '../neo4j/connect.js';

export async function runIngest(args: string[]): Promise<number> {
  const { values, positionals: files } = parseArgs({ args, allowPositionals: true, options: { replace: { type: 'boolean', default: false } } });
  if (files.length === 0) {
    process.stderr.write('usage: claimgraph ingest FILE... [--replace]\n');
    return 1;
  }
  const connection = await connect(loadConfig().neo4j, log);
  let failed = 0;
  try {
    for (const [i, file] of files.entries()) {
      try {
        const dossier: unknown = JSON.parse(await readFile(file, 'utf8'));
        const result = await ingestDossier(connection.graph, dossier, { replace: values.replace });
        log.info(`[${i + 1}/${files.length}] ingested ${file}`, { ...result });
      } catch (error) {
        failed += 1;
        const issues = error instanceof DossierError ? error.issues : error instanceof ConflictError ? error.conflicts : undefined;
        log.error(`[${i + 1}/${files.length}] refused ${file}: ${(error as Error).message}`, issues ? { issues } : {});
      }
    }
  } finally {
    await connection.close();
  }
  return failed === 0 ? 0 : 1;
}
