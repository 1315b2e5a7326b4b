/**
 * Request limits (src/server/limits.ts) and the HTTP policy (src/server/http-policy.ts) through
 * yoga.fetch: each abuse is refused with an error naming its limit, each limit can be set, the
 * repository's own queries pass, and masked errors stay masked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { benchCases, pickArguments } from '../../bench/lib/queries.js';
import { loadConfig, ROOT, type RequestLimits } from '../../src/config.js';
import * as explorer from '../../src/explorer/api.js';
import { Graph } from '../../src/graph/graph.js';
import { client, openGraph, resetWithSeed, type GraphQLResponse } from '../support/graph.js';

// The explorer's requests go to this file's server (through the credentials module, its only way out).
const explorerServer = vi.hoisted(() => ({ fetch: undefined as unknown as (url: string, init?: RequestInit) => Promise<Response> }));
vi.mock('../../src/explorer/credentials.js', () => ({ fetchWithKey: (url: string, init?: RequestInit) => explorerServer.fetch(url, init) }));

const db = openGraph();
beforeAll(() => resetWithSeed(db.graph));
afterAll(() => db.close());

const DEFAULTS = loadConfig({});
const { gql, yoga } = client(db.graph);
explorerServer.fetch = async (url, init) => yoga.fetch(`http://yoga${url}`, init as never);

const nested = (levels: number) => `{ statements(first: 1) { edges { node { ${'relays { '.repeat(levels)}text${' }'.repeat(levels)} } } } }`;
const aliasBomb = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: actor(name: "Lavrov") { name }`).join(' ')} }`;
const withDirectives = (count: number) => `{ actor(name: "Lavrov") { ${'name @include(if: true) '.repeat(count)} } }`;
const manyFields = (count: number) => `{ actor(name: "Lavrov") { ${'name '.repeat(count)} } }`;
const manyTokens = (ids: number) => `{ nodes(ids: [${Array.from({ length: ids }, () => '"x"').join(', ')}]) { id } }`;
/** 100 actors × 100 statements each, with their relays: a cost of about 140,000. */
const EXPENSIVE = '{ actors(first: 100) { edges { node { statements(first: 100) { edges { node { text relays { text } } } } } } } }';

function refusal(res: GraphQLResponse) {
  expect(res.data ?? null).toBeNull();
  expect(res.errors).toHaveLength(1);
  return res.errors![0]!;
}

describe('document limits, at their defaults', () => {
  it('refuses a 20-deep query, naming the depth limit', async () => {
    const error = refusal(await gql(nested(16)));
    expect(error.message).toBe(`Query depth limit of ${DEFAULTS.limits.depth} exceeded, found 20.`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: DEFAULTS.limits.depth });
  });

  it('refuses an alias bomb, naming the alias limit', async () => {
    const error = refusal(await gql(aliasBomb(100)));
    expect(error.message).toBe(`Aliases limit of ${DEFAULTS.limits.aliases} exceeded, found 100.`);
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: DEFAULTS.limits.aliases });
  });

  it('refuses a pile of directives, naming the directive limit', async () => {
    const error = refusal(await gql(withDirectives(50)));
    expect(error.message).toBe(`Directives limit of ${DEFAULTS.limits.directives} exceeded, found 50.`);
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_DIRECTIVES' });
  });

  it('refuses a document of too many tokens before parsing the rest, naming the token limit', async () => {
    const error = refusal(await gql(manyTokens(5000)));
    expect(error.message).toBe(`Token limit of ${DEFAULTS.limits.tokens} exceeded.`);
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_TOKENS' });
  });

  it('refuses first: 100000, naming the page size limit', async () => {
    const res = await gql('{ statements(first: 100000) { edges { node { text } } } }');
    expect(res.data).toEqual({ statements: null });
    const error = res.errors![0]!;
    expect(error.message).toBe('"first" is 100000, above the page size limit of 100');
    expect(error.extensions).toMatchObject({ code: 'PAGE_SIZE_LIMIT', limit: 100 });
  });

  it('refuses nested pages that multiply past the complexity limit, before running anything', async () => {
    let sent = 0;
    const counted = client(db.graph.observed(() => (sent += 1)));
    const error = refusal(await counted.gql(EXPENSIVE));
    expect(error.message).toMatch(new RegExp(`^Query complexity of \\d+ exceeds the limit of ${DEFAULTS.limits.complexity}`));
    expect(error.extensions).toMatchObject({ code: 'TOO_COMPLEX', limit: DEFAULTS.limits.complexity });
    expect(sent).toBe(0);
  });

  it('counts page sizes given in variables, per request', async () => {
    const query = 'query ($n: Int) { actors(first: $n) { edges { node { statements(first: $n) { edges { node { text relays { text } } } } } } } }';
    const small = await gql(query, { n: 5 });
    expect(small.errors).toBeUndefined();
    expect(small.data.actors.edges.length).toBe(5);
    // The same document again: a cached verdict would let it through.
    expect(refusal(await gql(query, { n: 100 })).extensions).toMatchObject({ code: 'TOO_COMPLEX' });
  });
});

