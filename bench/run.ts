/**
 * `npm run bench -- --size S|M|L|dev|seed [--quick] [--seed N] [--reload] [--requests N] [--seconds S]`
 *
 * Query benchmarks of claimgraph against the raw Cypher it sends and against @neo4j/graphql,
 * on one Neo4j with a corpus loaded. Without NEO4J_URI a throwaway local Neo4j is started in
 * .data/bench-<size> on its own Bolt port (BENCH_NEO4J_BOLT_PORT, default 7790 + n), with
 * NEO4J_HEAP / NEO4J_PAGECACHE (defaults per size in MEMORY below); a synthetic corpus is
 * loaded into it with the offline import before it starts. The corpus stays loaded between runs (--reload loads it anew).
 * With NEO4J_URI that server is used, and the corpus is loaded online only when it has no
 * statements.
 *
 * --quick: a handful of requests at concurrency 1 and 2. Quick results go to bench/results/tmp/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, ROOT } from '../src/config.js';
import { applySchema, wipeGraph } from '../src/graph/admin.js';
import { createLogger } from '../src/logger.js';
import { connect } from '../src/graph/connect.js';
import { importSynthetic, isSynthetic, loadOnline, readMarker, SIZES, writeMarker, type CorpusInfo, type Size } from './lib/corpus.js';
import { memorySummary, runSuite } from './lib/suite.js';

// Sized for a 24 GiB machine: the page cache holds the whole store (L: ~1 GiB of store files
// plus indexes), the heap the transaction state of 16 concurrent exploration queries.
const MEMORY: Record<Size, { heap: string; pageCache: string }> = {
  S: { heap: '2g', pageCache: '1g' },
  M: { heap: '4g', pageCache: '2g' },
  L: { heap: '6g', pageCache: '4g' },
  dev: { heap: '1g', pageCache: '512m' },
  seed: { heap: '1g', pageCache: '512m' },
};

const say = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      reload: { type: 'boolean', default: false },
      requests: { type: 'string' },
      seconds: { type: 'string' },
    },
  });
  const size = values.size as Size;
  if (!SIZES.includes(size)) {
    say(`--size must be one of ${SIZES.join(', ')}`);
    return 2;
  }
  const seed = Number(values.seed);
  const config = loadConfig();
  const external = Boolean(config.neo4j.uri);
  const dataDir = path.join(ROOT, '.data', `bench-${size}`);
  const heap = process.env.NEO4J_HEAP ?? MEMORY[size].heap;
  const pageCache = process.env.NEO4J_PAGECACHE ?? MEMORY[size].pageCache;
  if (!external && values.reload) rmSync(dataDir, { recursive: true, force: true });
  const settings = {
    ...config.neo4j,
    local: {
      ...config.neo4j.local,
      dataDir,
      boltPort: Number(process.env.BENCH_NEO4J_BOLT_PORT ?? 7790 + SIZES.indexOf(size)),
      heap,
      pageCache,
      startTimeoutMs: Math.max(config.neo4j.local.startTimeoutMs, 300_000),
    },
    txTimeoutMs: Math.max(config.neo4j.txTimeoutMs, 60_000),
  };
  say(
    external
      ? `using NEO4J_URI ${config.neo4j.uri}`
      : `bench Neo4j in ${path.relative(ROOT, dataDir)} on port ${settings.local.boltPort} (heap ${heap}, page cache ${pageCache})`,
  );
  const logger = createLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn');
  let corpus: CorpusInfo | undefined = external ? undefined : readMarker(dataDir);
  if (!external && isSynthetic(size) && corpus?.size !== size) {
    mkdirSync(dataDir, { recursive: true });
    corpus = await importSynthetic(dataDir, size, seed, heap, say, logger);
  }
  const connection = await connect(settings, logger);
  try {
    const [{ statements } = { statements: 0 }] = await connection.graph.read<{ statements: number }>('MATCH (s:Statement) RETURN count(s) AS statements');
    if (corpus && corpus.size === size && statements > 0) {
      say(`corpus ${size} loaded (${statements} statements, ${corpus.loadedBy}, ${corpus.loadedAt})`);
    } else if (external && statements > 0 && !values.reload) {
      say(`NEO4J_URI holds ${statements} statements: benchmarking them as they are`);
    } else {
      if (statements > 0) {
        say(`wiping ${statements} statements of an unfinished or different load`);
        await wipeGraph(connection.graph);
        await applySchema(connection.graph);
      }
      corpus = await loadOnline(connection.graph, size, seed, say);
      say(`loaded in ${corpus.loadSeconds.toFixed(1)} s`);
    }
    if (!external && corpus) writeMarker(dataDir, corpus);
    const [{ n = 0 } = {}] = await connection.graph.read<{ n: number }>('MATCH (s:Statement) RETURN count(s) AS n');
    const [{ a = 0 } = {}] = await connection.graph.read<{ a: number }>('MATCH (a:Actor) RETURN count(a) AS a');
    const [{ r = 0 } = {}] = await connection.graph.read<{ r: number }>('MATCH (a:Article) RETURN count(a) AS r');
    const counts = { statements: n, actors: a, articles: r };
    say(`graph: ${n} statements, ${a} actors, ${r} articles`);

    const { table, file, saved } = await runSuite({
      graph: connection.graph,
      driver: connection.driver,
      database: settings.database,
      neo4j: { uri: connection.uri, user: settings.user, password: settings.password, database: settings.database },
      size,
      quick: values.quick ?? false,
      corpus: { ...(corpus ?? { size, external }), counts },
      ...(external ? {} : { heapSetting: heap, pageCacheSetting: pageCache }),
      ...(values.requests ? { requests: Number(values.requests) } : {}),
      ...(values.seconds ? { maxSeconds: Number(values.seconds) } : {}),
      log: say,
    });
    console.log(`\n## claimgraph bench — size ${size}${values.quick ? ' (quick)' : ''}, ${n} statements\n`);
    console.log(table);
    console.log(`\n${memorySummary(saved)}`);
    const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
    console.log(
      `load average (1, 5, 15 min): ${load(saved.machine.loadAverageBefore)} before, ${load(saved.machine.loadAverageAfter)} after, on ${saved.machine.cpus} cores`,
    );
    console.log(`\nresults: ${path.relative(ROOT, file)}`);
    const failed = saved.rows.filter((r) => r.error && !r.na);
    if (failed.length > 0) {
      say(`${failed.length} measurements had errors`);
      return 1;
    }
    return 0;
  } finally {
    await connection.close();
  }
}

process.exitCode = await main();
