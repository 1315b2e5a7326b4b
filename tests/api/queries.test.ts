/** Lookups, filters, pagination and error handling of the GraphQL API over the seed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, openGraph, resetWithSeed } from '../support/graph.js';

const db = openGraph();
const { gql } = client(db.graph, { maxPageSize: 50 });

beforeAll(() => resetWithSeed(db.graph));
afterAll(() => db.close());

const count = async (filter: string) => {
  const res = await gql(`{ statements(filter: ${filter}) { totalCount } }`);
  expect(res.errors).toBeUndefined();
  return res.data.statements.totalCount as number;
};

describe('statements filter', () => {
  it('combines speaker, kind, topic, stance, dates and text', async () => {
    const all = await count('{}');
    expect(all).toBe(16);
    expect(await count('{speaker: "person:taro-kono"}')).toBe(5);
    expect(await count('{speaker: "person:taro-kono", kind: DIRECT_QUOTE}')).toBe(3);
    const concern = await count('{topic: "topic:us-missile-defence-north-east-asia", stance: CONCERN}');
    expect(concern).toBeGreaterThanOrEqual(3);
    expect(await count('{topic: "topic:us-missile-defence-north-east-asia"}')).toBeGreaterThan(concern);
    // Abe's statement is dated November 2017 (month precision) → 2017-11-01; the US one 2017.
    expect(await count('{from: "2017-11-24", to: "2017-11-24"}')).toBe(all - 2);
    expect(await count('{to: "2017-11-23"}')).toBe(2);
    expect(await count('{text: "DEEP CONCERN"}')).toBe(1);
    expect(await count('{speaker: "person:nobody"}')).toBe(0);
  });

  it('reports the date as precisely as it is known', async () => {
    const res = await gql('{ actor(name: "Abe") { statements { edges { node { saidOn datePrecision when event { name when } } } } } }');
    expect(res.data.actor.statements.edges[0].node).toMatchObject({ saidOn: '2017-11-01', datePrecision: 'MONTH', when: '2017-11' });
    expect(res.data.actor.statements.edges[0].node.event.when).toBe('2017-11');
  });

  it('gives each statement its span in the article text', async () => {
    const res = await gql('{ statements(filter: {text: "most pressing threat"}) { edges { node { text span { start end paragraph } article { text } } } } }');
    const node = res.data.statements.edges[0].node;
    expect(node.article.text.slice(node.span.start, node.span.end)).toBe(node.text);
    expect(node.span.paragraph).toBeGreaterThan(0);
  });
});

describe('pagination', () => {
  it('walks a connection page by page with cursors and a total count', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const res: any = await gql(
        'query($after: String) { statements(first: 5, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(res.data.statements.totalCount).toBe(16);
      seen.push(...res.data.statements.edges.map((e: any) => e.node.id));
      if (!res.data.statements.pageInfo.hasNextPage) break;
      after = res.data.statements.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(16);
    expect(new Set(seen).size).toBe(16);
  });

  it('refuses a page larger than the limit, naming the limit', async () => {
    const res = await gql('{ topics(first: 51) { totalCount } }');
    expect(res.errors?.[0]?.message).toBe('"first" is 51, above the page size limit of 50');
    expect(res.errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_LIMIT');
  });

  it('lists and filters topics, articles, events, places and claims', async () => {
    const res = await gql(`{
      topics(name: "missile") { totalCount edges { node { name } } }
      articles(filter: {publisher: "org:the-independent", from: "2017-11-01"}) { totalCount edges { node { headline authors { name } contributors { name } } } }
      none: articles(filter: {to: "2017-01-01"}) { totalCount }
      events(filter: {involves: "person:sergei-lavrov"}) { totalCount edges { node { name place { name } participants { actor { name } role } } } }
      places(name: "kuril") { edges { node { name claimedBy { name } controlledBy { name } parts { name } } } }
      claims { totalCount }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.topics.totalCount).toBeGreaterThanOrEqual(1);
    expect(res.data.articles.edges[0].node.authors).toEqual([{ name: 'Caroline Mortimer' }]);
    expect(res.data.articles.edges[0].node.contributors).toEqual([{ name: 'Reuters' }]);
    expect(res.data.none.totalCount).toBe(0);
    expect(res.data.events.totalCount).toBe(1);
    expect(res.data.events.edges[0].node.participants).toEqual(expect.arrayContaining([{ actor: { name: 'Sergei Lavrov' }, role: 'PARTICIPANT' }]));
    const kuril = res.data.places.edges[0].node;
    expect(kuril.name).toBe('Kuril Islands');
    expect(kuril.controlledBy).toEqual([{ name: 'Russia' }]);
    expect(kuril.claimedBy.map((c: any) => c.name).sort()).toEqual(['Japan', 'Russia']);
    expect(res.data.claims.totalCount).toBeGreaterThan(5);
  });
});

describe('relationships both ways', () => {
  it('links a response to what it answers, and a claim to who affirms and denies it', async () => {
    const res = await gql(`{
      statements(filter: {speaker: "person:taro-kono", kind: INDIRECT}) { edges { node { respondsTo { speaker { name } responses { speaker { name } } } } } }
      claims(first: 50) { edges { node { text assertions { polarity statement { speaker { name } } } } } }
    }`);
    expect(res.errors).toBeUndefined();
    const answered = res.data.statements.edges.flatMap((e: any) => e.node.respondsTo);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((s: any) => s.speaker.name === 'Sergei Lavrov')).toBe(true);
    expect(answered[0].responses.map((r: any) => r.speaker.name)).toContain('Taro Kono');
    const contested = res.data.claims.edges.filter((e: any) => new Set(e.node.assertions.map((a: any) => a.polarity)).size === 2);
    expect(contested.length).toBeGreaterThan(0);
  });

  it('resolves node(id:) for every type, and mentions as actors or places', async () => {
    const res = await gql(`{
      nodes(ids: ["person:sergei-lavrov", "country:japan", "org:reuters", "place:kuril-islands", "topic:us-missile-defence-north-east-asia", "article:independent-2017-11-24-lavrov-kono"]) { __typename id }
      statements(first: 50) { edges { node { mentions { role target { __typename ... on Person { name } ... on Place { name } } } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.nodes.map((n: any) => n.__typename)).toEqual(['Person', 'Country', 'Organization', 'Place', 'Topic', 'Article']);
    const typenames = new Set(res.data.statements.edges.flatMap((e: any) => e.node.mentions.map((m: any) => m.target.__typename)));
    expect(typenames.has('Country')).toBe(true);
  });
});

describe('bad input', () => {
  it('answers an unknown id with null and a malformed id with a precise error', async () => {
    expect((await gql('{ node(id: "person:nobody") { id } actor(id: "person:nobody") { name } }')).data).toEqual({ node: null, actor: null });
    const res = await gql('{ node(id: "not an id") { id } }');
    expect(res.errors?.[0]?.message).toContain('"not an id" is not a claimgraph id');
  });

  it('rejects malformed GraphQL and invalid arguments without a stack trace', async () => {
    const syntax = await gql('{ actor(name: "Lavrov" { name }');
    expect(syntax.errors?.[0]?.message).toMatch(/Syntax Error/);
    const empty = await gql('{ actor(name: "   ") { name } }');
    expect(empty.errors?.[0]?.message).toMatch(/must not be empty/);
    const both = await gql('{ actor(id: "person:sergei-lavrov", name: "Lavrov") { name } }');
    expect(both.errors?.[0]?.message).toBe('Give exactly one of "id" or "name".');
    for (const res of [syntax, empty, both]) expect(JSON.stringify(res)).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('treats hostile strings as plain values', async () => {
    const hostile = `Lavrov"}) MATCH (n) DETACH DELETE n //`;
    const res = await gql('query($name: String!, $text: String!) { actor(name: $name) { name } statements(filter: {text: $text}) { totalCount } }', {
      name: hostile,
      text: "' OR 1=1 --",
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ actor: null, statements: { totalCount: 0 } });
    expect(await count('{}')).toBe(16);
  });
});
