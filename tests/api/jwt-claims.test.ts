/**
 * What a JWT must carry besides a good signature: an expiry (unless relaxed), a lifetime no
 * longer than the configured maximum, and no `crit` header (it names extensions this server
 * does not implement, so RFC 7515 says refuse). Through yoga's fetch handler with auth on, for
 * HS256 and for a local JWKS identity provider, on /graphql and on the export.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type AuthConfig } from '../../src/config.js';
import { createClaimgraphYoga } from '../../src/server/yoga.js';
import { openGraph, quietLog, resetWithSeed } from '../support/graph.js';
import { startIdentityProvider, type IdentityProvider } from '../support/identity-provider.js';

const db = openGraph();
beforeAll(() => resetWithSeed(db.graph));
afterAll(() => db.close());

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const ACTOR = '{ actor(name: "Lavrov") { name } }';
const now = () => Math.floor(Date.now() / 1000);
const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An HS256 JWT with exactly these claims (no defaults) and extra header fields. */
function hs256(claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT', ...header })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', SECRET).update(unsigned).digest('base64url')}`;
}

function yogaWith(jwt: Partial<NonNullable<AuthConfig['jwt']>>) {
  return createClaimgraphYoga({
    graph: db.graph,
    log: quietLog,
    maxPageSize: 100,
    auth: { enabled: true, jwt: { secret: SECRET, roleClaim: 'role', ...jwt } },
  });
}

async function ask(yoga: ReturnType<typeof createClaimgraphYoga>, token: string) {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: ACTOR }),
  });
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body: (await response.json()) as any };
}

const exportWith = (yoga: ReturnType<typeof createClaimgraphYoga>, token: string) =>
  yoga.fetch('http://yoga/export/subgraph?id=person:sergei-lavrov&format=json', { headers: { authorization: `Bearer ${token}` } });

describe('JWT claims (defaults: exp required, lifetime at most a day, no crit)', () => {
  const yoga = yogaWith({});

  it('still accepts a good token', async () => {
    expect((await ask(yoga, hs256({ role: 'reader', iat: now(), exp: now() + 300 }))).body).toEqual({ data: { actor: { name: 'Sergei Lavrov' } } });
    expect((await ask(yoga, hs256({ role: 'reader', iat: now() - 100, exp: now() + 86_300 }))).status).toBe(200);
    expect((await exportWith(yoga, hs256({ role: 'reader', exp: now() + 300 }))).status).toBe(200);
  });

  it.each([
    ['no exp', () => hs256({ role: 'admin', iat: now() })],
    ['no exp and no iat', () => hs256({ role: 'admin' })],
    ['an exp that is not a number', () => hs256({ role: 'admin', exp: 'never' })],
    ['exp − iat above a day', () => hs256({ role: 'admin', iat: now(), exp: now() + 86_401 })],
    ['exp ten years on, no iat', () => hs256({ role: 'admin', exp: now() + 10 * 365 * 86_400 })],
    ['a crit header', () => hs256({ role: 'admin', iat: now(), exp: now() + 300 }, { crit: ['exp'] })],
    [
      'a crit header naming an unknown extension',
      () => hs256({ role: 'admin', iat: now(), exp: now() + 300 }, { crit: ['urn:example:x'], 'urn:example:x': true }),
    ],
    ['an empty crit header', () => hs256({ role: 'admin', iat: now(), exp: now() + 300 }, { crit: [] })],
  ])('refuses a token with %s: 401 with a challenge, on /graphql and the export', async (_what, token) => {
    const res = await ask(yoga, token());
    expect(res.status).toBe(401);
    expect(res.challenge).toMatch(/^Bearer realm="claimgraph"/);
    expect(res.body.data).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at /);
    expect((await exportWith(yoga, token())).status).toBe(401);
  });

  it('says why', async () => {
    expect((await ask(yoga, hs256({ role: 'admin' }))).body.errors[0].message).toMatch(/exp/);
    expect((await ask(yoga, hs256({ role: 'admin', iat: now(), exp: now() + 90_000 }))).body.errors[0].message).toMatch(/86400/);
    expect((await ask(yoga, hs256({ role: 'admin', exp: now() + 300 }, { crit: ['b64'] }))).body.errors[0].message).toMatch(/crit/);
  });
});

describe('relaxed settings', () => {
  it('accepts a token without exp when exp is not required (but still no crit)', async () => {
    const yoga = yogaWith({ requireExp: false });
    expect((await ask(yoga, hs256({ role: 'reader' }))).body).toEqual({ data: { actor: { name: 'Sergei Lavrov' } } });
    expect((await ask(yoga, hs256({ role: 'reader' }, { crit: ['b64'] }))).status).toBe(401);
    // An expiry it does carry is still held to the maximum lifetime.
    expect((await ask(yoga, hs256({ role: 'reader', exp: now() + 90_000 }))).status).toBe(401);
  });

  it('holds tokens to the maximum lifetime configured', async () => {
    const yoga = yogaWith({ maxLifetimeS: 600 });
    expect((await ask(yoga, hs256({ role: 'reader', iat: now(), exp: now() + 600 }))).status).toBe(200);
    expect((await ask(yoga, hs256({ role: 'reader', iat: now(), exp: now() + 601 }))).status).toBe(401);
    expect((await ask(yoga, hs256({ role: 'reader', exp: now() + 3600 }))).status).toBe(401);
  });

  it('reads CLAIMGRAPH_JWT_REQUIRE_EXP and CLAIMGRAPH_JWT_MAX_LIFETIME_S, safe by default', () => {
    const base = { CLAIMGRAPH_JWT_SECRET: SECRET };
    expect(loadConfig(base).auth.jwt).toMatchObject({ requireExp: true, maxLifetimeS: 86_400 });
    expect(loadConfig({ ...base, CLAIMGRAPH_JWT_REQUIRE_EXP: 'off', CLAIMGRAPH_JWT_MAX_LIFETIME_S: '600' }).auth.jwt).toMatchObject({
      requireExp: false,
      maxLifetimeS: 600,
    });
    expect(() => loadConfig({ ...base, CLAIMGRAPH_JWT_REQUIRE_EXP: 'maybe' })).toThrow(/CLAIMGRAPH_JWT_REQUIRE_EXP/);
    expect(() => loadConfig({ ...base, CLAIMGRAPH_JWT_MAX_LIFETIME_S: '-1' })).toThrow(/CLAIMGRAPH_JWT_MAX_LIFETIME_S/);
  });
});

describe('JWT claims from an identity provider (JWKS)', () => {
  let idp: IdentityProvider;
  let idpYoga: ReturnType<typeof createClaimgraphYoga>;
  beforeAll(async () => {
    idp = await startIdentityProvider();
    idpYoga = createClaimgraphYoga({
      graph: db.graph,
      log: quietLog,
      maxPageSize: 100,
      auth: { enabled: true, jwt: { jwksUrl: idp.jwksUrl, roleClaim: 'roles' } },
    });
  });
  afterAll(() => idp.close());

  const rs256 = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) => idp.token(claims, header);

  it('accepts a good token and refuses one without exp, one living too long and one with crit', async () => {
    expect((await ask(idpYoga, rs256({ roles: ['reader'], iat: now(), exp: now() + 300 }))).status).toBe(200);
    expect((await ask(idpYoga, rs256({ roles: ['reader'], iat: now() }))).status).toBe(401);
    expect((await ask(idpYoga, rs256({ roles: ['reader'], iat: now(), exp: now() + 7 * 86_400 }))).status).toBe(401);
    expect((await ask(idpYoga, rs256({ roles: ['reader'], iat: now(), exp: now() + 300 }, { crit: ['b64'], b64: false }))).status).toBe(401);
  });
});
