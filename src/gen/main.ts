/**
 * `npm run gen -- --size XS|S|M|L [--seed N] [--out DIR] [--statements N]`: writes a synthetic
 * corpus (see corpus.ts) as JSON-lines files of dossiers, `dossiers-00000.jsonl` …, 1000
 * dossiers each, plus `manifest.json` (size, seed, counts). Default folder:
 * `.data/corpus/<size>-<seed>/`. Same arguments, same bytes.
 *
 * JSON lines rather than one file per article: L is 100 000 articles, and a hundred part files
 * read sequentially line by line load faster (no per-file open/stat) and are easier to move
 * around than 100 000 small files; the bulk loader batches whole lines anyway.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../config.js';
import { generateCorpus, scaleFor, SIZES, type SizeName } from './corpus.js';

export const DOSSIERS_PER_FILE = 1000;

export interface GenResult {
  dir: string;
  files: number;
  dossiers: number;
  statements: number;
}

export function writeCorpus(options: { size: SizeName; seed: number; out?: string; statements?: number }): GenResult {
  const scale = scaleFor(options.size, options.statements);
  const dir = path.resolve(options.out ?? path.join(ROOT, '.data', 'corpus', `${options.size}-${options.seed}`));
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (/^dossiers-\d+\.jsonl$|^manifest\.json$/.test(f)) rmSync(path.join(dir, f));
  let part: string[] = [];
  let files = 0;
  let dossiers = 0;
  let statements = 0;
  const flush = () => {
    if (part.length === 0) return;
    writeFileSync(path.join(dir, `dossiers-${String(files).padStart(5, '0')}.jsonl`), part.join(''));
    files += 1;
    part = [];
  };
  for (const dossier of generateCorpus(scale, options.seed)) {
    part.push(`${JSON.stringify(dossier)}\n`);
    dossiers += 1;
    statements += dossier.statements.length;
    if (part.length === DOSSIERS_PER_FILE) flush();
  }
  flush();
  const manifest = { generator: 'claimgraph gen', size: options.size, seed: options.seed, scale, files, dossiers, statements };
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, files, dossiers, statements };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'S' }, seed: { type: 'string', default: '1' }, out: { type: 'string' }, statements: { type: 'string' } },
  });
  const size = values.size!.toUpperCase() as SizeName;
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed must be a non-negative integer');
  const started = Date.now();
  const result = writeCorpus({ size, seed, out: values.out, statements: values.statements ? Number(values.statements) : undefined });
  process.stderr.write(
    `${result.dossiers} dossiers, ${result.statements} statements in ${result.files} files → ${result.dir} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  });
}
