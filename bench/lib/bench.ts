/**
 * The benchmark itself, independent of how the Neo4j was started: pick arguments from the
 * graph, start claimgraph and @neo4j/graphql on free ports, capture the Cypher claimgraph
 * sends for each request, then measure the three systems at each concurrency.
 */
import type { Driver } from 'neo4j-driver';
import type { Graph, Row } from '../../src/graph/graph.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createClaimgraphYoga } from '../../src/server/yoga.js';
import { graphqlOnce, loadCypher, loadGraphQL, withRssPeak, type CapturedQuery, type LoadOptions, type Measurement } from './load.js';
import { benchCases, pickArguments, type BenchCase, type GraphQLRequest, type Picks } from './queries.js';
import { startClaimgraphProcess, startNeo4jGraphqlProcess, type Neo4jTarget, type ServerProcess } from './server-process.js';

export const SYSTEMS = ['claimgraph', 'raw', '@neo4j/graphql'] as const;
export type System = (typeof SYSTEMS)[number];

export interface ResultRow {
  query: string;
  system: System;
  concurrency: number;
  /** Absent when the system can't express the query (`na` says why) or failed to answer. */
  measurement?: Measurement;
  na?: string;
  /** Set when the system did not answer the query correctly (the check before measuring). */
  error?: string;
  /** Cypher round-trips of one claimgraph request (raw rows: the queries replayed). */
  roundTrips?: number;
  /** claimgraph rows: latency ratios (>1: claimgraph is slower) and throughput ratio. */
  vsRaw?: Ratios;
  vsNeo4jGraphql?: Ratios;
}

export interface Ratios {
  p50: number;
  p95: number;
  p99: number;
  /** other req/s ÷ claimgraph req/s. */
  throughput: number;
}

export interface BenchOptions {
  /** For picking arguments, capturing claimgraph's Cypher and replaying it raw. */
  graph: Graph;
  driver: Driver;
  database: string;
  /** Where the two GraphQL servers (child processes) connect. */
  neo4j: Neo4jTarget;
  concurrencies: number[];
  /** Requests per measurement, per concurrency. */
  requests: (concurrency: number) => number;
  /** Upper bound of one measurement, seconds. */
  maxSeconds: number;
  /** Progress lines (stderr by default). */
  log?: (line: string) => void;
}

export interface BenchRun {
  picks: Picks;
  cases: Array<{ name: string; claimgraph: GraphQLRequest; neo4jGraphql: GraphQLRequest | { na: string }; cypher: CapturedQuery[] }>;
  rows: ResultRow[];
  /** Peak RSS of the claimgraph server process during the highest-concurrency runs. */
  peakRssBytes: number;
  neo4jGraphqlError?: string;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
function ratios(cg: Measurement, other: Measurement): Ratios {
  return { p50: ratio(cg.p50, other.p50), p95: ratio(cg.p95, other.p95), p99: ratio(cg.p99, other.p99), throughput: ratio(other.rps, cg.rps) };
}

/** Runs each case once through yoga.fetch with an observed graph: the exact Cypher it sends. */
async function captureCypher(graph: Graph, request: GraphQLRequest): Promise<CapturedQuery[]> {
  const sent: CapturedQuery[] = [];
  const yoga = createClaimgraphYoga({
    graph: graph.observed((query, params: Row) => sent.push({ query, params })),
    log: createLogger('silent'),
    maxPageSize: 100,
  });
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return sent;
}

export async function runBench(options: BenchOptions): Promise<BenchRun> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const picks = await pickArguments(options.graph);
  log(
    `arguments: top speaker ${picks.speakers[0]!.id} (${picks.speakers[0]!.statements} statements), busiest topic ${picks.topics[0]!.id}; ${picks.speakers.length} actors x ${picks.topics.length} topics; dates ${picks.firstDate} .. ${picks.lastDate}`,
  );
  const cases: BenchCase[] = benchCases(picks);

  // The servers run as users run them, each in a process of its own (the load generator and the
  // raw replay stay in this one); request logs off, as they would go to a pipe nobody reads.
  const claimgraph = await startClaimgraphProcess(options.neo4j, { LOG_LEVEL: 'warn' });
  let neo4jGraphql: ServerProcess | undefined;
  let neo4jGraphqlError: string | undefined;
  try {
    neo4jGraphql = await startNeo4jGraphqlProcess(options.neo4j);
  } catch (error) {
    neo4jGraphqlError = `@neo4j/graphql did not start: ${(error as Error).message}`;
    log(neo4jGraphqlError);
  }

