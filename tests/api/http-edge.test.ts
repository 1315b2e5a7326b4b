/**
 * The HTTP edge over raw sockets, against the node:http server exactly as `claimgraph serve`
 * builds it (createHttpServer around the yoga handler), auth on:
 * - GraphQL answers at /graphql only: no path that yoga's loose matching would take for GraphQL
 *   (…/graphql under an open path, a trailing slash, another case, encoded slashes, dot segments)
 *   gets data or GraphiQL, with no credentials or with a revoked key (issue 11, hole 3);
 * - malformed requests (bad Host, absolute-form or `*` targets, bad percent-encoding, broken
 *   syntax) get a 4xx with a JSON body, never a stack trace or an install path (hole 6).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../../src/graph/api-keys.js';
import { createHttpServer } from '../../src/server/edge.js';
import { CSRF_HEADER } from '../../src/server/http-policy.js';
import { createClaimgraphYoga } from '../../src/server/yoga.js';
import { openGraph, quietLog, resetWithSeed } from '../support/graph.js';
import { rawCall, rawRequest, type RawResponse } from '../support/raw-http.js';

const db = openGraph();
let server: Server;
let port = 0;
let valid = '';
let revoked = '';

beforeAll(async () => {
  await resetWithSeed(db.graph);
  valid = (await createApiKey(db.graph, 'reader', 'edge test')).secret;
  const gone = await createApiKey(db.graph, 'admin', 'edge test, revoked');
  await revokeApiKey(db.graph, gone.key.id);
  revoked = gone.secret;
  const yoga = createClaimgraphYoga({ graph: db.graph, log: quietLog, maxPageSize: 100, auth: { enabled: true } });
  server = createHttpServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
});

const QUERY = '{ actor(name: "Lavrov") { name } }';
const HOST = () => `Host: 127.0.0.1:${port}`;

/** No stack frame, no install path, no source file in a body a stranger can read. */
function expectNothingInternal(response: RawResponse, what: string): void {
  expect(response.body, what).not.toMatch(/\/work\/|node_modules|\bat .*:\d+:\d+|^\s+at /m);
  expect(response.body, what).not.toMatch(/\.ts\b|\.js:\d/);
}

