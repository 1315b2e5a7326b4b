/**
 * `claimgraph serve` with auth, over real HTTP: it refuses to run open on a reachable address,
 * and with CLAIMGRAPH_AUTH=on answers 401 without a key and the data with one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/graph/api-keys.js';
import { openGraph, resetWithSeed } from '../support/graph.js';
import { startServer, type RunningServer } from '../support/server.js';

const db = openGraph();
let server: RunningServer;
let secret: string;

beforeAll(async () => {
  await resetWithSeed(db.graph);
  secret = (await createApiKey(db.graph, 'reader', 'serve test')).secret;
  server = await startServer({ CLAIMGRAPH_AUTH: 'on', CLAIMGRAPH_SEED: 'off' });
}, 90_000);

afterAll(async () => {
  server?.kill();
  await db.close();
});

const query = (headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ actor(name: "Lavrov") { name } }' }),
  });

describe('claimgraph serve with auth', () => {
  it('answers 401 without a key, and the data with one', async () => {
    const refused = await query();
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer realm="claimgraph"/);
    const answered = await query({ authorization: `Bearer ${secret}` });
    expect(await answered.json()).toEqual({ data: { actor: { name: 'Sergei Lavrov' } } });
    expect(server.logs()).not.toContain('authentication is off');
  });

  it('refuses to start open on a non-loopback address, saying why', async () => {
    await expect(startServer({ HOST: '0.0.0.0', CLAIMGRAPH_AUTH: 'off' })).rejects.toThrow(
      /Refusing to serve without authentication on 0\.0\.0\.0: CLAIMGRAPH_AUTH=off is allowed only on a loopback address/,
    );
  });
});
