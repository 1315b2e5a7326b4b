/** The table, the machine and versions, and the JSON file under bench/results/. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ROOT } from '../../src/config.js';
import type { BenchRun, ResultRow } from './bench.js';

const PACKAGES = ['graphql', 'graphql-yoga', '@pothos/core', 'neo4j-driver', '@neo4j/graphql', 'autocannon'];

export function packageVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of PACKAGES) {
    try {
      out[name] = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      out[name] = 'missing';
    }
  }
  return out;
}

export interface Neo4jMemory {
  heapUsedBytes?: number;
  heapCommittedBytes?: number;
  heapMaxBytes?: number;
}

export interface Neo4jInfo {
  version: string;
  edition: string;
  /** Settings the bench started Neo4j with (unknown for a NEO4J_URI server). */
  heapSetting?: string;
  pageCacheSetting?: string;
  memory?: Neo4jMemory;
}

/** Version and edition, and the JVM heap as JMX reports it (when the server allows). */
export async function neo4jInfo(driver: Driver, database: string): Promise<Omit<Neo4jInfo, 'heapSetting' | 'pageCacheSetting'>> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const [component] = (await session.run('CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition')).records;
    return {
      version: String(component?.get('version') ?? 'unknown'),
      edition: String(component?.get('edition') ?? 'unknown'),
      memory: await neo4jMemory(driver, database),
    };
  } finally {
    await session.close();
  }
}

export async function neo4jMemory(driver: Driver, database: string): Promise<Neo4jMemory | undefined> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.run("CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap");
    const heap = result.records[0]?.get('heap') as Record<string, unknown> | undefined;
    if (!heap) return undefined;
    const n = (x: unknown) => (x == null ? undefined : Number(x));
    return { heapUsedBytes: n(heap.used), heapCommittedBytes: n(heap.committed), heapMaxBytes: n(heap.max) };
  } catch {
    return undefined;
  } finally {
    await session.close();
  }
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryBytes: os.totalmem(),
    node: process.version,
    packages: packageVersions(),
  };
}

const num = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits));
const ratioCell = (r: number | undefined) => (r === undefined || Number.isNaN(r) ? '' : `${r.toFixed(2)}×`);

/** The markdown table; ratios are claimgraph's p50 latency over the other system's (>1: slower). */
export function renderTable(rows: ResultRow[]): string {
  const notes = new Map<string, number>();
  const note = (text: string) => {
    if (!notes.has(text)) notes.set(text, notes.size + 1);
    return notes.get(text)!;
  };
  const lines = [
    '| query | system | concurrency | req/s | p50 | p95 | p99 (ms) | ratio claimgraph/raw | ratio claimgraph/@neo4j/graphql |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const m = r.measurement;
    let cells: string[];
    if (r.na) cells = [`n/a [${note(r.na)}]`, '', '', ''];
    else if (!m) cells = [`error [${note(r.error ?? 'no answer')}]`, '', '', ''];
    else cells = [num(m.rps), num(m.p50), num(m.p95), num(m.p99)];
    const errorMark = m && r.error ? ` (error [${note(r.error)}])` : '';
    lines.push(
      `| ${r.query} | ${r.system}${errorMark} | ${r.concurrency} | ${cells.join(' | ')} | ${ratioCell(r.vsRaw?.p50)} | ${ratioCell(r.vsNeo4jGraphql?.p50)} |`,
    );
  }
  const legend = [
    '',
    'Ratios: claimgraph p50 latency ÷ the other system\'s p50 at the same concurrency (1.00× = as fast; >1 slower). "raw" replays the exact Cypher claimgraph sent for the request through neo4j-driver, its queries one after the other, each in its own read transaction.',
    ...[...notes].map(([text, i]) => `[${i}] ${text}`),
  ];
  return [...lines, ...legend].join('\n');
}

export interface SavedResult {
  size: string;
  quick: boolean;
  startedAt: string;
  finishedAt: string;
  corpus: unknown;
  /** With the 1, 5 and 15-minute load averages before and after the run. */
  machine: ReturnType<typeof machineInfo> & { loadAverageBefore: number[]; loadAverageAfter: number[] };
  neo4j: Neo4jInfo & { memoryAfterPeak?: Neo4jMemory };
  server: { peakRssBytes: number; note: string };
  settings: { concurrencies: number[]; requests: Record<number, number>; maxSeconds: number };
  picks: BenchRun['picks'];
  cases: BenchRun['cases'];
  rows: ResultRow[];
  table: string;
}

/** Writes bench/results/<size>-<timestamp>.json (or under `dir`); returns the path. */
export function saveResult(result: SavedResult, dir = path.join(ROOT, 'bench', 'results')): string {
  mkdirSync(dir, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  const file = path.join(dir, `${result.size}-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
