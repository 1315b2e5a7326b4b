/**
 * Neo4j stops while the server runs: /health says so (503), requests get DATABASE_UNAVAILABLE
 * within the driver's connect + retry time, and once Neo4j is back the same server process
 * answers again, without a restart.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalNeo4j } from '../../src/neo4j/local-server.js';
import { startServer, type RunningServer } from '../support/server.js';
import { FAST_FAIL, startOwnNeo4j } from '../support/own-neo4j.js';

// Beside the suite's own Neo4j (NEO4J_TEST_BOLT_PORT), so that suites on other ports never meet here.
const BOLT_PORT = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688) + 25;
const QUERY = '{ actor(name: "Lavrov") { id } }';

let neo4j: LocalNeo4j | undefined;
let server: RunningServer | undefined;
afterAll(async () => {
  server?.kill();
  await neo4j?.stop();
});

async function ask(url: string) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
  return { status: res.status, body: (await res.json()) as any };
}

async function health(url: string) {
  const res = await fetch(`${url}/health`);
  return { status: res.status, body: (await res.json()) as any };
}

describe('Neo4j stopped and started under a running server', () => {
  it('reports the outage clearly and recovers on its own', async () => {
    neo4j = await startOwnNeo4j(BOLT_PORT, { fresh: true });
    server = await startServer({
      NEO4J_URI: neo4j.uri,
      NEO4J_CONNECT_TIMEOUT_MS: String(FAST_FAIL.connectTimeoutMs),
      NEO4J_RETRY_TIME_MS: String(FAST_FAIL.retryTimeMs),
    });
    expect((await ask(server.url)).body).toEqual({ data: { actor: { id: 'person:sergei-lavrov' } } });
    expect((await health(server.url)).status).toBe(200);

    await neo4j.stop();
    neo4j = undefined;

    const down = await health(server.url);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'degraded', neo4j: { ok: false, error: 'database unavailable' } });

    const started = Date.now();
    const refused = await ask(server.url);
    const waited = Date.now() - started;
    expect(refused.status).toBe(200);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ message: 'The database is unavailable; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } }),
    ]);
    // Bounded by the retry time plus a connect timeout, not the driver's default 30 s (generous margin for a busy machine).
    expect(waited).toBeLessThan(FAST_FAIL.retryTimeMs + FAST_FAIL.connectTimeoutMs + 10_000);

    neo4j = await startOwnNeo4j(BOLT_PORT, { fresh: false });
    const deadline = Date.now() + 60_000;
    while ((await health(server.url)).status !== 200) {
      if (Date.now() > deadline) throw new Error('the server did not see Neo4j come back');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect((await ask(server.url)).body).toEqual({ data: { actor: { id: 'person:sergei-lavrov' } } });
    expect(server.process.exitCode).toBe(null);
  }, 240_000);
});
