/**
 * `npm run soak [-- --requests N | --minutes M] [--size seed|dev|S] [--concurrency C] [--max-growth-mb G]`
 *
 * A bounded soak on loopback: the real server (`claimgraph serve`, a child process) over the
 * seed graph (or a corpus of bench/lib/corpus.ts), driven by autocannon with the benchmark's
 * mixed analyst queries (bench/lib/queries.ts) in turn at concurrency 16 — a fixed number of
 * requests (default 10,000, 30–60 s here) or, with --minutes, for that long. The
 * server's RSS is sampled every 2 s. Prints one table and exits 1 on any error (HTTP or
 * GraphQL) or when RSS grows by more than --max-growth-mb (default 64) after warm-up: from the
 * median of the second quarter of the run (the first is warm-up) to the median of the last.
 *
 * Without NEO4J_URI a local Neo4j of its own runs in .data/soak-<size> on SOAK_NEO4J_BOLT_PORT
 * (default 7796); with NEO4J_URI that server is used and loaded only when it has no statements.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig, ROOT } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { connect } from '../src/graph/connect.js';
import { loadOnline, SIZES, type Size } from './lib/corpus.js';
import { summarise } from './lib/load.js';
import { benchCases, pickArguments } from './lib/queries.js';
import { rssOf, startClaimgraphProcess } from './lib/server-process.js';

const say = (line: string) => process.stderr.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const SAMPLE_MS = 2_000;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '10000' },
      minutes: { type: 'string' },
      size: { type: 'string', default: 'seed' },
      concurrency: { type: 'string', default: '16' },
      'max-growth-mb': { type: 'string', default: '64' },
    },
  });
  const size = values.size as Size;
  if (!SIZES.includes(size)) {
    say(`--size must be one of ${SIZES.join(', ')}`);
    return 2;
  }
  const concurrency = Number(values.concurrency);
  const minutes = values.minutes ? Number(values.minutes) : undefined;
  const requests = Number(values.requests);
  const maxGrowth = Number(values['max-growth-mb']) * 2 ** 20;

  const config = loadConfig();
  const settings = {
    ...config.neo4j,
    local: { ...config.neo4j.local, dataDir: path.join(ROOT, '.data', `soak-${size}`), boltPort: Number(process.env.SOAK_NEO4J_BOLT_PORT ?? 7796) },
  };
  const connection = await connect(settings, createLogger('warn'));
  try {
    const [{ statements = 0 } = {}] = await connection.graph.read<{ statements: number }>('MATCH (s:Statement) RETURN count(s) AS statements');
    if (statements === 0) await loadOnline(connection.graph, size, 1, say);
    const cases = benchCases(await pickArguments(connection.graph));
    const server = await startClaimgraphProcess({ uri: connection.uri, user: settings.user, password: settings.password, database: settings.database });
    try {
      say(
        `soak: ${minutes ? `${minutes} min` : `${requests} requests`} at concurrency ${concurrency}, ${cases.length} mixed queries, graph ${size}, server pid ${server.pid}`,
      );
      const samples: Array<{ at: number; rss: number }> = [];
      const started = performance.now();
      const sample = () => samples.push({ at: performance.now() - started, rss: rssOf(server.pid) });
      sample();
      const sampler = setInterval(sample, SAMPLE_MS);

      const latencies: number[] = [];
      let failedHttp = 0;
      let firstError: string | undefined;
      const instance = autocannon({
        url: `${server.url}/graphql`,
        connections: concurrency,
        ...(minutes ? { duration: minutes * 60 } : { amount: requests }),
        timeout: 30,
        requests: cases.map((c) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify(c.claimgraph) })),
        verifyBody: (body: string) => {
          const ok = !body.includes('"errors":[');
          if (!ok) firstError ??= body.slice(0, 300);
          return ok;
        },
      });
      instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
        if (status >= 200 && status < 300)
          latencies.push(ms); // a GraphQL error in a 200 is a mismatch below
        else {
          failedHttp += 1;
          firstError ??= `HTTP ${status}`;
        }
      });
      const result = await instance;
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      sample();
      const unanswered = result.errors + result.timeouts;
      const m = summarise(latencies, seconds, failedHttp + unanswered + (result.mismatches ?? 0), firstError);
      const total = latencies.length + failedHttp + unanswered;

      // Medians, not single samples: one sample may catch the heap just before a collection.
      const warm = medianRss(samples, seconds, 0.25, 0.5);
      const end = medianRss(samples, seconds, 0.75, Infinity);
      const peak = Math.max(...samples.filter((s) => s.at >= seconds * 250).map((s) => s.rss));
      const growth = end - warm;
      console.log(`\n## claimgraph soak — graph ${size}, concurrency ${concurrency}, ${cases.length} mixed queries\n`);
      console.log('| requests | errors | req/s | p50 ms | p95 ms | p99 ms | RSS after warm-up | RSS peak after warm-up | RSS at the end | growth |');
      console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
      console.log(
        `| ${total} | ${m.errors} | ${m.rps.toFixed(0)} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.p99.toFixed(1)} | ${mb(warm)} | ${mb(peak)} | ${mb(end)} | ${growth >= 0 ? '+' : ''}${mb(growth)} |`,
      );
      console.log(
        `\n${samples.length} RSS samples every ${SAMPLE_MS / 1000} s over ${seconds.toFixed(1)} s; after warm-up and at the end: medians of the second and last quarter; growth limit ${mb(maxGrowth)}`,
      );
      let failed = false;
      if (m.errors > 0) {
        say(`FAIL: ${m.errors} errors; the first: ${m.firstError ?? 'unknown'}\nserver log tail:\n${server.tail().join('\n')}`);
        failed = true;
      }
      if (growth > maxGrowth) {
        say(`FAIL: the server's RSS grew by ${mb(growth)} after warm-up (limit ${mb(maxGrowth)})`);
        failed = true;
      }
      return failed ? 1 : 0;
    } finally {
      await server.stop();
    }
  } finally {
    await connection.close();
  }
}

/** Median RSS of the samples taken between two fractions of the run (the last sample when none were). */
function medianRss(samples: Array<{ at: number; rss: number }>, seconds: number, from: number, to: number): number {
  const inside = samples
    .filter((s) => s.at >= from * seconds * 1000 && s.at < to * seconds * 1000)
    .map((s) => s.rss)
    .sort((a, b) => a - b);
  return inside.length > 0 ? inside[Math.floor(inside.length / 2)]! : samples[samples.length - 1]!.rss;
}

process.exitCode = await main();
