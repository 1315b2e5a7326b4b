/**
 * Bulk ingest of a corpus folder (JSON-lines files of dossiers, or .json dossier files): the
 * same validation (parseDossier), reference resolution (buildPlan) and MERGE Cypher as a single
 * dossier, but many dossiers per write transaction (writePlans: each step's rows of all the
 * dossiers in UNWIND batches of thousands of rows).
 *
 * Entity resolution in a batch: one graph lookup for the whole batch (the union of every
 * dossier's missing ids and name keys), then each dossier is planned in order against what the
 * graph knows plus what the earlier dossiers of the batch define — as if they had been written
 * one by one. Two dossiers that introduce the same new actor by name both get its slug id, and
 * MERGE puts them on one node.
 *
 * Restartable: batches are committed in corpus order and a checkpoint file records how many
 * dossiers are in the graph (written after each commit). A restarted load skips them; a batch
 * cut short by a crash is redone, which MERGE makes harmless.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { createHash } from 'node:crypto';
import { DossierError } from '../dossier/errors.js';
import { parseDossier } from '../dossier/validate.js';
import type { Dossier } from '../dossier/schema.js';
import { ConflictError, findKnownEntities, writePlans, type WriteOptions } from '../graph/dossiers.js';
import type { Graph } from '../graph/graph.js';
import { countArticles } from '../graph/admin.js';
import { buildPlan, missingReferences, type IngestPlan, type KnownEntity, type Lookups } from './plan.js';

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

interface Item {
  index: number;
  source: string;
  raw: string;
}

/** The corpus files in load order: .jsonl (one dossier a line) and .json (one dossier) files. */
export async function corpusFiles(dir: string): Promise<string[]> {
  if (!(await stat(dir)).isDirectory()) return [dir];
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((e) => /\.jsonl$/.test(e) || (/\.json$/.test(e) && path.basename(e) !== 'manifest.json' && !path.basename(e).startsWith('.')))
    .sort()
    .map((e) => path.join(dir, e));
}

/** Whether a folder is a bulk corpus (has .jsonl files). */
export async function isCorpus(dir: string): Promise<boolean> {
  return (await stat(dir)).isDirectory() && (await corpusFiles(dir)).some((f) => f.endsWith('.jsonl'));
}