describe('each limit is configurable', () => {
  const tight: RequestLimits = { depth: 3, aliases: 1, directives: 1, tokens: 40, complexity: 50, bodyBytes: 400, listItems: 2 };
  const strict = client(db.graph, { limits: tight });
  const cases: Array<[limit: string, query: string, code: string]> = [
    ['depth', '{ actor(name: "Lavrov") { statements(first: 1) { edges { cursor } } } }', 'QUERY_TOO_DEEP'],
    ['aliases', '{ a: actor(name: "Lavrov") { name } b: actor(name: "Kono") { name } }', 'TOO_MANY_ALIASES'],
    ['directives', '{ actor(name: "Lavrov") { name @include(if: true) id @skip(if: false) } }', 'TOO_MANY_DIRECTIVES'],
    ['tokens', manyFields(50), 'TOO_MANY_TOKENS'],
    ['complexity', '{ actors(first: 30) { totalCount pageInfo { hasNextPage } } }', 'TOO_COMPLEX'],
    ['listItems', '{ search(text: "Lavrov", types: [PERSON, COUNTRY, TOPIC]) { label } }', 'LIST_TOO_LONG'],
  ];

  it.each(cases)('%s: a query the defaults accept is refused under a lower limit', async (_limit, query, code) => {
    expect((await gql(query)).errors).toBeUndefined();
    expect(refusal(await strict.gql(query)).extensions).toMatchObject({ code });
  });

  it('reads each limit from its variable, and refuses a bad value by name', () => {
    const env = {
      CLAIMGRAPH_MAX_DEPTH: '3',
      CLAIMGRAPH_MAX_ALIASES: '1',
      CLAIMGRAPH_MAX_DIRECTIVES: '1',
      CLAIMGRAPH_MAX_TOKENS: '40',
      CLAIMGRAPH_MAX_COMPLEXITY: '50',
      CLAIMGRAPH_MAX_BODY_BYTES: '400',
      CLAIMGRAPH_MAX_LIST_ITEMS: '2',
    };
    expect(loadConfig(env).limits).toEqual(tight);
    expect(() => loadConfig({ CLAIMGRAPH_MAX_COMPLEXITY: 'lots' })).toThrow(/CLAIMGRAPH_MAX_COMPLEXITY/);
  });

  it('bodyBytes: a body above the limit gets 413, declared or not, and one below it passes', async () => {
    const big = JSON.stringify({ query: `# ${'x'.repeat(tight.bodyBytes)}\n{ actor(name: "Lavrov") { name } }` });
    for (const headers of [{ 'content-type': 'application/json' }, { 'content-type': 'application/json', 'content-length': String(big.length) }]) {
      const response = await strict.yoga.fetch('http://yoga/graphql', { method: 'POST', headers, body: big });
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        errors: [
          { message: `Request body is larger than the limit of ${tight.bodyBytes} bytes.`, extensions: { code: 'BODY_TOO_LARGE', limit: tight.bodyBytes } },
        ],
      });
    }
    const small = await strict.gql('{ actor(name: "Lavrov") { name } }');
    expect(small.data.actor.name).toBe('Sergei Lavrov');
  });
});

