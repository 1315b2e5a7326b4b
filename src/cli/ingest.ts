/**
 * `claimgraph ingest <files or folders…> [--replace] [--url U --published D --publisher P]`:
 * dossiers (.json) and articles (.txt, extracted on the way), each in its own transaction,
 * with progress and a summary of what was created, linked and refused. Re-running it
 * changes nothing: ingest is idempotent. Articles are extracted by the worker pool, a few
 * files ahead of the one being written, so that every core works.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { DossierError } from '../dossier/errors.js';
import { ConflictError } from '../graph/dossiers.js';
import type { Graph } from '../graph/graph.js';
import { ArticleTooLargeError, ExtractionPool, ExtractionTimeoutError, type Extraction } from '../extract/pool.js';
import { ingestExtraction } from '../ingest/article.js';
import { ingestDossier, type IngestResult } from '../ingest/ingest.js';
import { bulkIngest, DEFAULT_DOSSIERS_PER_TX, DEFAULT_ROWS_PER_QUERY, isCorpus, type BulkOptions, type BulkProgress } from '../ingest/bulk.js';
import { log } from '../logger.js';
import { connect } from '../graph/connect.js';

const USAGE = `usage: claimgraph ingest <files or folders...> [--replace] [--url U] [--published YYYY-MM-DD] [--publisher NAME]
       claimgraph ingest <corpus folder> [--bulk] [--batch N] [--rows N] [--restart] [--checkpoint FILE] [--stop-after N]
         A folder of .jsonl files (npm run gen) is loaded in bulk: N dossiers per transaction
         (default ${DEFAULT_DOSSIERS_PER_TX}), UNWIND batches of --rows rows (default ${DEFAULT_ROWS_PER_QUERY}), resumable from
         <folder>/.ingest-checkpoint.json (--restart ignores it; --stop-after N stops after N batches).
`;

/** The .json and .txt files named, folders searched recursively, in a stable order. */
export async function inputFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      const entries = await readdir(p, { recursive: true });
      files.push(
        ...entries
          .filter((e) => /\.(json|txt)$/.test(e))
          .sort()
          .map((e) => path.join(p, e)),
      );
    } else {
      files.push(p);
    }
  }
  return files;
}

interface Totals {
  ingested: number;
  refused: number;
  statements: number;
  actorsCreated: number;
  actorsLinked: number;
  review: number;
}

/** A file read, and for an article its extraction started (in the pool, while earlier files are written). */
interface Prepared {
  content: Promise<string>;
  extraction?: Promise<Extraction>;
}

function prepare(pool: ExtractionPool, file: string, options: Record<string, string | boolean | undefined>): Prepared {
  const content = readFile(file, 'utf8');
  if (!file.endsWith('.txt')) return { content };
  const extraction = content.then((text) =>
    pool.extract(text, {
      url: options.url as string | undefined,
      published: options.published as string | undefined,
      publisher: options.publisher as string | undefined,
    }),
  );
  // Awaited in turn by ingestFile; until then a failure must not count as unhandled.
  content.catch(() => undefined);
  extraction.catch(() => undefined);
  return { content, extraction };
}

async function ingestFile(graph: Graph, prepared: Prepared, options: Record<string, string | boolean | undefined>) {
  const replace = Boolean(options.replace);
  if (prepared.extraction) {
    const { result, report } = await ingestExtraction(graph, prepared.extraction, { replace });
    return { result, review: report.review.length };
  }
  return { result: await ingestDossier(graph, JSON.parse(await prepared.content), { replace }), review: 0 };
}