describe('GraphQL answers at /graphql only (hole 3)', () => {
  const q = encodeURIComponent(QUERY);
  const PATHS = [
    '/health/graphql',
    '/live/graphql',
    '/health/x/y/graphql',
    '/explorer/graphql',
    '/graphql/',
    '//graphql',
    '/GRAPHQL',
    '/Graphql',
    '/graphql;x',
    '/%2Fgraphql',
    '/health%2Fgraphql',
    '/%2Fhealth/graphql',
    '/export/subgraph/graphql',
    '/graphql/../graphql',
    '/health/../graphql',
    '/health/%2e%2e/graphql',
    '/graphql%2F',
    '/x/graphql',
    '/graphql.json',
    `/health/graphql?query=${q}`,
    `/x?query=${q}&to=/graphql/`,
  ];
  const credentials = { none: [] as string[], 'a revoked key': [] as string[] };

  it.each(Object.keys(credentials))('no variant runs GraphQL or renders GraphiQL with %s', async (who) => {
    const auth = who === 'none' ? [] : [`Authorization: Bearer ${revoked}`];
    const failures: string[] = [];
    for (const path of PATHS) {
      const asked = [
        ['POST', await rawCall(port, 'POST', path, [HOST(), ...auth], { query: QUERY })],
        ['GET html', await rawCall(port, 'GET', path, [HOST(), 'Accept: text/html', ...auth])],
        ['GET json', await rawCall(port, 'GET', path, [HOST(), 'Accept: application/json', `${CSRF_HEADER}: 1`, ...auth])],
      ] as const;
      for (const [how, response] of asked) {
        const what = `${how} ${path} → ${response.status} ${response.body.slice(0, 120)}`;
        if (response.status < 400 || response.status >= 500 || /Sergei Lavrov|"data"|graphiql/i.test(response.body)) failures.push(what);
        else if (!/application\/json/.test(response.headers['content-type'] ?? '')) failures.push(`${what} (not JSON)`);
        expectNothingInternal(response, what);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers /live with a query string ending in /graphql as liveness (empty 200), not as GraphQL', async () => {
    for (const method of ['GET', 'POST']) {
      const response = await rawCall(
        port,
        method,
        `/live?query=${q}&x=/graphql`,
        [HOST(), 'Accept: application/json', `${CSRF_HEADER}: 1`],
        method === 'POST' ? { query: QUERY } : undefined,
      );
      expect(response.status).toBe(200);
      expect(response.body).toBe('');
    }
  });

  it('answers an unknown path with 404 JSON, whoever asks', async () => {
    for (const auth of [[], [`Authorization: Bearer ${valid}`]]) {
      const response = await rawCall(port, 'POST', '/health/graphql', [HOST(), ...auth], { query: QUERY });
      expect(response.status).toBe(404);
      expect(JSON.parse(response.body).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('still answers /graphql with a valid key, by POST and by GET', async () => {
    const post = await rawCall(port, 'POST', '/graphql', [HOST(), `Authorization: Bearer ${valid}`], { query: QUERY });
    expect(post.status).toBe(200);
    expect(JSON.parse(post.body)).toEqual({ data: { actor: { name: 'Sergei Lavrov' } } });
    const get = await rawCall(port, 'GET', `/graphql?query=${q}`, [HOST(), 'Accept: application/json', `${CSRF_HEADER}: 1`, `Authorization: Bearer ${valid}`]);
    expect(JSON.parse(get.body)).toEqual({ data: { actor: { name: 'Sergei Lavrov' } } });
    // …and refuses it without one, or with the revoked key.
    expect((await rawCall(port, 'POST', '/graphql', [HOST()], { query: QUERY })).status).toBe(401);
    expect((await rawCall(port, 'POST', '/graphql', [HOST(), `Authorization: Bearer ${revoked}`], { query: QUERY })).status).toBe(401);
  });

  it('keeps the open paths open', async () => {
    expect((await rawCall(port, 'GET', '/health', [HOST()])).status).toBe(200);
    expect((await rawCall(port, 'GET', '/live', [HOST()])).status).toBe(200);
    expect((await rawCall(port, 'GET', '/graphql', [HOST(), 'Accept: text/html'])).status).toBe(200); // GraphiQL's page
  });
});

describe('malformed requests get a 4xx with a JSON body (hole 6)', () => {
  const body = { query: '{ __typename }' };
  const CASES: Array<[string, () => Promise<RawResponse>]> = [
    ['empty Host', () => rawCall(port, 'POST', '/graphql', ['Host: '], body)],
    ['Host of spaces', () => rawCall(port, 'POST', '/graphql', ['Host:    '], body)],
    ['Host "a b"', () => rawCall(port, 'POST', '/graphql', ['Host: a b'], body)],
    ['Host "[::1"', () => rawCall(port, 'POST', '/graphql', ['Host: [::1'], body)],
    ['Host "[::1]x"', () => rawCall(port, 'GET', '/health', ['Host: [::1]x'])],
    ['Host with a path', () => rawCall(port, 'GET', '/health', ['Host: evil.example/x'])],
    ['Host with user info', () => rawCall(port, 'GET', '/health', ['Host: user@evil.example'])],
    ['Host with a bad port', () => rawCall(port, 'GET', '/health', ['Host: localhost:99999'])],
    ['Host with a non-numeric port', () => rawCall(port, 'GET', '/health', ['Host: localhost:http'])],
    ['a long Host (300 characters)', () => rawCall(port, 'POST', '/graphql', [`Host: ${'a'.repeat(300)}`], body)],
    ['a very long Host (20 000 characters)', () => rawCall(port, 'POST', '/graphql', [`Host: ${'a'.repeat(20_000)}`], body)],
    ['a non-ASCII Host', () => rawRequest(port, Buffer.from('GET /health HTTP/1.1\r\nHost: bücher.example\r\nConnection: close', 'utf8'))],
    ['two Host headers', () => rawCall(port, 'GET', '/health', [HOST(), 'Host: evil.example'])],
    ['no Host on HTTP/1.1', () => rawCall(port, 'POST', '/graphql', [], body)],
    ['absolute-form target, another host', () => rawCall(port, 'POST', 'http://evil/graphql', [HOST()], body)],
    ['absolute-form target, another host and port', () => rawCall(port, 'GET', 'http://evil.example:4000/health', [HOST()])],
    ['absolute-form target, https', () => rawCall(port, 'GET', `https://127.0.0.1:${port}/health`, [HOST()])],
    ['absolute-form target, no path', () => rawCall(port, 'GET', 'http://evil', ['Host: evil'])],
    ['asterisk-form target', () => rawCall(port, 'OPTIONS', '*', [HOST()])],
    ['asterisk-form target with GET', () => rawCall(port, 'GET', '*', [HOST()])],
    ['authority-form target', () => rawCall(port, 'CONNECT', 'evil.example:443', [HOST()])],
    ['bad percent-encoding (%zz)', () => rawCall(port, 'POST', '/graphql%zz', [HOST()], body)],
    ['truncated percent-encoding', () => rawCall(port, 'GET', '/health%', [HOST()])],
    ['percent-encoding that is not UTF-8', () => rawCall(port, 'GET', '/%E0%A4%A', [HOST()])],
    ['percent-encoded invalid UTF-8', () => rawCall(port, 'GET', '/explorer/%C0%AF', [HOST()])],
    ['non-ASCII bytes in the path', () => rawRequest(port, Buffer.from(`GET /héalth HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close`, 'utf8'))],
    ['a backslash in the path', () => rawCall(port, 'GET', '/\\graphql', [HOST()])],
    ['not HTTP at all', () => rawRequest(port, 'HELLO THERE')],
    ['a header without a colon', () => rawRequest(port, `GET /health HTTP/1.1\r\n${HOST()}\r\nbroken header\r\nConnection: close`)],
    ['a control character in a header', () => rawRequest(port, `GET /health HTTP/1.1\r\n${HOST()}\r\nX-Evil: a\u0001b\r\nConnection: close`)],
    ['an unknown HTTP version', () => rawRequest(port, `GET /health HTTP/9.9\r\n${HOST()}\r\nConnection: close`)],
  ];

  it.each(CASES)('%s', async (what, send) => {
    const response = await send();
    expect(response.status, `${what}: ${response.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
    expect(response.status, `${what}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
    expect(response.headers['content-type'], what).toMatch(/^application\/json/);
    const parsed = JSON.parse(response.body);
    expect(parsed.errors[0].message, what).toEqual(expect.any(String));
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expectNothingInternal(response, what);
  });

  it('still serves a well-formed request after all that', async () => {
    const response = await rawCall(port, 'GET', '/health', [HOST()]);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).status).toBe('ok');
  });
});
