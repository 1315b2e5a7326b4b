/**
 * `npm run bench:ingest -- --size S[,M,L] [--path online|offline|both] [--seed N] [--batch N] [--rows N] [--port P] [--steps]`:
 * bulk load rates. For each size: generate the corpus if it is not there yet
 * (.data/corpus/<size>-<seed>), and load it into a throwaway Neo4j (temp data folder, its own
 * port, NEO4J_HEAP / NEO4J_PAGECACHE, default 4g / 4g here)
 *   online:  schema first, then the bulk loader (`claimgraph ingest <corpus>`), MERGE in
 *            UNWIND batches;
 *   offline: the offline import (`claimgraph db import`): planning + CSV, neo4j-admin, then
 *            the first start building constraints and indexes.
 * Prints one row per size and path: statements, seconds (and their split), statements/s,
 * nodes, relationships. --steps also prints the time of each online ingest step.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../src/config.js';
import { writeCorpus } from '../src/gen/main.js';
import type { SizeName } from '../src/gen/corpus.js';
import { applySchema, countGraph } from '../src/graph/admin.js';
import { Graph } from '../src/graph/graph.js';
import { bulkIngest, type BulkProgress } from '../src/ingest/bulk.js';
import { createLogger } from '../src/logger.js';
import { createDriver } from '../src/neo4j/driver.js';
import { startLocalNeo4j } from '../src/neo4j/local-server.js';
import { throttled } from '../src/throttled.js';
import { importOffline } from './lib/corpus.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    path: { type: 'string', default: 'both' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string' },
    rows: { type: 'string' },
    port: { type: 'string', default: '7720' },
    steps: { type: 'boolean', default: false },
  },
});
const heap = process.env.NEO4J_HEAP ?? '4g';
const pageCache = process.env.NEO4J_PAGECACHE ?? '4g';
const seed = Number(values.seed);
const log = createLogger('warn');
const paths = values.path === 'both' ? ['online', 'offline'] : [values.path!];
if (!paths.every((p) => p === 'online' || p === 'offline')) throw new Error('--path must be online, offline or both');
const rows: Array<Record<string, string | number>> = [];
const seconds = (ms: number) => Number((ms / 1000).toFixed(1));

/** A Neo4j on `dataDir` (started here) with a Graph, for `work`; stopped afterwards. */
async function withNeo4j<T>(dataDir: string, work: (graph: Graph) => Promise<T>): Promise<T> {
  const server = await startLocalNeo4j({ dataDir, boltPort: Number(values.port), heap, pageCache, log });
  const driver = createDriver(server.uri, { user: 'neo4j', password: 'neo4j' });
  try {
    return await work(new Graph(driver, { database: 'neo4j', txTimeoutMs: 600_000 }));
  } finally {
    await driver.close();
    await server.stop();
  }
}

async function online(size: string, corpus: string, dataDir: string): Promise<void> {
  const steps = new Map<string, { rows: number; ms: number }>();
  await withNeo4j(dataDir, async (graph) => {
    await applySchema(graph);
    const result = await bulkIngest(graph, corpus, {
      restart: true,
      checkpointFile: path.join(dataDir, 'checkpoint.json'),
      dossiersPerTx: values.batch ? Number(values.batch) : undefined,
      rowsPerQuery: values.rows ? Number(values.rows) : undefined,
      onProgress: throttled(10_000, (p: BulkProgress) =>
        process.stderr.write(`  ${size} online: ${p.done}/${p.total ?? '?'} dossiers, ${Math.round(p.statements / p.seconds)} statements/s\n`),
      ),
      onRefused: (source, error) => process.stderr.write(`refused ${source}: ${error.message}\n`),
      onStep: (file, n, ms) => {
        const s = steps.get(file) ?? { rows: 0, ms: 0 };
        steps.set(file, { rows: s.rows + n, ms: s.ms + ms });
      },
    });
    const counts = await countGraph(graph);
    rows.push({
      size,
      path: 'online',
      statements: result.statements,
      seconds: seconds(result.seconds * 1000),
      split: 'MERGE batches',
      'statements/s': Math.round(result.statementsPerSecond),
      ...counts,
    });
    if (values.steps) {
      const total = [...steps.values()].reduce((t, s) => t + s.ms, 0);
      console.log(`\n${size}: time per ingest step (write transactions: ${(total / 1000).toFixed(1)} s of ${result.seconds.toFixed(1)} s)`);
      console.table(
        [...steps].map(([file, s]) => ({ step: file, rows: s.rows, seconds: Number((s.ms / 1000).toFixed(2)), share: `${Math.round((100 * s.ms) / total)}%` })),
      );
    }
  });
}

async function offline(size: string, corpus: string, dataDir: string): Promise<void> {
  const result = await importOffline(dataDir, corpus, heap, (line) => process.stderr.write(`${size} offline:${line}\n`), log);
  const started = performance.now();
  const counts = await withNeo4j(dataDir, async (graph) => {
    await applySchema(graph, { timeoutMs: 3_600_000 });
    return countGraph(graph);
  });
  const indexMs = performance.now() - started;
  const total = result.planSeconds + result.importSeconds + indexMs / 1000;
  rows.push({
    size,
    path: 'offline',
    statements: result.statements,
    seconds: seconds(total * 1000),
    split: `plan ${result.planSeconds.toFixed(1)} + neo4j-admin ${result.importSeconds.toFixed(1)} + start/indexes ${(indexMs / 1000).toFixed(1)}`,
    'statements/s': Math.round(result.statements / total),
    ...counts,
  });
}

for (const size of values.size!.toUpperCase().split(',') as SizeName[]) {
  const corpus = path.join(ROOT, '.data', 'corpus', `${size}-${seed}`);
  if (!existsSync(path.join(corpus, 'manifest.json'))) {
    process.stderr.write(`generating ${size}-${seed}…\n`);
    writeCorpus({ size, seed });
  }
  for (const p of paths) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bench-ingest-'));
    try {
      await (p === 'online' ? online : offline)(size, corpus, dataDir);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}
console.log(`\nbulk load (Neo4j heap ${heap}, page cache ${pageCache}; ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB)`);
console.table(rows);
