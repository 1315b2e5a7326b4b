/**
 * `claimgraph ingest <files or folders…> [--replace] [--url U --published D --publisher P]`:
 * dossiers (.json), articles (.txt in any common encoding) and saved pages (.html), extracted
 * on the way, each in its own transaction, with progress and a summary of what was created,
 * linked and refused (readable on a terminal, JSON lines otherwise or with --json). Names
 * resolve against the graph as each file is written, so a folder whose files name each other
 * may resolve a little differently on its second run (a name a later file made ambiguous);
 * after that, re-running changes nothing. Articles are extracted by the
 * worker pool, a few files ahead of the one being written, so that every core works.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { DossierError } from '../dossier/errors.js';
import { ConflictError } from '../graph/dossiers.js';
import type { Graph } from '../graph/graph.js';
import { ArticleTooLargeError, ExtractionPool, ExtractionTimeoutError, type Extraction } from '../extract/pool.js';
import { ingestExtraction } from '../ingest/article.js';
import { ingestDossier, type IngestResult } from '../ingest/ingest.js';
import { bulkIngest, isCorpus, type BulkOptions, type BulkProgress } from '../ingest/bulk.js';
import { log } from '../logger.js';
import { connect } from '../graph/connect.js';
import { UndecodableTextError } from '../extract/input/encoding.js';
import { usageError } from './help.js';
import { inputFiles, readInput, type ReadInput, UnsupportedFileError } from './inputs.js';
import { type Output, output, plural } from './output.js';

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
  input: Promise<ReadInput>;
  extraction?: Promise<Extraction>;
}

function prepare(pool: ExtractionPool, file: string, options: Record<string, string | boolean | undefined>): Prepared {
  const input = readInput(file, {
    url: options.url as string | undefined,
    published: options.published as string | undefined,
    publisher: options.publisher as string | undefined,
  });
  const extraction = input.then((read) => (read.kind === 'dossier' ? undefined : pool.extract(read.text, read.options)));
  // Awaited in turn by ingestFile; until then a failure must not count as unhandled.
  input.catch(() => undefined);
  extraction.catch(() => undefined);
  return { input, extraction: extraction as Promise<Extraction> };
}

async function ingestFile(graph: Graph, prepared: Prepared, options: Record<string, string | boolean | undefined>) {
  const replace = Boolean(options.replace);
  const read = await prepared.input;
  if (read.kind !== 'dossier') {
    const { result, report } = await ingestExtraction(graph, prepared.extraction!, { replace });
    return { result, review: report.review.length };
  }
  return { result: await ingestDossier(graph, read.dossier, { replace }), review: 0 };
}

/** Errors that refuse one file (the others go on); anything else stops the command. */
const refusesOneFile = (error: unknown) =>
  error instanceof DossierError ||
  error instanceof ConflictError ||
  error instanceof ArticleTooLargeError ||
  error instanceof ExtractionTimeoutError ||
  error instanceof SyntaxError ||
  error instanceof UndecodableTextError ||
  error instanceof UnsupportedFileError;

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
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) return usageError('ingest', 'name at least one file or folder');
  const out = output(values.json);
  if (positionals.length === 1 && (values.bulk || (await isCorpus(positionals[0]!)))) {
    const positive = (name: string, v: string | undefined) => {
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer`);
      return n;
    };
    const connection = await connect(loadConfig().neo4j, log);
    try {
      return await runBulk(connection.graph, positionals[0]!, out, {
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
  let listed: Awaited<ReturnType<typeof inputFiles>>;
  try {
    listed = await inputFiles(positionals);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof UnsupportedFileError) && code !== 'ENOENT') throw error;
    const why = code === 'ENOENT' ? `no such file or folder: ${(error as NodeJS.ErrnoException).path}` : (error as Error).message;
    out.error('ingest refused', { reason: why }, why);
    return 1;
  }
  const { files, skipped } = listed;
  if (skipped.length > 0) {
    out.warn(
      'skipped files of unsupported types',
      { skipped },
      `skipped ${plural(skipped.length, 'file')} of unsupported types: ${skipped.slice(0, 10).join(', ')}${skipped.length > 10 ? ', …' : ''}`,
    );
  }
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
        out.info(
          `${progress} ingested ${file}`,
          { ...result, review },
          `${progress} ${file}: ${plural(result.statements, 'statement')}, ${result.actorsCreated} actors new, ${result.actorsLinked} linked${review ? `, ${review} to review` : ''}`,
        );
      } catch (error) {
        totals.refused += 1;
        if (!refusesOneFile(error)) throw error;
        const issues = error instanceof DossierError ? error.issues : error instanceof ConflictError ? error.conflicts : undefined;
        const message = (error as Error).message;
        out.error(
          `${progress} refused ${file}: ${message}`,
          issues ? { issues } : {},
          `${progress} refused ${file}: ${issues ? issues.map((x) => `\n    ${'path' in x ? x.path : ''}: ${x.message}`).join('') : message}`,
        );
      } finally {
        prepared.delete(i);
      }
    }
  } finally {
    await pool.close();
    await connection.close();
  }
  const seconds = (Date.now() - started) / 1000;
  out.info(
    'ingest finished',
    {
      files: files.length,
      ...totals,
      seconds: Math.round(seconds * 10) / 10,
      filesPerSecond: Math.round((files.length / seconds) * 10) / 10,
    },
    `${plural(totals.ingested, 'file')} ingested, ${totals.refused} refused in ${seconds.toFixed(1)} s: ${plural(totals.statements, 'statement')}, ` +
      `${totals.actorsCreated} actors new, ${totals.actorsLinked} linked, ${totals.review} items to review`,
  );
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
export async function runBulk(graph: Graph, dir: string, out: Output, options: BulkOptions): Promise<number> {
  const tty = out.human;
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
    onRefused: (source, error) => out.error(`refused ${source}: ${error.message}`, {}),
  });
  if (tty) process.stderr.write('\n');
  out.info(result.complete ? 'bulk ingest finished' : 'bulk ingest stopped (run again to resume)', {
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
