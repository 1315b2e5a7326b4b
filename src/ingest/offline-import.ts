/**
 * The offline bulk path: a whole corpus into an EMPTY, STOPPED local database at store-file
 * speed. The dossiers go through the same validation and planning as online ingest
 * (corpus.ts#planBatch) — every reference resolved against the corpus itself, as an empty graph
 * loaded dossier by dossier would resolve it — then become CSV files (import-files.ts) that
 * `neo4j-admin database import full` writes as the database (admin-import.ts). Constraints and
 * indexes are created afterwards, on the next start.
 *
 * Not restartable and not incremental (the importer replaces the database): for adding to a
 * graph that exists, or for a server of your own, use the online bulk ingest (bulk.ts), or
 * run your own neo4j-admin on the files of `claimgraph db import --files-only`.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { adminImport } from '../neo4j/admin-import.js';
import type { Logger } from '../logger.js';
import { corpusFiles, newScope, planBatch, readItems, type Item } from './corpus.js';
import { EntityDirectory } from './plan.js';
import { ARRAY_DELIMITER, ImportFiles, type ImportFileSet } from './import-files.js';

const DOSSIERS_PER_BATCH = 1000;

export interface OfflineImportOptions {
  corpus: string;
  /** Where the CSV files go (kept after a files-only run, removed after an import). */
  filesDir: string;
  /** The local Neo4j's data folder; unset: only write the files. */
  home?: string;
  database: string;
  heap: string;
  log: Logger;
  onProgress?: (p: { dossiers: number; statements: number; seconds: number }) => void;
  onRefused?: (source: string, error: Error) => void;
  onImporterOutput?: (line: string) => void;
}

export interface OfflineImportResult {
  dossiers: number;
  refused: number;
  statements: number;
  nodes: number;
  relationships: number;
  /** Planning and writing the files. */
  planSeconds: number;
  /** neo4j-admin's import (0 for files only). */
  importSeconds: number;
  statementsPerSecond: number;
  files: ImportFileSet;
}

export async function offlineImport(options: OfflineImportOptions): Promise<OfflineImportResult> {
  const started = performance.now();
  const known = new EntityDirectory();
  const scope = newScope();
  const files = new ImportFiles(options.filesDir);
  let dossiers = 0;
  let refused = 0;
  let statements = 0;
  const refuse = (item: Item, error: Error) => {
    refused += 1;
    options.onRefused?.(item.source, error);
  };
  const flush = async (batch: Item[]) => {
    const plans = await planBatch(batch, { known, refuse, scope });
    for (const { plan } of plans) {
      files.add(plan);
      statements += plan.statements.length;
    }
    dossiers += batch.length;
    options.onProgress?.({ dossiers, statements, seconds: (performance.now() - started) / 1000 });
  };
  const batch: Item[] = [];
  for await (const item of readItems(await corpusFiles(options.corpus))) {
    batch.push(item);
    if (batch.length >= DOSSIERS_PER_BATCH) await flush(batch.splice(0));
  }
  await flush(batch);
  const set = files.close();
  const planSeconds = (performance.now() - started) / 1000;

  let importSeconds = 0;
  if (options.home) {
    const importStarted = performance.now();
    options.log.info('neo4j-admin database import', { home: options.home, nodes: set.counts.nodes, relationships: set.counts.relationships });
    await adminImport({
      home: options.home,
      database: options.database,
      nodes: set.nodes,
      relationships: set.relationships,
      arrayDelimiter: ARRAY_DELIMITER,
      heap: options.heap,
      log: options.log,
      onOutput: options.onImporterOutput,
    });
    importSeconds = (performance.now() - importStarted) / 1000;
    rmSync(options.filesDir, { recursive: true, force: true });
  }
  return {
    dossiers,
    refused,
    statements,
    nodes: set.counts.nodes,
    relationships: set.counts.relationships,
    planSeconds,
    importSeconds,
    statementsPerSecond: statements / Math.max(planSeconds + importSeconds, 1e-9),
    files: set,
  };
}

/** The default files folder for a data folder. */
export const importFilesDir = (home: string) => path.join(home, 'import');