async function* readItems(files: string[]): AsyncGenerator<Item> {
  let index = 0;
  for (const file of files) {
    if (file.endsWith('.jsonl')) {
      const lines = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
      let line = 0;
      for await (const raw of lines) {
        line += 1;
        if (raw.trim() === '') continue;
        yield { index: index++, source: `${file}:${line}`, raw };
      }
    } else {
      yield { index: index++, source: file, raw: await readFile(file, 'utf8') };
    }
  }
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

/** Known entities by id, their keys merged. */
class Pool {
  private readonly byId = new Map<string, KnownEntity>();
  private readonly byKey = new Map<string, Set<string>>();

  add(entity: KnownEntity): void {
    const had = this.byId.get(entity.id);
    const merged = had ? { ...had, keys: [...new Set([...had.keys, ...entity.keys])] } : entity;
    this.byId.set(entity.id, merged);
    for (const key of entity.keys) {
      const ids = this.byKey.get(key) ?? new Set();
      ids.add(entity.id);
      this.byKey.set(key, ids);
    }
  }

  /** What a dossier's lookups would have found (by id or by key). */
  select(lookups: Lookups): KnownEntity[] {
    const ids = new Set<string>();
    for (const id of lookups.ids) if (this.byId.has(id)) ids.add(id);
    for (const key of lookups.keys) for (const id of this.byKey.get(key) ?? []) ids.add(id);
    return [...ids].map((id) => this.byId.get(id)!);
  }

  /** The entities a written plan defines, as the graph would then know them. */
  addPlan(plan: IngestPlan): void {
    for (const a of plan.actors) this.add({ id: a.id as string, type: a.label as KnownEntity['type'], keys: a.nameKeys as string[] });
    for (const p of plan.places) this.add({ id: p.id as string, type: 'Place', keys: p.nameKeys as string[] });
    for (const t of plan.topics) this.add({ id: t.id as string, type: 'Topic', keys: t.nameKeys as string[] });
    for (const e of plan.events) this.add({ id: e.id as string, type: 'Event', keys: e.nameKeys as string[] });
    for (const c of plan.claims) this.add({ id: c.id as string, type: 'Claim', keys: c.nameKeys as string[] });
    for (const s of plan.statements) this.add({ id: s.id as string, type: 'Statement', keys: [] });
  }
}

interface Prepared {
  item: Item;
  dossier: Dossier;
  lookups: Lookups;
}

/** Validates a batch and plans every dossier of it (one graph lookup for all). */
async function planBatch(graph: Graph, items: Item[], refuse: (item: Item, error: Error) => void, onStep?: WriteOptions['onStep']): Promise<Array<{ item: Item; plan: IngestPlan }>> {
  let started = performance.now();
  const prepared: Prepared[] = [];
  for (const item of items) {
    try {
      const dossier = parseDossier(JSON.parse(item.raw));
      prepared.push({ item, dossier, lookups: missingReferences(dossier) });
    } catch (error) {
      if (!(error instanceof DossierError) && !(error instanceof SyntaxError)) throw error;
      refuse(item, error);
    }
  }
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const p of prepared) {
    for (const id of p.lookups.ids) ids.add(id);
    for (const key of p.lookups.keys) keys.add(key);
  }
  onStep?.('(validate)', items.length, performance.now() - started);
  started = performance.now();
  const pool = new Pool();
  for (const entity of await findKnownEntities(graph, { ids: [...ids], keys: [...keys] })) pool.add(entity);
  onStep?.('(lookup)', ids.size + keys.size, performance.now() - started);
  started = performance.now();

  const plans: Array<{ item: Item; plan: IngestPlan }> = [];
  const labels = new Map<string, string>();
  const articles = new Set<string>();
  for (const p of prepared) {
    try {
      const plan = buildPlan(p.dossier, pool.select(p.lookups));
      // What the graph's conflict check can't see: clashes between dossiers of this batch.
      const clashes = plan.actors.filter((a) => labels.has(a.id as string) && labels.get(a.id as string) !== a.label);
      if (clashes.length > 0) {
        throw new ConflictError(clashes.map((a) => ({ path: 'actors', message: `${a.id as string} is already a ${labels.get(a.id as string)} in this batch, not a ${a.label as string}` })));
      }
      if (articles.has(plan.articleId) || articles.has(plan.article.url as string)) {
        throw new ConflictError([{ path: 'article', message: `${plan.articleId} appears twice in the corpus` }]);
      }
      for (const a of plan.actors) labels.set(a.id as string, a.label as string);
      articles.add(plan.articleId).add(plan.article.url as string);
      pool.addPlan(plan);
      plans.push({ item: p.item, plan });
    } catch (error) {
      if (!(error instanceof DossierError) && !(error instanceof ConflictError)) throw error;
      refuse(p.item, error);
    }
  }
  onStep?.('(plan)', plans.length, performance.now() - started);
  return plans;
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
    let plans = await planBatch(graph, items, refuse, options.onStep);
    // A conflict with the graph refuses the dossiers concerned; the rest of the batch is written.
    for (;;) {
      try {
        await writePlans(graph, plans.map((p) => p.plan), { replace: options.replace, rowsPerQuery: options.rowsPerQuery ?? DEFAULT_ROWS_PER_QUERY, onStep: options.onStep });
        break;
      } catch (error) {
        if (!(error instanceof ConflictError) || error.articles.length === 0) throw error;
        const bad = new Set(error.articles);
        for (const p of plans) if (bad.has(p.plan.articleId)) refuse(p.item, new ConflictError(error.conflicts.filter((c) => c.message.startsWith(p.plan.articleId) || p.plan.actors.some((a) => c.message.startsWith(`${a.id as string} `)))));
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
