/**
 * Load generation: autocannon over HTTP for the GraphQL servers, and a small concurrent loop
 * over neo4j-driver for the raw Cypher floor (autocannon speaks HTTP only). Both measure the
 * latency of every request and report req/s and p50 / p95 / p99 the same way.
 */
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import type { GraphQLRequest } from './queries.js';
import { rssOf } from './server-process.js';

export interface Measurement {
  requests: number;
  errors: number;
  /** The first error seen, for the report. */
  firstError?: string;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadOptions {
  concurrency: number;
  /** Requests to send in all. */
  amount: number;
  /** Stop early after this many seconds (a slow query must not stall the run). */
  maxSeconds: number;
  /** Transaction timeout of the raw replay (the server's NEO4J_TX_TIMEOUT_MS). */
  txTimeoutMs?: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(latencies: number[], seconds: number, errors: number, firstError?: string): Measurement {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    ...(firstError ? { firstError } : {}),
    seconds,
    rps: seconds > 0 ? latencies.length / seconds : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** One GraphQL request with fetch; throws on HTTP or GraphQL errors. Returns the data. */
export async function graphqlOnce(url: string, request: GraphQLRequest): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  let body: { data?: unknown; errors?: Array<{ message: string }> };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
  if (!response.ok || body.errors?.length) {
    throw new Error(`HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? text.slice(0, 300)}`);
  }
  return body.data;
}

/** Drives a GraphQL endpoint with autocannon; every response is checked for GraphQL errors. */
export async function loadGraphQL(url: string, request: GraphQLRequest, options: LoadOptions): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const instance = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    connections: options.concurrency,
    amount: options.amount,
    timeout: 60,
    // Results are collected per tick: a short tick ends the run soon after the last response.
    sampleInt: 50,
    // A GraphQL error is a 200 with an `errors` member: count it as an error, keep the first.
    verifyBody: (body: string) => {
      const ok = !body.startsWith('{"errors"') && !body.includes('"errors":[');
      if (!ok) firstError ??= body.slice(0, 300);
      return ok;
    },
  });
  let last = started;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    last = performance.now();
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else errors += 1;
  });
  // `amount` makes autocannon ignore its duration: bound the run ourselves.
  const stopper = setTimeout(() => instance.stop(), options.maxSeconds * 1000);
  const result = await instance;
  clearTimeout(stopper);
  const seconds = (last - started) / 1000;
  errors += result.errors + result.timeouts + (result.mismatches ?? 0);
  return summarise(latencies, seconds, errors, firstError);
}

/** A captured Cypher query with its parameters, as claimgraph sent it. */
export interface CapturedQuery {
  query: string;
  params: Record<string, unknown>;
}

/**
 * Replays the Cypher of one request straight through the driver: the captured queries one
 * after the other, each in its own read transaction (as the API's Graph runs them), with
 * `concurrency` workers until `amount` requests are done.
 */
export async function loadCypher(driver: Driver, database: string, queries: CapturedQuery[], options: LoadOptions): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let issued = 0;
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;
  const once = async () => {
    for (const { query, params } of queries) {
      const session = driver.session({ database, defaultAccessMode: 'READ' });
      try {
        // Bounded like the server's transactions, so that a slow query fails here as it does there.
        await session.executeRead((tx) => tx.run(query, params), { timeout: options.txTimeoutMs });
      } finally {
        await session.close();
      }
    }
  };
  const worker = async () => {
    while (issued < options.amount && performance.now() < deadline) {
      issued += 1;
      const t0 = performance.now();
      try {
        await once();
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors += 1;
        firstError ??= (error as Error).message.slice(0, 300);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return summarise(latencies, (performance.now() - started) / 1000, errors, firstError);
}

/** Samples a process's RSS every 50 ms while `work` runs; returns its result and the peak. */
export async function withRssPeak<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakRss: number }> {
  let peak = rssOf(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, 50);
  try {
    const result = await work();
    peak = Math.max(peak, rssOf(pid));
    return { result, peakRss: peak };
  } finally {
    clearInterval(timer);
  }
}
