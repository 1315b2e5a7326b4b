/**
 * Access with auth on, through yoga's fetch handler on the suite's real Neo4j: API keys and
 * JWTs become roles, scope-auth enforces them per field, and every refusal is clear — a 401
 * with a challenge for missing or bad credentials, FORBIDDEN naming the role a field needs.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKeySecret } from '../../src/auth/api-key-secret.js';
import type { AuthConfig } from '../../src/config.js';
import { countGraph } from '../../src/graph/admin.js';
import { createApiKey, revokeApiKey } from '../../src/graph/api-keys.js';
import { createClaimgraphYoga } from '../../src/server/yoga.js';
import { openGraph, quietLog, resetWithSeed, seedDossier } from '../support/graph.js';
import { startIdentityProvider, type IdentityProvider } from '../support/identity-provider.js';

const db = openGraph();
const JWT_SECRET = 'a-test-secret-of-at-least-32-characters!';
const AUTH: AuthConfig = { enabled: true, jwt: { secret: JWT_SECRET, roleClaim: 'role' } };
const yoga = createClaimgraphYoga({ graph: db.graph, log: quietLog, maxPageSize: 100, auth: AUTH });
const keys = { reader: '', editor: '', admin: '' };

beforeAll(async () => {
  await resetWithSeed(db.graph);
  for (const role of ['reader', 'editor', 'admin'] as const) keys[role] = (await createApiKey(db.graph, role, `test ${role}`)).secret;
});
afterAll(() => db.close());

const ACTOR = '{ actor(name: "Lavrov") { name } }';
const INGEST = `mutation($dossier: JSON!) { ingestDossier(dossier: $dossier) {
  __typename ... on MutationIngestDossierSuccess { data { id } } } }`;

async function post(query: string, token?: string, variables?: Record<string, unknown>) {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body: (await response.json()) as any };
}

/** A second article, so that a successful ingest visibly adds to the graph. */
function anotherDossier() {
  const dossier = seedDossier();
  dossier.article.url = 'https://example.org/another-copy';
  dossier.article.id = 'article:another-copy';
  return dossier;
}

/** An HS256 JWT, signed here as an identity provider would. */
function jwt(claims: Record<string, unknown>, secret = JWT_SECRET): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iat: now, exp: now + 300, ...claims })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('API keys', () => {
  it('refuses a request without credentials with 401 and a Bearer challenge', async () => {
    const res = await post(ACTOR);
    expect(res.status).toBe(401);
    expect(res.challenge).toMatch(/^Bearer realm="claimgraph"/);
    expect(res.body.errors[0].message).toMatch(/Authentication required.*Authorization: Bearer/);
  });

  it('refuses an unknown key, a malformed token and another scheme with 401', async () => {
    for (const token of ['cgk_not-a-key-anyone-made', 'garbage', 'a.b.c']) {
      const res = await post(ACTOR, token);
      expect(res.status, token).toBe(401);
      expect(res.challenge).toMatch(/error="invalid_token"/);
    }
    const basic = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify({ query: ACTOR }),
    });
    expect(basic.status).toBe(401);
  });

  it('lets a reader query but not ingest: FORBIDDEN naming the editor role, and nothing written', async () => {
    expect((await post(ACTOR, keys.reader)).body).toEqual({ data: { actor: { name: 'Sergei Lavrov' } } });
    const before = await countGraph(db.graph);
    const res = await post(INGEST, keys.reader, { dossier: anotherDossier() });
    expect(res.body.data.ingestDossier).toBeNull();
    expect(res.body.errors[0].message).toBe('Forbidden: Mutation.ingestDossier needs the editor role; this request has the reader role.');
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'editor' });
    expect(await countGraph(db.graph)).toEqual(before);
  });

  it("keeps the key's role for a body sent without Content-Length (chunked)", async () => {
    // The body-size check hands yoga a new Request for such a body; the role must survive it.
    const body = new TextEncoder().encode(JSON.stringify({ query: ACTOR }));
    const stream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        controller.enqueue(body);
        controller.close();
      },
    });
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.reader}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(await response.json()).toEqual({ data: { actor: { name: 'Sergei Lavrov' } } });
  });

  it('lets an editor ingest', async () => {
    const before = await countGraph(db.graph);
    const res = await post(INGEST, keys.editor, { dossier: anotherDossier() });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.ingestDossier).toEqual({ __typename: 'MutationIngestDossierSuccess', data: { id: 'article:another-copy' } });
    expect((await countGraph(db.graph)).nodes).toBeGreaterThan(before.nodes);
  });

  it('lets an admin do what an editor does', async () => {
    const res = await post(INGEST, keys.admin, { dossier: anotherDossier() });
    expect(res.body.data.ingestDossier.__typename).toBe('MutationIngestDossierSuccess');
  });

  it('refuses a revoked key with 401 from then on', async () => {
    const { key, secret } = await createApiKey(db.graph, 'editor', 'short-lived');
    expect((await post(ACTOR, secret)).status).toBe(200);
    await revokeApiKey(db.graph, key.id);
    const res = await post(ACTOR, secret);
    expect(res.status).toBe(401);
    expect(res.body.errors[0].message).toBe('The API key is unknown or revoked.');
  });

  it('stores only hashes: no secret appears anywhere in the graph', async () => {
    const everything = JSON.stringify(await db.graph.read('MATCH (n) RETURN properties(n) AS p'));
    const hashes = (await db.graph.read<{ hash: string }>('MATCH (k:ApiKey) RETURN k.hash AS hash')).map((r) => r.hash);
    for (const secret of Object.values(keys)) {
      expect(everything).not.toContain(secret.slice(4)); // not even without its prefix
      expect(hashes).toContain(hashApiKeySecret(secret));
    }
  });

  it('keeps API keys out of the API: node(id:) and search find none', async () => {
    const [key] = await db.graph.read<{ id: string }>('MATCH (k:ApiKey) RETURN k.id AS id LIMIT 1');
    const byId = await post(`{ node(id: "${key!.id}") { id } }`, keys.admin);
    expect(byId.body.data?.node ?? null).toBeNull();
    const found = await post('{ search(text: "test reader") { label } }', keys.admin);
    expect(JSON.stringify(found.body)).not.toMatch(/apikey|test reader/i);
  });

  it('guards the export like /graphql, and leaves /health and /live open', async () => {
    const url = 'http://yoga/export/subgraph?id=person:sergei-lavrov&format=json';
    const open = await yoga.fetch(url);
    expect(open.status).toBe(401);
    expect(open.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const keyed = await yoga.fetch(url, { headers: { authorization: `Bearer ${keys.reader}` } });
    expect(keyed.status).toBe(200);
    expect((await yoga.fetch('http://yoga/health')).status).toBe(200);
    expect((await yoga.fetch('http://yoga/live')).status).toBe(200);
    // GraphiQL's page loads (its requests then need a key, set in its Headers tab).
    const graphiql = await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toContain('graphiql');
  });
});

