/**
 * `claimgraph extract ARTICLE.txt [--url U] [--published YYYY-MM-DD] [--publisher NAME]`:
 * the dossier extracted from an article, as JSON on stdout; a one-line summary and the
 * statements worth a reviewer's look on stderr.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ExtractionPool } from '../extract/pool.js';

const USAGE = 'usage: claimgraph extract ARTICLE.txt [--url URL] [--published YYYY-MM-DD] [--publisher NAME]';

const parseOptions = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: { url: { type: 'string' }, published: { type: 'string' }, publisher: { type: 'string' } },
  });

export async function runExtract(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  const file = positionals[0]!;
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.test(values.published)) {
    process.stderr.write(`--published must be a date (YYYY-MM-DD) or an ISO date-time, not "${values.published}"\n`);
    return 1;
  }
  if (values.url !== undefined && !URL.canParse(values.url)) {
    process.stderr.write(`--url must be a URL, not "${values.url}"\n`);
    return 1;
  }
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    process.stderr.write(`cannot read ${file}: ${why}\n`);
    return 1;
  }
  let result: Awaited<ReturnType<ExtractionPool['extract']>>;
  // One worker: the same size and time limits as the server's (CLAIMGRAPH_MAX_ARTICLE_BYTES, CLAIMGRAPH_EXTRACT_TIMEOUT_MS).
  const pool = new ExtractionPool({ ...loadConfig().extract, workers: 1 });
  try {
    result = await pool.extract(raw, { url: values.url, published: values.published, publisher: values.publisher });
  } catch (error) {
    process.stderr.write(`cannot extract ${file}: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await pool.close();
  }
  const { dossier, report } = result;
  process.stdout.write(`${JSON.stringify(dossier, null, 2)}\n`);
  process.stderr.write(
    `${file}: ${report.statements} statements (${report.directQuotes} direct quotes), ${report.actors} actors, ${report.review.length} to review\n`,
  );
  for (const item of report.review) {
    process.stderr.write(`  review ${item.path} (confidence ${item.confidence}): ${item.reason}\n`);
  }
  return 0;
}
