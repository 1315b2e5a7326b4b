/**
 * `claimgraph extract FILE [--url U] [--published YYYY-MM-DD] [--publisher NAME] [--json]`:
 * the dossier extracted from an article (a .txt in any common encoding, or a saved .html
 * page), as JSON on stdout; a one-line summary and the items worth a reviewer's look on stderr
 * (one JSON line with --json).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { DossierError } from '../dossier/errors.js';
import { ExtractionPool } from '../extract/pool.js';
import { usageError } from './help.js';
import { readInput, type ReadInput, UnsupportedFileError } from './inputs.js';

const parseOptions = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: { url: { type: 'string' }, published: { type: 'string' }, publisher: { type: 'string' }, json: { type: 'boolean', default: false } },
  });

export async function runExtract(args: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    return usageError('extract', (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usageError('extract', positionals.length === 0 ? 'name the article file' : 'name one article file');
  const file = positionals[0]!;
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.test(values.published)) {
    process.stderr.write(`--published must be a date (YYYY-MM-DD) or an ISO date-time, not "${values.published}"\n`);
    return 1;
  }
  if (values.url !== undefined && !URL.canParse(values.url)) {
    process.stderr.write(`--url must be a URL, not "${values.url}"\n`);
    return 1;
  }
  let input: ReadInput;
  try {
    input = await readInput(file, { url: values.url, published: values.published, publisher: values.publisher });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : error instanceof UnsupportedFileError
            ? error.message.slice(file.length + 2)
            : (error as Error).message;
    process.stderr.write(`cannot read ${file}: ${why}\n`);
    return 1;
  }
  if (input.kind === 'dossier') {
    process.stderr.write(`cannot extract ${file}: it is a dossier already (JSON); \`claimgraph ingest\` takes it as it is\n`);
    return 1;
  }
  let result: Awaited<ReturnType<ExtractionPool['extract']>>;
  // One worker: the same size and time limits as the server's (CLAIMGRAPH_MAX_ARTICLE_BYTES, CLAIMGRAPH_EXTRACT_TIMEOUT_MS).
  const pool = new ExtractionPool({ ...loadConfig().extract, workers: 1 });
  try {
    result = await pool.extract(input.text, input.options);
  } catch (error) {
    const issues = error instanceof DossierError ? error.issues.map((i) => i.message).join('; ') : undefined;
    process.stderr.write(`cannot extract ${file}: ${issues ?? (error as Error).message}\n`);
    return 1;
  } finally {
    await pool.close();
  }
  const { dossier, report } = result;
  process.stdout.write(`${JSON.stringify(dossier, null, 2)}\n`);
  if (values.json) {
    process.stderr.write(`${JSON.stringify({ file, format: input.kind === 'page' ? 'html' : 'text', encoding: input.encoding, ...report })}\n`);
    return 0;
  }
  process.stderr.write(
    `${file}: ${report.statements} statements (${report.directQuotes} direct quotes), ${report.actors} actors, ${report.review.length} to review\n`,
  );
  for (const item of report.review) {
    process.stderr.write(`  review ${item.path} (confidence ${item.confidence}): ${item.reason}\n`);
  }
  return 0;
}
