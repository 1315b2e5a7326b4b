/** actorNetwork and actorRanking on the seed graph. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorNetwork, MAX_GROUP, NETWORK_BOUNDS, RANKING_BOUNDS, rankActors } from '../../src/graph/network.js';
import { QueryTooLargeError } from '../../src/graph/graph.js';
import { client, itRefusesClearly, openGraph, resetWithSeed } from '../support/graph.js';

const db = openGraph();
const { gql } = client(db.graph);
beforeAll(() => resetWithSeed(db.graph));
afterAll(() => db.close());

const LAVROV = 'person:sergei-lavrov';
const KONO = 'person:taro-kono';
const NK_PROGRAMME = 'topic:north-korea-nuclear-missile-programme';
const NETWORK = 'nodes { id type label node { id ... on Actor { name } } } edges { id type source target properties } truncated';

interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: { weight: number; via: string[] };
}

async function network(args = ''): Promise<{ nodes: Array<{ id: string; type: string }>; edges: Edge[]; truncated: boolean }> {
  const res = await gql(`{ actorNetwork${args ? `(${args})` : ''} { ${NETWORK} } }`);
  expect(res.errors).toBeUndefined();
  return res.data.actorNetwork;
}

const edge = (edges: Edge[], type: string, source: string, target: string) => edges.find((e) => e.type === type && e.source === source && e.target === target);

describe('actorNetwork', () => {
  it('links Lavrov and Kono by topic, by event, and Kono to Lavrov by his responses', async () => {
    const { nodes, edges, truncated } = await network();
    expect(truncated).toBe(false);
    expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining([LAVROV, KONO]));
    // Undirected links come once per pair, the lower id as source.
    for (const type of ['SAME_TOPIC', 'SAME_EVENT']) {
      expect(edge(edges, type, LAVROV, KONO)?.properties.weight).toBeGreaterThanOrEqual(1);
      expect(edge(edges, type, KONO, LAVROV)).toBeUndefined();
    }
    const addresses = edge(edges, 'ADDRESSES', KONO, LAVROV);
    expect(addresses?.properties.weight).toBeGreaterThanOrEqual(1);
    expect(addresses?.id).toBe(`ADDRESSES:${KONO}->${LAVROV}`);
  });

  it('justifies an edge with the ids it counted', async () => {
    const { edges } = await network();
    const addresses = edge(edges, 'ADDRESSES', KONO, LAVROV)!;
    expect(addresses.properties.via.length).toBe(Math.min(5, addresses.properties.weight));
    const res = await gql('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Statement { speaker { id } respondsTo { speaker { id } } } } }', {
      ids: addresses.properties.via,
    });
    expect(res.errors).toBeUndefined();
    for (const s of res.data.nodes) {
      expect(s.speaker.id).toBe(KONO);
      expect(s.respondsTo.map((r: any) => r.speaker.id)).toContain(LAVROV);
    }
    const sameTopic = edge(edges, 'SAME_TOPIC', LAVROV, KONO)!;
    expect(sameTopic.properties.via.every((id) => id.startsWith('topic:'))).toBe(true);
    expect(edge(edges, 'SAME_EVENT', LAVROV, KONO)!.properties.via).toContain('event:lavrov-kono-talks-2017-11-24');
  });

  it('is a well-formed subgraph of actors: unique edge ids, every end among the nodes, heaviest first', async () => {
    const { nodes, edges } = await network();
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.size).toBe(nodes.length);
    expect(nodes.every((n) => ['PERSON', 'COUNTRY', 'ORGANIZATION'].includes(n.type))).toBe(true);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
    for (const e of edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.source).not.toBe(e.target);
      expect(['MENTIONS', 'ADDRESSES', 'SAME_TOPIC', 'SAME_EVENT']).toContain(e.type);
      if (e.type.startsWith('SAME_')) expect(e.source < e.target).toBe(true);
    }
    const weights = edges.map((e) => e.properties.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    // `via`: the smallest ids, in order, so that answers are stable.
    for (const e of edges) expect(e.properties.via).toEqual([...e.properties.via].sort());
  });

  it('pairs only the most active speakers of a topic or event, and says so', async () => {
    const all = await actorNetwork(db.graph, { minWeight: 1, limit: 5000 });
    const capped = await actorNetwork(db.graph, { minWeight: 1, limit: 5000, maxGroup: 2 });
    expect(all!.truncated).toBe(false);
    expect(capped!.truncated).toBe(true);
    const sameTopic = (n: typeof all) => n!.edges.filter((e) => e.type === 'SAME_TOPIC');
    expect(sameTopic(capped).length).toBeLessThan(sameTopic(all).length);
    // Everyone the talks INVOLVES is still paired, and directed links are not capped.
    expect(edge(capped!.edges, 'SAME_EVENT', LAVROV, KONO)).toBeDefined();
    expect(capped!.edges.filter((e) => e.type === 'MENTIONS')).toEqual(all!.edges.filter((e) => e.type === 'MENTIONS'));
  });

  it('leaves out edges lighter than minWeight', async () => {
    const all = await network();
    const heavy = await network('minWeight: 2');
    expect(all.edges.some((e) => e.properties.weight < 2)).toBe(true);
    expect(heavy.edges.length).toBe(all.edges.filter((e) => e.properties.weight >= 2).length);
    expect(heavy.edges.length).toBeLessThan(all.edges.length);
    expect(heavy.edges.every((e) => e.properties.weight >= 2)).toBe(true);
  });

  it('narrows to a topic and its subtopics', async () => {
    const all = await network();
    const res = await gql(`{ topic(id: "${NK_PROGRAMME}") { subtopics { id } } }`);
    const subtree = new Set([NK_PROGRAMME, ...res.data.topic.subtopics.map((t: any) => t.id)]);
    const narrowed = await network(`topic: "${NK_PROGRAMME}"`);
    expect(narrowed.edges.length).toBeGreaterThan(0);
    expect(narrowed.edges.length).toBeLessThan(all.edges.length);
    for (const e of narrowed.edges.filter((x) => x.type === 'SAME_TOPIC')) {
      expect(e.properties.via.every((id) => subtree.has(id))).toBe(true);
    }
    // A statement counts for MENTIONS and ADDRESSES only if it is about the topic: weights can only drop.
    for (const e of narrowed.edges) {
      expect(e.properties.weight).toBeLessThanOrEqual(edge(all.edges, e.type, e.source, e.target)!.properties.weight);
    }
    // Nothing in the seed is about the Kuril Islands dispute itself.
    expect((await network('topic: "topic:kuril-islands-dispute"')).edges).toEqual([]);
  });

  it('narrows to a date range', async () => {
    const all = await network();
    // Abe's statement at the Abe–Trump meeting is dated 2017-11 (the 1st): outside the day of the talks.
    expect(edge(all.edges, 'SAME_EVENT', 'person:donald-trump', 'person:shinzo-abe')).toBeDefined();
    const day = await network('from: "2017-11-24", to: "2017-11-24"');
    expect(day.edges.length).toBeLessThan(all.edges.length);
    expect(edge(day.edges, 'SAME_EVENT', 'person:donald-trump', 'person:shinzo-abe')).toBeUndefined();
    expect(edge(day.edges, 'ADDRESSES', KONO, LAVROV)).toBeDefined();
  });

  it('keeps the heaviest edges up to limit and says it truncated', async () => {
    const all = await network();
    const one = await network('limit: 1');
    expect(one.truncated).toBe(true);
    expect(one.edges).toHaveLength(1);
    expect(one.edges[0]).toEqual(all.edges[0]);
    expect(one.nodes.map((n) => n.id).sort()).toEqual([one.edges[0]!.source, one.edges[0]!.target].sort());
  });
});

describe('actorRanking', () => {
  it('ranks by weighted degree, Lavrov among the top, as the network edges add up', async () => {
    const { edges } = await network('limit: 5000');
    const degree = new Map<string, number>();
    for (const e of edges) {
      for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + e.properties.weight);
    }
    const res = await gql('{ actorRanking(first: 3) { rank score actor { id name } } }');
    expect(res.errors).toBeUndefined();
    const ranking = res.data.actorRanking;
    expect(ranking.map((r: any) => r.rank)).toEqual([1, 2, 3]);
    expect(ranking.map((r: any) => r.actor.id)).toContain(LAVROV);
    for (const r of ranking) expect(r.score).toBe(degree.get(r.actor.id));
    const best = Math.max(...degree.values());
    expect(ranking[0].score).toBe(best);
  });

  it('ranks by PageRank: positive scores that sum to 1, highest first', async () => {
    const res = await gql('{ actorRanking(metric: PAGERANK, first: 100) { rank score actor { id } } }');
    expect(res.errors).toBeUndefined();
    const ranking = res.data.actorRanking;
    const { nodes } = await network('limit: 5000');
    expect(ranking).toHaveLength(nodes.length);
    expect(ranking.every((r: any) => r.score > 0)).toBe(true);
    expect(ranking.reduce((sum: number, r: any) => sum + r.score, 0)).toBeCloseTo(1, 6);
    const scores = ranking.map((r: any) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('ranks within a topic', async () => {
    const res = await gql(`{ actorRanking(topic: "${NK_PROGRAMME}", first: 100) { actor { id } } }`);
    expect(res.errors).toBeUndefined();
    const narrowed = await network(`topic: "${NK_PROGRAMME}", limit: 5000`);
    expect(res.data.actorRanking.map((r: any) => r.actor.id).sort()).toEqual(narrowed.nodes.map((n) => n.id).sort());
  });
});

describe('bad arguments', () => {
  itRefusesClearly(gql, [
    ['{ actorNetwork(minWeight: 0) { truncated } }', /minWeight must be between 1 and 1000/],
    ['{ actorNetwork(limit: 100000) { truncated } }', /limit must be between 1 and 5000/],
    ['{ actorNetwork(topic: "topic:nothing-like-it") { truncated } }', /No node has the id "topic:nothing-like-it"/],
    ['{ actorNetwork(topic: "garbage") { truncated } }', /is not a claimgraph id/],
    ['{ actorNetwork(topic: "person:sergei-lavrov") { truncated } }', /is not a topic id/],
    ['{ actorNetwork(from: "2017-12-01", to: "2017-11-01") { truncated } }', /from: must not be after `to`/],
    ['{ actorNetwork(from: "2017-13-01") { truncated } }', /invalid date-string 2017-13-01/],
    ['{ actorRanking(first: 0) { rank } }', /first must be between 1 and 100/],
    ['{ actorRanking(first: 101) { rank } }', /first must be between 1 and 100/],
    ['{ actorRanking(topic: "topic:nothing-like-it") { rank } }', /No node has the id "topic:nothing-like-it"/],
    ['{ actorRanking(from: "2018-01-01", to: "2017-01-01") { rank } }', /from: must not be after `to`/],
  ]);

  it.each([
    [new QueryTooLargeError('out of transaction memory'), 'QUERY_TOO_LARGE'],
    [Object.assign(new Error('stopped'), { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' }), 'QUERY_TIMEOUT'],
  ])('turns %s into %s with advice', async (error, expected) => {
    // A graph whose every query fails as the executor reports a transaction limit (the real
    // limits are exercised in tests/api/query-limits.test.ts).
    const failing = client(
      db.graph.observed(() => {
        throw error;
      }),
    );
    for (const field of ['actorNetwork { truncated }', 'actorRanking { rank }']) {
      const res = await failing.gql(`{ ${field} }`);
      expect(res.errors?.[0]?.extensions?.code).toBe(expected);
      expect(res.errors?.[0]?.message).toMatch(/narrow it with `topic` or `from`\/`to`/);
    }
  });

  it('marks an unknown topic NOT_FOUND', async () => {
    const res = await gql('{ actorNetwork(topic: "topic:nothing-like-it") { truncated } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

// The graph layer owns these bounds (src/graph/network.ts): called below the API, out of them,
// actorNetwork and rankActors refuse with a RangeError naming the argument.
describe('bounds, checked by the graph functions themselves', () => {
  it('actorNetwork refuses minWeight, limit and maxGroup out of bounds, naming them', async () => {
    const { maxMinWeight } = NETWORK_BOUNDS;
    await expect(actorNetwork(db.graph, { minWeight: maxMinWeight + 1, limit: 500 })).rejects.toThrow(
      /minWeight must be a whole number between 1 and 1000, got 1001/,
    );
    await expect(actorNetwork(db.graph, { minWeight: 0, limit: 500 })).rejects.toThrow(RangeError);
    // The ranking reads up to its edge cap through the same query: that is the query's bound.
    await expect(actorNetwork(db.graph, { minWeight: 1, limit: RANKING_BOUNDS.edgeCap + 1 })).rejects.toThrow(
      /limit must be a whole number between 1 and 20000, got 20001/,
    );
    await expect(actorNetwork(db.graph, { minWeight: 1, limit: 0 })).rejects.toThrow(/limit/);
    await expect(actorNetwork(db.graph, { minWeight: 1, limit: 500, maxGroup: MAX_GROUP + 1 })).rejects.toThrow(
      /maxGroup must be a whole number between 1 and 50/,
    );
  });

  it('actorNetwork answers at its bounds', async () => {
    const widest = await actorNetwork(db.graph, { minWeight: 1, limit: RANKING_BOUNDS.edgeCap, maxGroup: MAX_GROUP });
    expect(widest?.edges.length).toBeGreaterThan(1);
    expect((await actorNetwork(db.graph, { minWeight: 1, limit: 1 }))?.edges).toHaveLength(1);
    expect(await actorNetwork(db.graph, { minWeight: NETWORK_BOUNDS.maxMinWeight, limit: NETWORK_BOUNDS.maxLimit })).not.toBeNull();
  });

  it('rankActors refuses first out of bounds, naming it, and answers at the bounds', async () => {
    const network = (await actorNetwork(db.graph, { minWeight: 1, limit: NETWORK_BOUNDS.defaultLimit }))!;
    expect(() => rankActors(network, 'DEGREE', RANKING_BOUNDS.maxFirst + 1)).toThrow(/first must be a whole number between 1 and 100, got 101/);
    expect(() => rankActors(network, 'PAGERANK', 0)).toThrow(RangeError);
    expect(rankActors(network, 'DEGREE', 1)).toHaveLength(1);
    expect(rankActors(network, 'PAGERANK', RANKING_BOUNDS.maxFirst).length).toBeGreaterThan(1);
  });
});