describe('JWTs', () => {
  it('accepts a token whose role claim is editor, for queries and ingest', async () => {
    const token = jwt({ sub: 'analyst-1', role: 'editor' });
    expect((await post(ACTOR, token)).body.data.actor.name).toBe('Sergei Lavrov');
    const res = await post(INGEST, token, { dossier: anotherDossier() });
    expect(res.body.data.ingestDossier.__typename).toBe('MutationIngestDossierSuccess');
  });

  it('holds a reader token to reading', async () => {
    const res = await post(INGEST, jwt({ role: 'reader' }), { dossier: anotherDossier() });
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an expired or badly signed token with 401', async () => {
    const expired = jwt({ role: 'editor', exp: Math.floor(Date.now() / 1000) - 60 });
    const forged = jwt({ role: 'admin' }, 'another-secret-that-is-also-32-characters');
    for (const token of [expired, forged]) {
      const res = await post(ACTOR, token);
      expect(res.status).toBe(401);
      expect(res.challenge).toMatch(/^Bearer/);
      expect(res.body.data).toBeUndefined();
    }
  });

  it('gives a token without a role nothing: FORBIDDEN on every field', async () => {
    const res = await post(ACTOR, jwt({ sub: 'nobody' }));
    expect(res.body.errors[0].message).toBe('Forbidden: Query.actor needs the reader role; this request has no role.');
  });

  it('works for the export too, and refuses a bad token there', async () => {
    const url = 'http://yoga/export/subgraph?id=person:sergei-lavrov&format=json';
    expect((await yoga.fetch(url, { headers: { authorization: `Bearer ${jwt({ role: 'reader' })}` } })).status).toBe(200);
    expect((await yoga.fetch(url, { headers: { authorization: `Bearer ${jwt({ role: 'reader' }, 'x'.repeat(40))}` } })).status).toBe(401);
    expect((await yoga.fetch(url, { headers: { authorization: `Bearer ${jwt({})}` } })).status).toBe(403);
  });
});

describe('JWTs from an identity provider (JWKS)', () => {
  let idp: IdentityProvider;
  let idpYoga: ReturnType<typeof createClaimgraphYoga>;
  beforeAll(async () => {
    idp = await startIdentityProvider();
    idpYoga = createClaimgraphYoga({
      graph: db.graph,
      log: quietLog,
      maxPageSize: 100,
      auth: { enabled: true, jwt: { jwksUrl: idp.jwksUrl, roleClaim: 'roles', issuer: 'https://idp.example' } },
    });
  });
  afterAll(() => idp.close());

  const rs256 = (claims: Record<string, unknown>, kid = 'idp-1') =>
    idp.token({ iss: 'https://idp.example', exp: Math.floor(Date.now() / 1000) + 300, ...claims }, { kid });
  const ask = async (token: string) => {
    const response = await idpYoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ACTOR }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  it('accepts a token signed by the JWKS key, its role from a list claim', async () => {
    expect((await ask(rs256({ roles: ['reader'] }))).body).toEqual({ data: { actor: { name: 'Sergei Lavrov' } } });
  });

  it('refuses another issuer, an unknown key id and an HS256 token (no secret configured) with 401', async () => {
    expect((await ask(rs256({ roles: ['reader'], iss: 'https://elsewhere.example' }))).status).toBe(401);
    expect((await ask(rs256({ roles: ['reader'] }, 'idp-unknown'))).status).toBe(401);
    expect((await ask(jwt({ roles: ['admin'], iss: 'https://idp.example' }))).status).toBe(401);
  });
});

describe('auth off', () => {
  it('treats every request as admin (the default of the yoga factory, as on loopback)', async () => {
    const open = createClaimgraphYoga({ graph: db.graph, log: quietLog, maxPageSize: 100 });
    const response = await open.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: INGEST, variables: { dossier: anotherDossier() } }),
    });
    expect(((await response.json()) as any).data.ingestDossier.__typename).toBe('MutationIngestDossierSuccess');
  });
});
