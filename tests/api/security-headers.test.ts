/**
 * Browser-facing hardening (issue 11, hole 9), through yoga's fetch handler on the suite's Neo4j:
 * security headers on every kind of response, a Content-Security-Policy for the two HTML pages
 * (GraphiQL's inline script allowed by its hash, nothing from another origin), GraphiQL served
 * from the installed package rather than a CDN, and — with auth on — no introspection and no
 * "Did you mean …?" for a caller without a role.
 */
import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthConfig } from '../../src/config.js';
import { createApiKey } from '../../src/graph/api-keys.js';
import { createClaimgraphYoga } from '../../src/server/yoga.js';
import { openGraph, quietLog, resetWithSeed } from '../support/graph.js';

const db = openGraph();
const JWT_SECRET = 'a-test-secret-of-at-least-32-characters!';
const AUTH: AuthConfig = { enabled: true, jwt: { secret: JWT_SECRET, roleClaim: 'role' } };
const yoga = createClaimgraphYoga({ graph: db.graph, log: quietLog, maxPageSize: 100, auth: AUTH });
let reader = '';

beforeAll(async () => {
  await resetWithSeed(db.graph);
  reader = (await createApiKey(db.graph, 'reader', 'headers test')).secret;
});
afterAll(() => db.close());

/** An HS256 JWT without a role claim: a valid token that grants nothing. */
function roleless(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: 'nobody', iat: now, exp: now + 300 })}`;
  return `${unsigned}.${createHmac('sha256', JWT_SECRET).update(unsigned).digest('base64url')}`;
}

const graphiql = async () => yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
const post = async (query: string, token?: string) =>
  yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });

/** `directive 'a' 'b'; …` → { directive: ["'a'", "'b'"] }. */
function directives(csp: string | null): Record<string, string[]> {
  expect(csp).toBeTruthy();
  return Object.fromEntries(
    csp!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers on every response', () => {
  const RESPONSES: Array<[string, () => Promise<Response> | Response]> = [
    ['POST /graphql (401)', () => post('{ __typename }')],
    ['POST /graphql (200)', () => post('{ __typename }', reader)],
    ['GraphiQL', graphiql],
    ['/explorer', () => yoga.fetch('http://yoga/explorer')],
    ['/explorer/app.js', () => yoga.fetch('http://yoga/explorer/app.js')],
    ['/health', () => yoga.fetch('http://yoga/health')],
    ['/live', () => yoga.fetch('http://yoga/live')],
    ['an unknown path (404)', () => yoga.fetch('http://yoga/nothing-here')],
    ['an unknown explorer file (404)', () => yoga.fetch('http://yoga/explorer/secret.ts')],
    ['/export/subgraph (401)', () => yoga.fetch('http://yoga/export/subgraph?id=person:sergei-lavrov&format=json')],
    [
      'a CORS preflight',
      () => yoga.fetch('http://yoga/graphql', { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } }),
    ],
  ];

  it.each(RESPONSES)(
    '%s',
    async (_what, send) => {
      const response = await send();
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(directives(response.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'none'"]);
    },
    30_000,
  );

  it('gives a JSON answer a CSP that allows nothing at all', async () => {
    const csp = directives((await post('{ __typename }', reader)).headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'none'"]);
  });
});

describe('GraphiQL, from the installed package', () => {
  it('references no other origin: no CDN script, stylesheet, font or icon', async () => {
    const html = await (await graphiql()).text();
    expect(html).toContain('YogaGraphiQL');
    expect(html).not.toMatch(/unpkg|jsdelivr|cdnjs|githubusercontent/);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import/);
  });

  it('allows its one inline script by hash, scripts from nowhere else, and no unsafe-inline or eval for scripts', async () => {
    const response = await graphiql();
    const html = await response.text();
    const csp = directives(response.headers.get('content-security-policy'));
    const start = html.indexOf('<script>') + '<script>'.length;
    const script = html.slice(start, html.indexOf('</script>', start));
    const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    expect(csp['script-src']).toEqual([hash]);
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'none'"]);
    expect(JSON.stringify(csp)).not.toMatch(/https?:|\*/);
  });
});

describe('the explorer page', () => {
  it('allows scripts and stylesheets from its own origin only', async () => {
    const response = await yoga.fetch('http://yoga/explorer');
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(JSON.stringify(csp)).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
  });
});

describe('introspection and suggestions with auth on', () => {
  const INTROSPECT = '{ __schema { types { name } } }';
  const MISSPELT = '{ actr(name: "Lavrov") { name } }';

  it('refuses introspection without credentials (401, nothing of the schema)', async () => {
    const response = await post(INTROSPECT);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toMatch(/Actor|__Schema/);
  });

  it('refuses introspection to a valid token that grants no role', async () => {
    const body = (await (await post(INTROSPECT, roleless())).json()) as any;
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toMatch(/introspection/i);
    expect(JSON.stringify(body)).not.toMatch(/"Actor"/);
  });

  it('gives a caller without a role no "Did you mean"', async () => {
    const body = (await (await post(MISSPELT, roleless())).json()) as any;
    expect(body.errors[0].message).toBe('Cannot query field "actr" on type "Query".');
  });

  it('lets a caller with a role introspect (CLAIMGRAPH_INTROSPECTION=on) and see suggestions', async () => {
    const body = (await (await post(INTROSPECT, reader)).json()) as any;
    expect(body.data.__schema.types.map((t: { name: string }) => t.name)).toContain('Actor');
    const misspelt = (await (await post(MISSPELT, reader)).json()) as any;
    expect(misspelt.errors[0].message).toMatch(/Did you mean "actor"/);
  });

  it('refuses introspection to everyone with CLAIMGRAPH_INTROSPECTION=off', async () => {
    const closed = createClaimgraphYoga({ graph: db.graph, log: quietLog, maxPageSize: 100, auth: AUTH, http: { corsOrigins: [], introspection: false } });
    const response = await closed.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${reader}` },
      body: JSON.stringify({ query: INTROSPECT }),
    });
    expect(((await response.json()) as any).errors[0].message).toMatch(/introspection/i);
  });
});
