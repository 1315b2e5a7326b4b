/**
 * The entry point for real: `claimgraph serve` against the suite's Neo4j (NEO4J_URI set, so
 * nothing local starts), seeding the empty graph, answering /health and /graphql over HTTP,
 * and exiting cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { freePort } from '../support/net.js';
import { ROOT } from '../../src/config.js';
import { openGraph, resetGraph } from '../support/graph.js';

const db = openGraph();
let server: ChildProcess;
let port: number;
let logs = '';

beforeAll(async () => {
  await resetGraph(db.graph);
  port = await freePort();
  server = spawn(process.execPath, [path.join(ROOT, 'bin', 'claimgraph.js'), 'serve'], {
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr!.on('data', (chunk) => (logs += chunk));
  const deadline = Date.now() + 60_000;
  while (!logs.includes('claimgraph API on')) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`server did not start:\n${logs}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

afterAll(async () => {
  if (server.exitCode === null) server.kill('SIGKILL');
  await db.close();
});

describe('claimgraph serve', () => {
  it('loads the seed into an empty graph and answers GraphQL over HTTP', async () => {
    expect(logs).toContain('seed dossier loaded');
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(name: "Mr Lavrov") { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { actor: { name: 'Sergei Lavrov' } } });
  });

  it('serves GraphiQL to a browser and reports Neo4j on /health', async () => {
    const page = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('graphiql');
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', neo4j: { ok: true } });
  });

  it('stops cleanly on SIGTERM', async () => {
    server.kill('SIGTERM');
    const [code] = await once(server, 'exit');
    expect(code).toBe(0);
    expect(logs).toContain('"msg":"stopped"');
  });
});
