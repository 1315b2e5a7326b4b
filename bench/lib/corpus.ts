/**
 * Getting a corpus into the bench Neo4j.
 *
 *   seed   the seed article (data/seed), through the normal ingest
 *   dev    every curated dossier (data/seed + data/dev), through the normal ingest
 *   S|M|L  the synthetic corpus of `npm run gen` (src/gen/main.ts#writeCorpus, into
 *          .data/corpus/<size>-<seed>, reused when already there), bulk-loaded with
 *          src/ingest/bulk.ts#bulkIngest — both imported at run time, so that the bench says
 *          clearly when they are missing instead of failing to compile.
 *
 * The folder of a local bench Neo4j remembers what it holds (corpus.json there), so a second
 * run with the same size starts at once.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { ingestDossier } from '../../src/ingest/ingest.js';

export const SIZES = ['S', 'M', 'L', 'dev', 'seed'] as const;
export type Size = (typeof SIZES)[number];

const GEN_DIR = path.join(ROOT, 'src', 'gen');
type AnyFn = (...args: unknown[]) => unknown;
type Module = Record<string, unknown>;

async function importExport(file: string, name: string): Promise<AnyFn | undefined> {
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as Module;
  return typeof module[name] === 'function' ? (module[name] as AnyFn) : undefined;
}

/**
 * The generator and the bulk loader, when they are there: `writeCorpus({size, seed})` of
 * src/gen/main.ts (`npm run gen`, writes .data/corpus/<size>-<seed>/) and
 * `bulkIngest(graph, dir, options)` of src/ingest/bulk.ts. `reason` says what is missing.
 */
export async function findGenerator(): Promise<{ ok: true; writeCorpus: AnyFn; bulkIngest: AnyFn } | { ok: false; reason: string }> {
  if (!existsSync(GEN_DIR)) return { ok: false, reason: 'src/gen does not exist yet (the corpus generator has not landed)' };
  const writeCorpus = await importExport(path.join(GEN_DIR, 'main.ts'), 'writeCorpus');
  if (!writeCorpus) return { ok: false, reason: 'src/gen/main.ts has no writeCorpus export yet (the corpus generator has not landed)' };
  const bulkIngest = await importExport(path.join(ROOT, 'src', 'ingest', 'bulk.ts'), 'bulkIngest');
  if (!bulkIngest) return { ok: false, reason: 'src/ingest/bulk.ts has no bulkIngest export yet (bulk ingest has not landed)' };
  return { ok: true, writeCorpus, bulkIngest };
}

async function dossierFiles(dirs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const dir of dirs) {
    const entries = await readdir(dir, { recursive: true });
    files.push(...entries.filter((e) => e.endsWith('.json')).sort().map((e) => path.join(dir, e)));
  }
  return files;
}

async function ingestFiles(graph: Graph, files: string[], log: (line: string) => void): Promise<number> {
  let statements = 0;
  for (const [i, file] of files.entries()) {
    const result = await ingestDossier(graph, JSON.parse(await readFile(file, 'utf8')));
    statements += result.statements ?? 0;
    if ((i + 1) % 100 === 0 || i + 1 === files.length) log(`  ingested ${i + 1}/${files.length} dossiers`);
  }
  return statements;
}

/** Generates (or reuses) .data/corpus/<size>-<seed> and bulk-loads it. */
async function loadSynthetic(graph: Graph, size: 'S' | 'M' | 'L', seed: number, log: (line: string) => void): Promise<string> {
  const gen = await findGenerator();
  if (!gen.ok) throw new Error(`--size ${size} needs the corpus generator: ${gen.reason}. Use --size dev (the curated dossiers) or --quick (the seed) meanwhile.`);
  const dir = path.join(ROOT, '.data', 'corpus', `${size}-${seed}`);
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { size?: string; seed?: number; statements?: number }) : undefined;
  if (manifest?.size === size && manifest.seed === seed) {
    log(`corpus ${size} seed ${seed} already generated in ${path.relative(ROOT, dir)} (${manifest.statements} statements)`);
  } else {
    log(`generating corpus ${size} seed ${seed} into ${path.relative(ROOT, dir)}`);
    const started = performance.now();
    const result = (await gen.writeCorpus({ size, seed, out: dir })) as { statements: number };
    log(`  ${result.statements} statements in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  let lastLog = 0;
  await gen.bulkIngest(graph, dir, {
    onProgress: (p: { done: number; total?: number; statements: number; seconds: number }) => {
      if (performance.now() - lastLog < 5000) return;
      lastLog = performance.now();
      log(`  bulk ingest: ${p.done}/${p.total ?? '?'} dossiers, ${p.statements} statements, ${(p.statements / Math.max(p.seconds, 0.001)).toFixed(0)} statements/s`);
    },
  });
  return 'src/gen/main.ts#writeCorpus + src/ingest/bulk.ts#bulkIngest';
}

export interface CorpusInfo {
  size: Size;
  seed: number;
  loadedBy: string;
  loadSeconds: number;
  loadedAt: string;
}

const MARKER = 'claimgraph-bench-corpus.json';

export function readMarker(dataDir: string | undefined): CorpusInfo | undefined {
  if (!dataDir) return undefined;
  const file = path.join(dataDir, MARKER);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CorpusInfo) : undefined;
}

/** Loads `size` into the (empty) graph and records it in `dataDir` when there is one. */
export async function loadCorpus(graph: Graph, size: Size, seed: number, dataDir: string | undefined, log: (line: string) => void): Promise<CorpusInfo> {
  const started = performance.now();
  let loadedBy: string;
  if (size === 'seed' || size === 'dev') {
    const dirs = size === 'seed' ? [path.join(ROOT, 'data', 'seed')] : [path.join(ROOT, 'data', 'seed'), path.join(ROOT, 'data', 'dev')];
    log(`loading ${size} dossiers from ${dirs.map((d) => path.relative(ROOT, d)).join(' + ')}`);
    await ingestFiles(graph, await dossierFiles(dirs), log);
    loadedBy = 'ingestDossier';
  } else {
    loadedBy = await loadSynthetic(graph, size, seed, log);
  }
  const info: CorpusInfo = { size, seed, loadedBy, loadSeconds: (performance.now() - started) / 1000, loadedAt: new Date().toISOString() };
  if (dataDir) writeFileSync(path.join(dataDir, MARKER), JSON.stringify(info, null, 2));
  return info;
}