export async function runIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      replace: { type: 'boolean', default: false },
      url: { type: 'string' },
      published: { type: 'string' },
      publisher: { type: 'string' },
      bulk: { type: 'boolean', default: false },
      batch: { type: 'string' },
      rows: { type: 'string' },
      restart: { type: 'boolean', default: false },
      checkpoint: { type: 'string' },
      'stop-after': { type: 'string' },
    },
  });
  if (positionals.length === 0) {
    process.stderr.write(USAGE);
    return 1;
  }
  if (positionals.length === 1 && (values.bulk || (await isCorpus(positionals[0]!)))) {
    const positive = (name: string, v: string | undefined) => {
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer`);
      return n;
    };
    const connection = await connect(loadConfig().neo4j, log);
    try {
      return await runBulk(connection.graph, positionals[0]!, {
        replace: values.replace,
        dossiersPerTx: positive('batch', values.batch),
        rowsPerQuery: positive('rows', values.rows),
        restart: values.restart,
        checkpointFile: values.checkpoint,
        stopAfterBatches: positive('stop-after', values['stop-after']),
      });
    } finally {
      await connection.close();
    }
  }
  const files = await inputFiles(positionals);
  const config = loadConfig();
  const connection = await connect(config.neo4j, log);
  const pool = new ExtractionPool(config.extract);
  // Files read and extracting ahead of the one being written: two per worker keeps them all busy.
  const ahead = Math.max(1, config.extract.workers) * 2;
  const prepared = new Map<number, Prepared>();
  const totals: Totals = { ingested: 0, refused: 0, statements: 0, actorsCreated: 0, actorsLinked: 0, review: 0 };
  const started = Date.now();
  try {
    for (const [i, file] of files.entries()) {
      for (let j = i; j < Math.min(files.length, i + ahead); j++) if (!prepared.has(j)) prepared.set(j, prepare(pool, files[j]!, values));
      const progress = `[${i + 1}/${files.length}]`;
      try {
        const { result, review } = await ingestFile(connection.graph, prepared.get(i)!, values);
        add(totals, result, review);
        log.info(`${progress} ingested ${file}`, { ...result, review });
      } catch (error) {
        totals.refused += 1;
        const issues = error instanceof DossierError ? error.issues : error instanceof ConflictError ? error.conflicts : undefined;
        const limit = error instanceof ArticleTooLargeError || error instanceof ExtractionTimeoutError;
        if (!issues && !limit && !(error instanceof SyntaxError)) throw error;
        log.error(`${progress} refused ${file}: ${(error as Error).message}`, issues ? { issues } : {});
      } finally {
        prepared.delete(i);
      }
    }
  } finally {
    await pool.close();
    await connection.close();
  }
  const seconds = (Date.now() - started) / 1000;
  log.info('ingest finished', {
    files: files.length,
    ...totals,
    seconds: Math.round(seconds * 10) / 10,
    filesPerSecond: Math.round((files.length / seconds) * 10) / 10,
  });
  return totals.refused === 0 ? 0 : 1;
}

function add(totals: Totals, result: IngestResult, review: number): void {
  totals.ingested += 1;
  totals.statements += result.statements;
  totals.actorsCreated += result.actorsCreated;
  totals.actorsLinked += result.actorsLinked;
  totals.review += review;
}

/** A progress bar on a TTY, a line every 5 s otherwise; a summary at the end. Exit 1 if a dossier was refused. */
export async function runBulk(graph: Graph, dir: string, options: BulkOptions): Promise<number> {
  const tty = process.stderr.isTTY;
  let lastLine = 0;
  const show = (p: BulkProgress) => {
    const written = p.done - p.skipped;
    const rate = Math.round(p.statements / Math.max(p.seconds, 1e-3));
    const of = p.total ? `/${p.total}` : '';
    if (tty) {
      const width = 30;
      const filled = p.total ? Math.round((p.done / p.total) * width) : 0;
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}${of} dossiers, ${p.statements} statements, ${rate} statements/s  `,
      );
    } else if (p.seconds - lastLine >= 5 || (p.total !== undefined && p.done === p.total)) {
      lastLine = p.seconds;
      process.stderr.write(`ingest: ${p.done}${of} dossiers (${written} written, ${p.skipped} already in), ${p.statements} statements, ${rate} statements/s\n`);
    }
  };
  const result = await bulkIngest(graph, dir, {
    ...options,
    onProgress: show,
    onRefused: (source, error) => log.error(`refused ${source}: ${error.message}`),
  });
  if (tty) process.stderr.write('\n');
  log.info(result.complete ? 'bulk ingest finished' : 'bulk ingest stopped (run again to resume)', {
    dossiers: result.done,
    skipped: result.skipped,
    refused: result.refused,
    statements: result.statements,
    batches: result.batches,
    seconds: Math.round(result.seconds * 10) / 10,
    statementsPerSecond: Math.round(result.statementsPerSecond),
  });
  process.stderr.write(`${result.statements} statements in ${result.seconds.toFixed(1)} s: ${Math.round(result.statementsPerSecond)} statements/s\n`);
  return result.refused === 0 ? 0 : 1;
}
