/**
 * The per-caller rate limit (src/server/rate-limit.ts): a token bucket per API key, JWT subject
 * or (without auth) client address, on /graphql and /export/subgraph. Through yoga.fetch with
 * real API keys on the suite's Neo4j, and once over HTTP against `claimgraph serve`.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type RateLimit } from '../../src/config.js';
import { createApiKey } from '../../src/graph/api-keys.js';
import { TokenBuckets } from '../../src/server/rate-limit.js';
import { createClaimgraphYoga } from '../../src/server/yoga.js';
import { openGraph, quietLog, resetWithSeed } from '../support/graph.js';
import { startServer, type RunningServer } from '../support/server.js';

const db = openGraph();
const JWT_SECRET = 'a-test-secret-of-at-least-32-characters!';
/** 6 a minute: one request every 10 s once a burst of 5 is spent (slow enough for a busy test machine). */
const RATE: RateLimit = { enabled: true, perMinute: 6, burst: 5 };
const keys = { a: '', b: '' };

beforeAll(async () => {
  await resetWithSeed(db.graph);
  keys.a = (await createApiKey(db.graph, 'reader', 'rate test a')).secret;
  keys.b = (await createApiKey(db.graph, 'reader', 'rate test b')).secret;
});
afterAll(() => db.close());

const keyed = (rateLimit = RATE) =>
  createClaimgraphYoga({
    graph: db.graph,
    log: quietLog,
    maxPageSize: 100,
    auth: { enabled: true, jwt: { secret: JWT_SECRET, roleClaim: 'role' } },
    rateLimit,
  });
type Yoga = ReturnType<typeof keyed>;

function post(yoga: Yoga, token?: string, serverContext?: object) {
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: '{ actor(name: "Lavrov") { name } }' }),
  };
  return serverContext ? yoga.fetch('http://yoga/graphql', init, serverContext) : yoga.fetch('http://yoga/graphql', init);
}

async function statuses(requests: Array<() => Response | Promise<Response>>): Promise<number[]> {
  const result: number[] = [];
  for (const send of requests) result.push((await send()).status);
  return result;
}

const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

function jwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iat: now, exp: now + 300, ...claims })}`;
  return `${unsigned}.${createHmac('sha256', JWT_SECRET).update(unsigned).digest('base64url')}`;
}

describe('per API key', () => {
  it('a burst over the limit gets 429 with Retry-After and a GraphQL error naming the limit; another key is not affected', async () => {
    const yoga = keyed();
    expect(await statuses(times(RATE.burst, () => () => post(yoga, keys.a)))).toEqual(times(RATE.burst, () => 200));
    const refused = await post(yoga, keys.a);
    expect(refused.status).toBe(429);
    // 10 s for a whole token, less what trickled in while the burst was sent.
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(8);
    expect(retryAfter).toBeLessThanOrEqual(10);
    expect(refused.headers.get('content-type')).toMatch(/json/);
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: `Rate limit of 6 requests per minute (bursts of 5) exceeded for this caller; retry in ${retryAfter} s.`,
          extensions: { code: 'RATE_LIMITED', limit: 6, burst: 5, retryAfter },
        },
      ],
    });
    expect(await statuses(times(RATE.burst, () => () => post(yoga, keys.b)))).toEqual(times(RATE.burst, () => 200));
    expect((await post(yoga, keys.b)).status).toBe(429);
  });

  it('serves the caller again once Retry-After has passed', async () => {
    const yoga = keyed({ enabled: true, perMinute: 30, burst: 1 });
    expect(await statuses([() => post(yoga, keys.a), () => post(yoga, keys.a)])).toEqual([200, 429]);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const again = await post(yoga, keys.a);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ data: { actor: { name: 'Sergei Lavrov' } } });
  });

  it('counts /export/subgraph with /graphql, and never /health or /live', async () => {
    const yoga = keyed();
    const auth = { authorization: `Bearer ${keys.a}` };
    await statuses(times(RATE.burst, () => () => post(yoga, keys.a)));
    const exported = await yoga.fetch('http://yoga/export/subgraph?id=person:sergei-lavrov&format=json', { headers: auth });
    expect(exported.status).toBe(429);
    expect(Number(exported.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await exported.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    for (const path of ['/health', '/live']) expect((await yoga.fetch(`http://yoga${path}`, { headers: auth })).status).toBe(200);
  });
});

