/**
 * `npm run bench:ingest -- --size S[,M,L] [--seed N] [--batch N] [--rows N] [--port P] [--steps]`:
 * the bulk ingest rate. For each size: generate the corpus if it is not there yet
 * (.data/corpus/<size>-<seed>), start a throwaway Neo4j (temp data folder, its own port,
 * NEO4J_HEAP / NEO4J_PAGECACHE, default 4g / 4g here), apply the schema, load the corpus with
 * the bulk loader and print: size, statements, seconds, statements/s, nodes, relationships.
 * --steps also prints the time spent in each ingest step (summed over all transactions).
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
import { bulkIngest } from '../src/ingest/bulk.js';
import { createLogger } from '../src/logger.js';
import { createDriver } from '../src/neo4j/driver.js';
import { startLocalNeo4j } from '../src/neo4j/local-server.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
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
const rows: Array<Record<string, string | number>> = [];

for (const size of values.size!.toUpperCase().split(',') as SizeName[]) {
  const dir = path.join(ROOT, '.data', 'corpus', `${size}-${seed}`);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    process.stderr.write(`generating ${size}-${seed}…\n`);
    writeCorpus({ size, seed });
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bench-ingest-'));
  const server = await startLocalNeo4j({ dataDir, boltPort: Number(values.port), heap, pageCache, log: createLogger('warn') });
  const driver = createDriver(server.uri, { user: 'neo4j', password: 'neo4j' });
  const steps = new Map<string, { rows: number; ms: number }>();
  try {
    const graph = new Graph(driver, { database: 'neo4j', txTimeoutMs: 600_000 });
    await applySchema(graph);
    let last = 0;
    const result = await bulkIngest(graph, dir, {
      restart: true,
      checkpointFile: path.join(dataDir, 'checkpoint.json'),
      dossiersPerTx: values.batch ? Number(values.batch) : undefined,
      rowsPerQuery: values.rows ? Number(values.rows) : undefined,
      onProgress: (p) => {
        if (p.seconds - last < 10) return;
        last = p.seconds;
        process.stderr.write(`  ${size}: ${p.done}/${p.total ?? '?'} dossiers, ${Math.round(p.statements / p.seconds)} statements/s\n`);
      },
      onRefused: (source, error) => process.stderr.write(`refused ${source}: ${error.message}\n`),
      onStep: (file, n, ms) => {
        const s = steps.get(file) ?? { rows: 0, ms: 0 };
        steps.set(file, { rows: s.rows + n, ms: s.ms + ms });
      },
    });
    const counts = await countGraph(graph);
    rows.push({
      size,
      statements: result.statements,
      seconds: Number(result.seconds.toFixed(1)),
      'statements/s': Math.round(result.statementsPerSecond),
      nodes: counts.nodes,
      relationships: counts.relationships,
    });
    if (values.steps) {
      const total = [...steps.values()].reduce((t, s) => t + s.ms, 0);
      console.log(`\n${size}: time per ingest step (write transactions: ${(total / 1000).toFixed(1)} s of ${result.seconds.toFixed(1)} s)`);
      console.table([...steps].map(([file, s]) => ({ step: file, rows: s.rows, seconds: Number((s.ms / 1000).toFixed(2)), share: `${Math.round((100 * s.ms) / total)}%` })));
    }
  } finally {
    await driver.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
console.log(`\nbulk ingest (Neo4j heap ${heap}, page cache ${pageCache}; ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB)`);
console.table(rows);
