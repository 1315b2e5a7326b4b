/**
 * Getting a corpus into the bench Neo4j.
 *
 *   seed   the seed article (data/seed), through the normal ingest
 *   dev    every curated dossier (data/seed + data/dev), through the normal ingest
 *   S|M|L  the synthetic corpus of `npm run gen` (.data/corpus/<size>-<seed>, generated when
 *          missing): into the bench's own local Neo4j with the offline import (neo4j-admin,
 *          before the Neo4j starts); into a NEO4J_URI server with the online bulk ingest.
 *
 * The folder of a local bench Neo4j remembers what it holds (corpus.json there), so a second
 * run with the same size starts at once.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../../src/config.js';
import { writeCorpus } from '../../src/gen/main.js';
import type { Graph } from '../../src/graph/graph.js';
import { bulkIngest, type BulkProgress } from '../../src/ingest/bulk.js';
import { ingestDossier } from '../../src/ingest/ingest.js';
import { importFilesDir, offlineImport, type OfflineImportResult } from '../../src/ingest/offline-import.js';
import type { Logger } from '../../src/logger.js';
import { throttled } from '../../src/throttled.js';

export const SIZES = ['S', 'M', 'L', 'dev', 'seed'] as const;
export type Size = (typeof SIZES)[number];
export type SyntheticSize = 'S' | 'M' | 'L';

export const isSynthetic = (size: Size): size is SyntheticSize => size === 'S' || size === 'M' || size === 'L';

export interface CorpusInfo {
  size: Size;
  seed: number;
  loadedBy: string;
  loadSeconds: number;
  /** Statements per second of the load, end to end. */
  statementsPerSecond?: number;
  loadedAt: string;
}

const MARKER = 'claimgraph-bench-corpus.json';

export function readMarker(dataDir: string | undefined): CorpusInfo | undefined {
  if (!dataDir) return undefined;
  const file = path.join(dataDir, MARKER);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CorpusInfo) : undefined;
}

export function writeMarker(dataDir: string, info: CorpusInfo): void {
  writeFileSync(path.join(dataDir, MARKER), JSON.stringify(info, null, 2));
}

/** .data/corpus/<size>-<seed>, generated unless it is already there. */
export function syntheticCorpus(size: SyntheticSize, seed: number, log: (line: string) => void): string {
  const dir = path.join(ROOT, '.data', 'corpus', `${size}-${seed}`);
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = existsSync(manifestFile)
    ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { size?: string; seed?: number; statements?: number })
    : undefined;
  if (manifest?.size === size && manifest.seed === seed) {
    log(`corpus ${size} seed ${seed} already generated in ${path.relative(ROOT, dir)} (${manifest.statements} statements)`);
  } else {
    log(`generating corpus ${size} seed ${seed} into ${path.relative(ROOT, dir)}`);
    const started = performance.now();
    const result = writeCorpus({ size, seed, out: dir });
    log(`  ${result.statements} statements in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return dir;
}

/** The offline import of a corpus into a stopped local Neo4j's data folder, with progress every 5 s. */
export async function importOffline(dataDir: string, corpus: string, heap: string, log: (line: string) => void, logger: Logger): Promise<OfflineImportResult> {
  return offlineImport({
    corpus,
    filesDir: importFilesDir(dataDir),
    home: dataDir,
    database: 'neo4j',
    heap,
    log: logger,
    onProgress: throttled(5000, (p: { dossiers: number; statements: number; seconds: number }) =>
      log(`  planned ${p.dossiers} dossiers, ${p.statements} statements (${Math.round(p.statements / p.seconds)}/s)`),
    ),
    onRefused: (source, error) => log(`  refused ${source}: ${error.message}`),
  });
}

/** A synthetic corpus into the (stopped) bench Neo4j's data folder, offline. */
export async function importSynthetic(
  dataDir: string,
  size: SyntheticSize,
  seed: number,
  heap: string,
  log: (line: string) => void,
  logger: Logger,
): Promise<CorpusInfo> {
  const result = await importOffline(dataDir, syntheticCorpus(size, seed, log), heap, log, logger);
  const seconds = result.planSeconds + result.importSeconds;
  log(
    `  offline import: ${result.statements} statements — planning ${result.planSeconds.toFixed(1)} s, neo4j-admin ${result.importSeconds.toFixed(1)} s (${Math.round(result.statements / seconds)} statements/s)`,
  );
  return {
    size,
    seed,
    loadedBy: 'claimgraph db import (offline)',
    loadSeconds: seconds,
    statementsPerSecond: result.statements / seconds,
    loadedAt: new Date().toISOString(),
  };
}

async function dossierFiles(dirs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const dir of dirs) {
    const entries = await readdir(dir, { recursive: true });
    files.push(
      ...entries
        .filter((e) => e.endsWith('.json'))
        .sort()
        .map((e) => path.join(dir, e)),
    );
  }
  return files;
}

/** Loads `size` into the (empty) graph through the online ingest paths. */
export async function loadOnline(graph: Graph, size: Size, seed: number, log: (line: string) => void): Promise<CorpusInfo> {
  const started = performance.now();
  let loadedBy: string;
  let statements = 0;
  if (isSynthetic(size)) {
    const result = await bulkIngest(graph, syntheticCorpus(size, seed, log), {
      restart: true,
      onProgress: throttled(5000, (p: BulkProgress) =>
        log(
          `  bulk ingest: ${p.done}/${p.total ?? '?'} dossiers, ${p.statements} statements, ${(p.statements / Math.max(p.seconds, 0.001)).toFixed(0)} statements/s`,
        ),
      ),
    });
    statements = result.statements;
    loadedBy = 'claimgraph ingest (online bulk)';
  } else {
    const dirs = size === 'seed' ? [path.join(ROOT, 'data', 'seed')] : [path.join(ROOT, 'data', 'seed'), path.join(ROOT, 'data', 'dev')];
    log(`loading ${size} dossiers from ${dirs.map((d) => path.relative(ROOT, d)).join(' + ')}`);
    for (const file of await dossierFiles(dirs)) statements += (await ingestDossier(graph, JSON.parse(await readFile(file, 'utf8')))).statements;
    loadedBy = 'ingestDossier';
  }
  const loadSeconds = (performance.now() - started) / 1000;
  return { size, seed, loadedBy, loadSeconds, statementsPerSecond: statements / loadSeconds, loadedAt: new Date().toISOString() };
}
