/**
 * `claimgraph ingest <files or folders…> [--replace] [--url U --published D --publisher P]`:
 * dossiers (.json) and articles (.txt, extracted on the way), each in its own transaction,
 * with progress and a summary of what was created, linked and refused. Re-running it
 * changes nothing: ingest is idempotent.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { DossierError } from '../dossier/errors.js';
import { ConflictError } from '../graph/dossiers.js';
import type { Graph } from '../graph/graph.js';
import { ingestArticle } from '../ingest/article.js';
import { ingestDossier, type IngestResult } from '../ingest/ingest.js';
import { log } from '../logger.js';
import { connect } from '../neo4j/connect.js';

const USAGE = 'usage: claimgraph ingest <files or folders...> [--replace] [--url U] [--published YYYY-MM-DD] [--publisher NAME]\n';

/** The .json and .txt files named, folders searched recursively, in a stable order. */
export async function inputFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      const entries = await readdir(p, { recursive: true });
      files.push(...entries.filter((e) => /\.(json|txt)$/.test(e)).sort().map((e) => path.join(p, e)));
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

async function ingestFile(graph: Graph, file: string, options: Record<string, string | boolean | undefined>) {
  const content = await readFile(file, 'utf8');
  const replace = Boolean(options.replace);
  if (file.endsWith('.txt')) {
    const { result, report } = await ingestArticle(graph, content, {
      replace,
      url: options.url as string | undefined,
      published: options.published as string | undefined,
      publisher: options.publisher as string | undefined,
    });
    return { result, review: report.review.length };
  }
  return { result: await ingestDossier(graph, JSON.parse(content), { replace }), review: 0 };
}

export async function runIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { replace: { type: 'boolean', default: false }, url: { type: 'string' }, published: { type: 'string' }, publisher: { type: 'string' } },
  });
  if (positionals.length === 0) {
    process.stderr.write(USAGE);
    return 1;
  }
  const files = await inputFiles(positionals);
  const connection = await connect(loadConfig().neo4j, log);
  const totals: Totals = { ingested: 0, refused: 0, statements: 0, actorsCreated: 0, actorsLinked: 0, review: 0 };
  const started = Date.now();
  try {
    for (const [i, file] of files.entries()) {
      const progress = `[${i + 1}/${files.length}]`;
      try {
        const { result, review } = await ingestFile(connection.graph, file, values);
        add(totals, result, review);
        log.info(`${progress} ingested ${file}`, { ...result, review });
      } catch (error) {
        totals.refused += 1;
        const issues = error instanceof DossierError ? error.issues : error instanceof ConflictError ? error.conflicts : undefined;
        if (!issues && !(error instanceof SyntaxError)) throw error;
        log.error(`${progress} refused ${file}: ${(error as Error).message}`, issues ? { issues } : {});
      }
    }
  } finally {
    await connection.close();
  }
  const seconds = (Date.now() - started) / 1000;
  log.info('ingest finished', { files: files.length, ...totals, seconds: Math.round(seconds * 10) / 10, filesPerSecond: Math.round((files.length / seconds) * 10) / 10 });
  return totals.refused === 0 ? 0 : 1;
}

function add(totals: Totals, result: IngestResult, review: number): void {
  totals.ingested += 1;
  totals.statements += result.statements;
  totals.actorsCreated += result.actorsCreated;
  totals.actorsLinked += result.actorsLinked;
  totals.review += review;
}
