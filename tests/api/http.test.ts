/**
 * The API over real HTTP (`claimgraph serve`): the GraphQL-over-HTTP audit suite of `graphql-http`,
 * CSRF prevention, and the body size limit as node's HTTP server sees it.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../src/server/http-policy.js';
import { openGraph, resetWithSeed } from '../support/graph.js';
import { startServer, type RunningServer } from '../support/server.js';

const MAX_BODY_BYTES = 64 * 1024;

const db = openGraph();
let server: RunningServer;

beforeAll(async () => {
  await resetWithSeed(db.graph);
  server = await startServer({ CLAIMGRAPH_SEED: 'off', CLAIMGRAPH_MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
}, 90_000);

afterAll(async () => {
  server?.kill();
  await db.close();
});

/**
 * The audits send GETs without a preflight-forcing header, which CSRF prevention refuses (403) by
 * design; a real client sends the header, so the audit client does too (README: "Security and limits").
 */
const withCsrfHeader: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set(CSRF_HEADER, '1');
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  const audits = serverAudits({ url: () => `${server.url}/graphql`, fetchFn: withCsrfHeader });

  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
  });
});

describe('CSRF prevention', () => {
  const query = encodeURIComponent('{ actor(name: "Lavrov") { name } }');

  it('refuses a GET without the preflight header, as a cross-site link or image would send it', async () => {
    const response = await fetch(`${server.url}/graphql?query=${query}`, { headers: { accept: 'application/graphql-response+json' } });
    expect(response.status).toBe(403);
    expect((await response.json()).errors[0].message).toMatch(/CSRF/);
  });

  it('accepts the GET with the header, and a JSON POST (which a browser preflights) without it', async () => {
    const get = await fetch(`${server.url}/graphql?query=${query}`, { headers: { accept: 'application/json', [CSRF_HEADER]: '1' } });
    expect((await get.json()).data.actor.name).toBe('Sergei Lavrov');
    const post = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(name: "Lavrov") { name } }' }),
    });
    expect((await post.json()).data.actor.name).toBe('Sergei Lavrov');
  });

  it('refuses a form-encoded POST, as a cross-site form would send it', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${query}`,
    });
    expect(response.status).toBe(403);
  });

  it('leaves GraphiQL and the export endpoint open to a plain GET', async () => {
    const graphiql = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/graphiql/i);
    const exported = await fetch(`${server.url}/export/subgraph?id=person:sergei-lavrov&format=json`);
    expect(exported.status).toBe(200);
  });
});

describe('body size limit over HTTP', () => {
  const bigQuery = () => JSON.stringify({ query: `{ actor(name: "${'x'.repeat(MAX_BODY_BYTES)}") { name } }` });

  it('answers 413 naming the limit for a body with a Content-Length above it', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bigQuery() });
    expect(response.status).toBe(413);
    const { errors } = await response.json();
    expect(errors[0].message).toBe(`Request body is larger than the limit of ${MAX_BODY_BYTES} bytes.`);
    expect(errors[0].extensions).toEqual({ code: 'BODY_TOO_LARGE', limit: MAX_BODY_BYTES });
  });

  it('answers 413 for a chunked body that grows past it, without reading it all', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far more than the limit, if the server read it all.
        if (sent >= 64 * MAX_BODY_BYTES) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('BODY_TOO_LARGE');
  });

  it('accepts a body just under the limit', async () => {
    // A long comment: a big body that is otherwise an ordinary query.
    const query = `# ${'x'.repeat(MAX_BODY_BYTES - 200)}\n{ actor(name: "Lavrov") { name } }`;
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { actor: { name: 'Sergei Lavrov' } } });
  });
});
