/**
 * A long article does not freeze the server: `claimgraph serve` (the real HTTP server) extracts
 * a 1 MB article in its worker pool while /health keeps answering within 200 ms; articles above
 * the size limit and extractions past the time limit are refused clearly, with nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleOfBytes } from '../../bench/lib/long-article.js';
import { countGraph } from '../../src/graph/admin.js';
import { openGraph, resetGraph } from '../support/graph.js';
import { startServer, type RunningServer } from '../support/server.js';

const db = openGraph();
let server: RunningServer;

const MUTATION = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on MutationIngestArticleSuccess { data { report { statements } article { statements { totalCount } } } }
    ... on DossierValidationError { message }
  }
}`;

const post = (url: string, text: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: MUTATION, variables: { input: { text, publishedAt: '2020-01-01', publisher: 'Load Test' } } }),
  }).then((r) => r.json() as Promise<any>);

beforeAll(async () => {
  await resetGraph(db.graph);
  // Writing the ~4,000 statements of a 1 MB article takes longer than the default transaction
  // limit on a busy machine: what is tested here is that the server stays responsive.
  server = await startServer({ NEO4J_TX_TIMEOUT_MS: '120000' });
}, 120_000);

afterAll(async () => {
  server?.kill();
  await db.close();
});

describe('a long article', () => {
  it('is extracted off the event loop: /health answers within 200 ms meanwhile', async () => {
    // Warm the worker and the health check first: what is measured is the long article alone.
    expect((await post(server.url, articleOfBytes(2_000))).data.ingestArticle.__typename).toBe('MutationIngestArticleSuccess');
    await fetch(`${server.url}/health`).then((r) => r.text());

    const text = articleOfBytes(1_048_576);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1_048_576);
    let done = false;
    const started = performance.now();
    const mutation = post(server.url, text).finally(() => (done = true));
    const waits: number[] = [];
    while (!done) {
      const t0 = performance.now();
      const at = t0 - started;
      const health = await fetch(`${server.url}/health`);
      await health.text();
      waits.push(performance.now() - t0);
      if (performance.now() - t0 > 150) console.log(`/health at ${(at / 1000).toFixed(1)} s took ${(performance.now() - t0).toFixed(0)} ms`);
      expect(health.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const res = await mutation;
    console.log(`1 MB ingestArticle: ${((performance.now() - started) / 1000).toFixed(1)} s; /health ${waits.length} times, slowest ${Math.max(...waits).toFixed(0)} ms`);
    expect(res.errors).toBeUndefined();
    expect(res.data.ingestArticle.__typename).toBe('MutationIngestArticleSuccess');
    expect(res.data.ingestArticle.data.article.statements.totalCount).toBe(res.data.ingestArticle.data.report.statements);
    expect(waits.length).toBeGreaterThan(5);
    expect(Math.max(...waits)).toBeLessThan(200);
  }, 180_000);
});