describe('per JWT subject', () => {
  it('tokens of one subject share a bucket; another subject has its own', async () => {
    const yoga = keyed();
    const alice = times(RATE.burst + 1, () => jwt({ sub: 'alice', role: 'reader', nonce: Math.random() }));
    expect(new Set(alice).size).toBe(RATE.burst + 1);
    expect(await statuses(alice.map((token) => () => post(yoga, token)))).toEqual([...times(RATE.burst, () => 200), 429]);
    expect((await post(yoga, jwt({ sub: 'bob', role: 'reader' }))).status).toBe(200);
  });
});

describe('without auth: per client address', () => {
  it('one address is limited, another is not', async () => {
    const yoga = createClaimgraphYoga({ graph: db.graph, log: quietLog, maxPageSize: 100, rateLimit: RATE });
    const from = (address: string) => ({ req: { socket: { remoteAddress: address } } });
    expect(await statuses(times(RATE.burst + 1, () => () => post(yoga, undefined, from('203.0.113.7'))))).toEqual([...times(RATE.burst, () => 200), 429]);
    expect((await post(yoga, undefined, from('203.0.113.8'))).status).toBe(200);
  });
});

describe('configuration', () => {
  it('is off on a loopback HOST without auth, on (240 a minute, bursts of 60) otherwise', () => {
    expect(loadConfig({}).rateLimit.enabled).toBe(false);
    expect(loadConfig({ CLAIMGRAPH_AUTH: 'on' }).rateLimit).toEqual({ enabled: true, perMinute: 240, burst: 60 });
    expect(loadConfig({ HOST: '0.0.0.0' }).rateLimit.enabled).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0', CLAIMGRAPH_AUTH: 'off' }).rateLimit.enabled).toBe(true);
  });

  it('reads CLAIMGRAPH_RATE_LIMIT (requests a minute, or off) and CLAIMGRAPH_RATE_BURST, and refuses a bad value by name', () => {
    expect(loadConfig({ CLAIMGRAPH_RATE_LIMIT: '30', CLAIMGRAPH_RATE_BURST: '10' }).rateLimit).toEqual({ enabled: true, perMinute: 30, burst: 10 });
    expect(loadConfig({ HOST: '0.0.0.0', CLAIMGRAPH_RATE_LIMIT: 'off' }).rateLimit.enabled).toBe(false);
    expect(() => loadConfig({ CLAIMGRAPH_RATE_LIMIT: 'lots' })).toThrow(/CLAIMGRAPH_RATE_LIMIT: must be a number of requests per minute, or off/);
    expect(() => loadConfig({ CLAIMGRAPH_RATE_BURST: '0' })).toThrow(/CLAIMGRAPH_RATE_BURST/);
  });

  it('the default server (loopback, no auth) never answers 429', async () => {
    const yoga = createClaimgraphYoga({ graph: db.graph, log: quietLog, maxPageSize: 100 });
    const answered = await Promise.all(times(300, () => post(yoga)));
    expect(answered.filter((r) => r.status !== 200)).toEqual([]);
  });
});

describe('memory', () => {
  it('keeps at most maxCallers buckets, and forgets a caller once its bucket has refilled', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 5, maxCallers: 1_000, now: () => now });
    for (let i = 0; i < 100_000; i++) buckets.take(`caller-${i}`);
    expect(buckets.size).toBeLessThanOrEqual(1_000);
    // A bucket refills in burst / rate = 5 s; after that it holds nothing worth keeping.
    now += 5_000;
    buckets.take('someone-new');
    expect(buckets.size).toBe(1);
  });

  it('refuses with the seconds until the next token', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 6, burst: 2, now: () => now });
    expect([buckets.take('x'), buckets.take('x')]).toEqual([{ ok: true }, { ok: true }]);
    expect(buckets.take('x')).toEqual({ ok: false, retryAfterSeconds: 10 });
    now += 4_000;
    expect(buckets.take('x')).toEqual({ ok: false, retryAfterSeconds: 6 });
    now += 6_000;
    expect(buckets.take('x')).toEqual({ ok: true });
  });
});

describe('claimgraph serve with auth on, over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ CLAIMGRAPH_AUTH: 'on', CLAIMGRAPH_SEED: 'off', CLAIMGRAPH_RATE_LIMIT: '6', CLAIMGRAPH_RATE_BURST: '3' });
  }, 90_000);
  afterAll(() => server?.kill());

  it('answers a burst over the limit with 429 and Retry-After, per key', async () => {
    const send = (key: string) => () =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ actor(name: "Lavrov") { name } }' }),
      });
    const responses: Response[] = [];
    for (let i = 0; i < 4; i++) responses.push(await send(keys.a)());
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(Number(responses[3]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await responses[3]!.json()).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 6, burst: 3 });
    expect((await send(keys.b)()).status).toBe(200);
  });
});