describe("the repository's own queries pass the default limits", () => {
  const readmeQueries = [...readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split(/\n(?=# )/));

  it('finds the README examples', () => expect(readmeQueries.length).toBeGreaterThanOrEqual(6));

  it.each(readmeQueries.map((q) => [q.split('\n')[0], q]))('README: %s', async (_title, query) => {
    const res = await gql(query!);
    expect(res.errors).toBeUndefined();
  });

  it("GraphiQL's introspection query", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const res = await gql(query);
    expect(res.errors).toBeUndefined();
    expect(res.data.__schema.queryType.name).toBe('Query');
  });

  // The largest answers the API allows: a full neighbourhood and a full actor network.
  it.each([
    '{ neighbourhood(id: "person:sergei-lavrov", depth: 3, limit: 2000) { truncated nodes { id type label distance node { id } } edges { id type source target properties } } }',
    '{ actorNetwork(limit: 5000) { truncated nodes { id type label node { id ... on Actor { name } } } edges { id type source target properties } } }',
    '{ statements(first: 100) { edges { node { text speaker { name } topics { topic { name } stance } relays { text } relayedBy { text } } } } }',
  ])('%s', async (query) => {
    expect((await gql(query)).errors).toBeUndefined();
  });

  it("the benchmark's queries, with arguments from the graph", async () => {
    const cases = benchCases(await pickArguments(db.graph));
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const { name, claimgraph } of cases) {
      expect({ name, errors: (await gql(claimgraph.query, claimgraph.variables)).errors }).toEqual({ name, errors: undefined });
    }
  });

  it("the explorer's queries, at the largest arguments its page sends", async () => {
    // Each throws an ApiError with the server's message on any GraphQL error.
    await explorer.search('Lavrov');
    await explorer.resolveNode('Lavrov');
    await explorer.neighbourhood('person:sergei-lavrov', 200);
    await explorer.nodeById('person:sergei-lavrov');
    await explorer.paths('person:sergei-lavrov', 'person:taro-kono', 8);
    for (const bucket of ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR']) await explorer.timeline({ topic: 'topic:us-missile-defence-north-east-asia' }, bucket);
    await explorer.timeline({ actor: 'person:sergei-lavrov' }, 'DAY');
    expect((await explorer.topicsList()).length).toBeGreaterThan(0);
  });

  it("the explorer's detail panel queries (src/explorer/detail.ts)", async () => {
    const source = readFileSync(path.join(ROOT, 'src', 'explorer', 'detail.ts'), 'utf8');
    const statementRef = /const STATEMENT_REF = '(.*?)';/.exec(source)![1]!;
    const queries = [...source.matchAll(/const (\w+)_QUERY = `([\s\S]*?)`;/g)].map(
      ([, name, text]) => [name!, text!.replaceAll('${STATEMENT_REF}', statementRef)] as const,
    );
    expect(queries.map(([name]) => name)).toEqual(expect.arrayContaining(['STATEMENT', 'ACTOR', 'TOPIC', 'NODE']));
    const statement = (await gql('{ statements(first: 1) { edges { node { id } } } }')).data.statements.edges[0].node.id;
    const ids: Record<string, string> = { STATEMENT: statement, TOPIC: 'topic:us-missile-defence-north-east-asia' };
    for (const [name, query] of queries) {
      expect({ name, errors: (await gql(query, { id: ids[name] ?? 'person:sergei-lavrov' })).errors }).toEqual({ name, errors: undefined });
    }
  });
});

describe('exploration fields cost the work they cause', () => {
  const twenty = (...fields: string[]) => `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: ${fields[i % fields.length]}`).join(' ')} }`;
  const PATHS = 'paths(from: "person:sergei-lavrov", to: "person:taro-kono") { length }';
  const NETWORK = 'actorNetwork { truncated }';
  const RANKING = 'actorRanking { rank }';

  it.each([
    ['paths (defaults: maxHops 4, limit 5)', twenty(PATHS)],
    ['actorNetwork (default limit 500)', twenty(NETWORK)],
    ['actorRanking (its 20,000-edge network)', twenty(RANKING)],
    ['paths, actorNetwork and actorRanking mixed', twenty(PATHS, NETWORK, RANKING)],
    ['neighbourhood at depth 3, limit 2000', twenty('neighbourhood(id: "person:sergei-lavrov", depth: 3, limit: 2000) { truncated }')],
    ['stanceMatrix over all actors and topics', twenty('stanceMatrix { total }')],
    ['timeline by day', twenty('timeline(topic: "topic:us-missile-defence-north-east-asia", bucket: DAY) { count }')],
    ['contradictions', twenty('contradictions { claim { id } }')],
  ])('twenty of %s in one request exceed the default complexity, refused before anything runs', async (_what, query) => {
    let sent = 0;
    const counted = client(db.graph.observed(() => (sent += 1)));
    const error = refusal(await counted.gql(query));
    expect(error.extensions).toMatchObject({ code: 'TOO_COMPLEX', limit: DEFAULTS.limits.complexity });
    expect(sent).toBe(0);
  });

  it('one of each passes', async () => {
    expect((await gql(`{ ${PATHS} ${NETWORK} ${RANKING} }`)).errors).toBeUndefined();
  });
});

describe('CORS', () => {
  const origin = 'https://analyst.example.org';
  const preflight = (yoga: ReturnType<typeof client>['yoga'], from: string) =>
    yoga.fetch('http://yoga/graphql', {
      method: 'OPTIONS',
      headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  it('allows a listed origin, with the methods and headers the API takes', async () => {
    const { yoga } = client(db.graph, { http: { ...DEFAULTS.http, corsOrigins: [origin] } });
    const response = await preflight(yoga, origin);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('sends no CORS headers to any other origin, so the browser refuses; by default none is listed', async () => {
    const listed = client(db.graph, { http: { ...DEFAULTS.http, corsOrigins: [origin] } });
    expect((await preflight(listed.yoga, 'https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
    expect(DEFAULTS.http.corsOrigins).toEqual([]);
    const byDefault = await preflight(client(db.graph).yoga, origin);
    expect(byDefault.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows any origin with *', async () => {
    const { yoga } = client(db.graph, { http: { ...DEFAULTS.http, corsOrigins: ['*'] } });
    expect((await preflight(yoga, 'https://anywhere.example')).headers.get('access-control-allow-origin')).toBe('https://anywhere.example');
  });

  it('reads its origins from CLAIMGRAPH_CORS_ORIGINS, and refuses a malformed one by name', () => {
    expect(loadConfig({ CLAIMGRAPH_CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).http.corsOrigins).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
    expect(() => loadConfig({ CLAIMGRAPH_CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CLAIMGRAPH_CORS_ORIGINS/);
  });
});

describe('introspection switch', () => {
  const closed = client(db.graph, { http: { ...DEFAULTS.http, introspection: false } });

  it('is on by default', async () => {
    expect((await gql('{ __schema { queryType { name } } }')).data.__schema.queryType.name).toBe('Query');
  });

  it('off: refuses __schema and __type, and drops "Did you mean" suggestions', async () => {
    // One error per introspection field (__schema, then queryType of type __Type).
    const schema = await closed.gql('{ __schema { queryType { name } } }');
    expect(schema.data).toBeUndefined();
    expect(schema.errors![0]!.message).toMatch(/introspection has been disabled.*"__schema"/);
    expect(refusal(await closed.gql('{ __type(name: "Actor") { name } }')).message).toMatch(/introspection/i);
    expect((await gql('{ actr(name: "Lavrov") { name } }')).errors![0]!.message).toMatch(/Did you mean "actor"/);
    expect(refusal(await closed.gql('{ actr(name: "Lavrov") { name } }')).message).toBe('Cannot query field "actr" on type "Query".');
  });

  it('off: ordinary queries still run, and GraphiQL is not served', async () => {
    expect((await closed.gql('{ actor(name: "Lavrov") { name } }')).data.actor.name).toBe('Sergei Lavrov');
    const page = await closed.yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });

  it('reads CLAIMGRAPH_INTROSPECTION', () => {
    expect(loadConfig({ CLAIMGRAPH_INTROSPECTION: 'off' }).http.introspection).toBe(false);
    expect(() => loadConfig({ CLAIMGRAPH_INTROSPECTION: 'no' })).toThrow(/CLAIMGRAPH_INTROSPECTION/);
  });
});

describe('masked errors', () => {
  it('an internal error reaches the client as "Unexpected error." with no stack or detail', async () => {
    // A real failure from Neo4j, not meant for the client: a database that does not exist.
    const lost = client(new Graph(db.driver, { database: 'no-such-database', txTimeoutMs: 5_000 }));
    const res = await lost.gql('{ actor(name: "Lavrov") { name } }');
    expect(res.errors).toEqual([
      { message: 'Unexpected error.', locations: [{ line: 1, column: 3 }], path: ['actor'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });

  it('a limit refusal keeps its message, also with introspection off', async () => {
    const closed = client(db.graph, { http: { ...DEFAULTS.http, introspection: false } });
    expect(refusal(await closed.gql(aliasBomb(100))).message).toMatch(/Aliases limit/);
  });
});
