/** One benchmark run end to end on a ready graph: measure, print the table, save the JSON. */
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { runBench, type BenchRun } from './bench.js';
import type { Neo4jTarget } from './server-process.js';
import { machineInfo, neo4jInfo, neo4jMemory, renderTable, saveResult, type SavedResult } from './report.js';

export interface SuiteOptions {
  graph: Graph;
  driver: Driver;
  database: string;
  /** Where the GraphQL servers under test connect (the Neo4j of graph/driver). */
  neo4j: Neo4jTarget;
  size: string;
  quick: boolean;
  corpus: unknown;
  heapSetting?: string;
  pageCacheSetting?: string;
  /** Requests per measurement (default: quick 5; else 100 at concurrency 1, 400 at 16). */
  requests?: number;
  maxSeconds?: number;
  /** Where the JSON goes (default bench/results, quick runs bench/results/tmp). */
  outDir?: string;
  log?: (line: string) => void;
}

export async function runSuite(options: SuiteOptions): Promise<{ run: BenchRun; table: string; file: string; saved: SavedResult }> {
  const startedAt = new Date().toISOString();
  // The load before the run says whether the machine was quiet (the run itself loads it).
  const loadBefore = os.loadavg();
  const concurrencies = options.quick ? [1, 2] : [1, 16];
  const requests = (c: number) => options.requests ?? (options.quick ? 5 : c === 1 ? 100 : 400);
  const maxSeconds = options.maxSeconds ?? (options.quick ? 10 : 20);
  const info = await neo4jInfo(options.driver, options.database);
  const run = await runBench({
    graph: options.graph,
    driver: options.driver,
    database: options.database,
    neo4j: options.neo4j,
    concurrencies,
    requests,
    maxSeconds,
    log: options.log,
  });
  const memoryAfterPeak = await neo4jMemory(options.driver, options.database);
  const table = renderTable(run.rows);
  const saved: SavedResult = {
    size: options.size,
    quick: options.quick,
    startedAt,
    finishedAt: new Date().toISOString(),
    corpus: options.corpus,
    machine: { ...machineInfo(), loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg() },
    neo4j: {
      ...info,
      ...(options.heapSetting ? { heapSetting: options.heapSetting } : {}),
      ...(options.pageCacheSetting ? { pageCacheSetting: options.pageCacheSetting } : {}),
      ...(memoryAfterPeak ? { memoryAfterPeak } : {}),
    },
    server: {
      peakRssBytes: run.peakRssBytes,
      note: `peak RSS of the claimgraph server process (claimgraph serve) during the concurrency-${Math.max(...concurrencies)} runs, sampled every 50 ms`,
    },
    settings: { concurrencies, requests: Object.fromEntries(concurrencies.map((c) => [c, requests(c)])), maxSeconds },
    picks: run.picks,
    cases: run.cases,
    rows: run.rows,
    table,
  };
  const outDir = options.outDir ?? path.join(ROOT, 'bench', 'results', ...(options.quick ? ['tmp'] : []));
  const file = saveResult(saved, outDir);
  return { run, table, file, saved };
}

export function memorySummary(saved: SavedResult): string {
  const mib = (n: number | undefined) => (n === undefined ? '?' : `${Math.round(n / 1024 / 1024)} MiB`);
  const heap = saved.neo4j.memoryAfterPeak ?? saved.neo4j.memory;
  return [
    `server RSS peak (concurrency ${Math.max(...saved.settings.concurrencies)}): ${mib(saved.server.peakRssBytes)}`,
    `Neo4j ${saved.neo4j.version} ${saved.neo4j.edition}: heap setting ${saved.neo4j.heapSetting ?? 'unknown (NEO4J_URI)'}, page cache setting ${saved.neo4j.pageCacheSetting ?? 'unknown (NEO4J_URI)'}; JVM heap used ${mib(heap?.heapUsedBytes)} of ${mib(heap?.heapCommittedBytes)} committed (max ${mib(heap?.heapMaxBytes)})`,
  ].join('\n');
}