  const rows: ResultRow[] = [];
  const runCases: BenchRun['cases'] = [];
  let peakRssBytes = 0;
  // The raw replay gets the server's transaction timeout (the servers read the same environment).
  const { txTimeoutMs } = loadConfig().neo4j;
  const endpoint = (server: ServerProcess) => `${server.url}/graphql`;
  const top = Math.max(...options.concurrencies);
  try {
    for (const c of cases) {
      // Capture and check once per system before measuring (this also warms plans and caches).
      let cypher: CapturedQuery[] = [];
      let cypherError: string | undefined;
      try {
        cypher = await captureCypher(options.graph, c.claimgraph);
      } catch (error) {
        cypherError = (error as Error).message;
      }
      runCases.push({ ...c, cypher });
      let cgError = cypherError;
      if (!cgError)
        cgError = await graphqlOnce(endpoint(claimgraph), c.claimgraph).then(
          () => undefined,
          (e: Error) => e.message,
        );
      const ng = c.neo4jGraphql;
      let ngError: string | undefined;
      if ('na' in ng) ngError = undefined;
      else if (!neo4jGraphql) ngError = neo4jGraphqlError;
      else
        ngError = await graphqlOnce(endpoint(neo4jGraphql), ng).then(
          () => undefined,
          (e: Error) => e.message,
        );

      for (const concurrency of options.concurrencies) {
        const load: LoadOptions = { concurrency, amount: Math.max(concurrency, options.requests(concurrency)), maxSeconds: options.maxSeconds, txTimeoutMs };
        const sample = async <T>(work: () => Promise<T>): Promise<T> => {
          if (concurrency !== top) return work();
          const { result, peakRss } = await withRssPeak(claimgraph.pid, work);
          peakRssBytes = Math.max(peakRssBytes, peakRss);
          return result;
        };
        const cg: ResultRow = { query: c.name, system: 'claimgraph', concurrency, roundTrips: cypher.length };
        const raw: ResultRow = { query: c.name, system: 'raw', concurrency, roundTrips: cypher.length };
        const other: ResultRow = { query: c.name, system: '@neo4j/graphql', concurrency };
        if (cgError) {
          cg.error = cgError;
          raw.error = cypherError ?? undefined;
          if (!cypherError) raw.measurement = await loadCypher(options.driver, options.database, cypher, load);
        } else {
          cg.measurement = await sample(() => loadGraphQL(endpoint(claimgraph), c.claimgraph, load));
          raw.measurement = await loadCypher(options.driver, options.database, cypher, load);
        }
        if ('na' in ng) other.na = ng.na;
        else if (ngError || !neo4jGraphql) other.error = ngError ?? 'not started';
        else other.measurement = await loadGraphQL(endpoint(neo4jGraphql), ng, load);

        if (cg.measurement && raw.measurement) cg.vsRaw = ratios(cg.measurement, raw.measurement);
        if (cg.measurement && other.measurement) cg.vsNeo4jGraphql = ratios(cg.measurement, other.measurement);
        for (const row of [cg, raw, other]) {
          const m = row.measurement;
          if (m?.errors && !row.error) row.error = `${m.errors} failed requests: ${m.firstError ?? ''}`;
          else if (m && m.requests === 0 && !row.error) row.error = `no request completed within ${options.maxSeconds} s`;
        }
        rows.push(cg, raw, other);
        log(
          `  ${c.name} c=${concurrency}: claimgraph p50 ${fmt(cg.measurement?.p50)} ms, raw ${fmt(raw.measurement?.p50)} ms, @neo4j/graphql ${other.na ? 'n/a' : fmt(other.measurement?.p50)}${cg.error ? ` — claimgraph error: ${cg.error}` : ''}${other.error ? ` — @neo4j/graphql error: ${other.error}` : ''}`,
        );
      }
    }
  } finally {
    await claimgraph.stop();
    await neo4jGraphql?.stop();
  }
  return { picks, cases: runCases, rows, peakRssBytes, ...(neo4jGraphqlError ? { neo4jGraphqlError } : {}) };
}

const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(1));
