/**
 * Bulk ingest of a corpus folder (JSON-lines files of dossiers, or .json dossier files): the
 * same validation (parseDossier), reference resolution (buildPlan) and MERGE Cypher as a single
 * dossier, but many dossiers per write transaction (writePlans: each step's rows of all the
 * dossiers in UNWIND batches of thousands of rows).
 *
 * Entity resolution: one graph lookup per batch (corpus.ts#planBatch); two dossiers that
 * introduce the same new actor by name both get its slug id, and MERGE puts them on one node.
 *
 * Restartable: batches are committed in corpus order and a checkpoint file records how many
 * dossiers are in the graph (written after each commit). A restarted load skips them; a batch
 * cut short by a crash is redone, which MERGE makes harmless.
 */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { ConflictError, findKnownEntities, writePlans, type WriteOptions } from '../graph/dossiers.js';
import type { Graph } from '../graph/graph.js';
import { countArticles } from '../graph/admin.js';
import { corpusFiles, planBatch, readItems, type Item } from './corpus.js';

export { corpusFiles, isCorpus } from './corpus.js';

export const DEFAULT_DOSSIERS_PER_TX = 300;
export const DEFAULT_ROWS_PER_QUERY = 5000;

export interface BulkOptions {
  /** Dossiers per write transaction. */
  dossiersPerTx?: number;
  /** Rows per UNWIND query. */
  rowsPerQuery?: number;
  replace?: boolean;
  /** Checkpoint file; default `<dir>/.ingest-checkpoint.json`. */
  checkpointFile?: string;
  /** Ignore (and overwrite) an existing checkpoint. */
  restart?: boolean;
  /** Stop after this many batches have been committed in this run (to test resuming). */
  stopAfterBatches?: number;
  onProgress?: (p: BulkProgress) => void;
  onRefused?: (source: string, error: Error) => void;
  onStep?: WriteOptions['onStep'];
}

export interface BulkProgress {
  /** Dossiers in the graph (skipped by the checkpoint, written or refused), and in the corpus when known. */
  done: number;
  total?: number;
  statements: number;
  skipped: number;
  batches: number;
  seconds: number;
}

export interface BulkResult extends BulkProgress {
  refused: number;
  /** True when the corpus was loaded to its end (not stopped by stopAfterBatches). */
  complete: boolean;
  statementsPerSecond: number;
}

interface Checkpoint {
  corpus: string;
  done: number;
}

/** The corpus's identity: its files, sizes and modification times. */
async function fingerprint(files: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const f of files) {
    const s = await stat(f);
    hash.update(`${path.basename(f)}|${s.size}|${s.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

async function readCheckpoint(file: string): Promise<Checkpoint | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Checkpoint;
  } catch {
    return undefined;
  }
}

async function writeCheckpoint(file: string, checkpoint: Checkpoint): Promise<void> {
  const tmp = `${file}.tmp.${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(checkpoint)}\n`);
  await rename(tmp, file);
}

export async function bulkIngest(graph: Graph, dir: string, options: BulkOptions = {}): Promise<BulkResult> {
  const perTx = options.dossiersPerTx ?? DEFAULT_DOSSIERS_PER_TX;
  const files = await corpusFiles(dir);
  const corpus = await fingerprint(files);
  const checkpointFile = options.checkpointFile ?? path.join((await stat(dir)).isDirectory() ? dir : path.dirname(dir), '.ingest-checkpoint.json');
  let total: number | undefined;
  try {
    total = (JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { dossiers?: number }).dossiers;
  } catch {
    total = undefined;
  }
  if (options.restart) await rm(checkpointFile, { force: true });
  const saved = await readCheckpoint(checkpointFile);
  let resumeAt = saved && saved.corpus === corpus ? saved.done : 0;
  // A checkpoint for a database that has since been emptied (or another one) counts for nothing.
  if (resumeAt > 0 && (await countArticles(graph)) === 0) resumeAt = 0;

  const started = performance.now();
  const progress: BulkProgress = { done: 0, total, statements: 0, skipped: 0, batches: 0, seconds: 0 };
  let refused = 0;
  const refuse = (item: Item, error: Error) => {
    refused += 1;
    options.onRefused?.(item.source, error);
  };
  const report = () => {
    progress.seconds = (performance.now() - started) / 1000;
    options.onProgress?.({ ...progress });
  };

  let batch: Item[] = [];
  let complete = true;
  const flush = async (): Promise<boolean> => {
    if (batch.length === 0) return true;
    const items = batch;
    batch = [];
    let plans = await planBatch(items, { lookup: (lookups) => findKnownEntities(graph, lookups), refuse, onStep: options.onStep });
    // A conflict with the graph refuses the dossiers concerned; the rest of the batch is written.
    for (;;) {
      try {
        await writePlans(
          graph,
          plans.map((p) => p.plan),
          { replace: options.replace, rowsPerQuery: options.rowsPerQuery ?? DEFAULT_ROWS_PER_QUERY, onStep: options.onStep },
        );
        break;
      } catch (error) {
        if (!(error instanceof ConflictError) || error.articles.length === 0) throw error;
        const bad = new Set(error.articles);
        for (const p of plans)
          if (bad.has(p.plan.articleId))
            refuse(
              p.item,
              new ConflictError(
                error.conflicts.filter((c) => c.message.startsWith(p.plan.articleId) || p.plan.actors.some((a) => c.message.startsWith(`${a.id} `))),
              ),
            );
        plans = plans.filter((p) => !bad.has(p.plan.articleId));
      }
    }
    progress.done = items[items.length - 1]!.index + 1;
    progress.statements += plans.reduce((n, p) => n + p.plan.statements.length, 0);
    progress.batches += 1;
    await writeCheckpoint(checkpointFile, { corpus, done: progress.done });
    report();
    return !(options.stopAfterBatches !== undefined && progress.batches >= options.stopAfterBatches);
  };

  for await (const item of readItems(files)) {
    if (item.index < resumeAt) {
      progress.skipped += 1;
      progress.done = item.index + 1;
      continue;
    }
    batch.push(item);
    if (batch.length >= perTx && !(await flush())) {
      complete = false;
      break;
    }
  }
  if (complete) await flush();
  if (progress.batches === 0) report();
  const seconds = (performance.now() - started) / 1000;
  return { ...progress, seconds, refused, complete, statementsPerSecond: progress.statements / Math.max(seconds, 1e-9) };
}
