/**
 * The entry point for real: `claimgraph serve` against the suite's Neo4j (NEO4J_URI set, so
 * nothing local starts), seeding the empty graph, answering /health and /graphql over HTTP,
 * and exiting cleanly on SIGTERM.
 */
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraph, resetGraph } from '../support/graph.js';
import { startServer, type RunningServer } from '../support/server.js';

const db = openGraph();
let server: RunningServer;

beforeAll(async () => {
  await resetGraph(db.graph);
  server = await startServer();
});

afterAll(async () => {
  server.kill();
  await db.close();
});

describe('claimgraph serve', () => {
  it('loads the seed into an empty graph and answers GraphQL over HTTP', async () => {
    expect(server.logs()).toContain('seed dossier loaded');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(name: "Mr Lavrov") { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { actor: { name: 'Sergei Lavrov' } } });
  });

  it('serves GraphiQL to a browser and reports Neo4j on /health', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('graphiql');
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', neo4j: { ok: true } });
  });

  it('stops cleanly on SIGTERM', async () => {
    server.process.kill('SIGTERM');
    const [code] = await once(server.process, 'exit');
    expect(code).toBe(0);
    expect(server.logs()).toContain('"msg":"stopped"');
  });
});
