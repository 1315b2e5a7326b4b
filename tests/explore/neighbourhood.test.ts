/** neighbourhood and paths on the seed graph. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORE_BOUNDS, neighbourhood, shortestPaths } from '../../src/graph/explore.js';
import { client, itRefusesClearly, openGraph, resetWithSeed } from '../support/graph.js';

const db = openGraph();
const { gql } = client(db.graph);
beforeAll(() => resetWithSeed(db.graph));
afterAll(() => db.close());

const SUBGRAPH = 'nodes { id type label distance node { id } } edges { id type source target properties } truncated';

describe('neighbourhood', () => {
  it('reaches Taro Kono and Shinzo Abe within two hops of Sergei Lavrov', async () => {
    const res = await gql(`{ neighbourhood(id: "person:sergei-lavrov", depth: 2) { ${SUBGRAPH} } }`);
    expect(res.errors).toBeUndefined();
    const { nodes, edges } = res.data.neighbourhood;
    const ids = nodes.map((n: any) => n.id);
    expect(ids[0]).toBe('person:sergei-lavrov');
    expect(ids).toEqual(expect.arrayContaining(['person:taro-kono', 'person:shinzo-abe']));
    // Nearest first, and every edge joins two returned nodes.
    const distances = nodes.map((n: any) => n.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const idSet = new Set(ids);
    for (const e of edges) expect(idSet.has(e.source) && idSet.has(e.target)).toBe(true);
    expect(nodes.every((n: any) => n.node.id === n.id)).toBe(true);
  });

  it('keeps the nearest nodes and says it truncated', async () => {
    const res = await gql(`{ neighbourhood(id: "person:sergei-lavrov", depth: 1, limit: 3) { ${SUBGRAPH} } }`);
    expect(res.data.neighbourhood.nodes).toHaveLength(4);
    expect(res.data.neighbourhood.truncated).toBe(true);
    expect(res.data.neighbourhood.nodes.slice(1).every((n: any) => n.distance === 1)).toBe(true);
    const all = await gql(`{ neighbourhood(id: "person:sergei-lavrov", depth: 1, limit: 2000) { truncated nodes { id } } }`);
    expect(all.data.neighbourhood.truncated).toBe(false);
  });

  it('follows only the relationship types asked for and returns only the node types asked for', async () => {
    const res = await gql(
      `{ neighbourhood(id: "person:sergei-lavrov", depth: 2, relationshipTypes: [ATTRIBUTED_TO, ABOUT], nodeTypes: [TOPIC]) { ${SUBGRAPH} } }`,
    );
    expect(res.errors).toBeUndefined();
    const types = new Set(res.data.neighbourhood.nodes.slice(1).map((n: any) => n.type));
    expect([...types]).toEqual(['TOPIC']);
  });
});

describe('paths', () => {
  it('finds how Sergei Lavrov reaches Donald Trump, with connected edges', async () => {
    const res = await gql('{ paths(from: "person:sergei-lavrov", to: "person:donald-trump") { length nodes { id } edges { source target type } } }');
    expect(res.errors).toBeUndefined();
    const paths = res.data.paths;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0].length).toBeLessThanOrEqual(4);
    for (const path of paths) {
      expect(path.edges).toHaveLength(path.length);
      expect(path.nodes[0].id).toBe('person:sergei-lavrov');
      expect(path.nodes.at(-1).id).toBe('person:donald-trump');
      path.edges.forEach((e: any, i: number) => {
        expect([e.source, e.target].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
      });
    }
    const lengths = paths.map((p: any) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });
});

describe('bad arguments', () => {
  itRefusesClearly(gql, [
    ['{ neighbourhood(id: "person:sergei-lavrov", depth: 9) { truncated } }', /depth must be between 1 and 3/],
    ['{ neighbourhood(id: "person:sergei-lavrov", limit: -1) { truncated } }', /limit must be between 1 and 2000/],
    ['{ neighbourhood(id: "person:nobody") { truncated } }', /No node has the id "person:nobody"/],
    ['{ neighbourhood(id: "garbage") { truncated } }', /is not a claimgraph id/],
    ['{ paths(from: "person:sergei-lavrov", to: "person:donald-trump", maxHops: 100) { length } }', /maxHops must be between 1 and 8/],
    ['{ paths(from: "person:sergei-lavrov", to: "person:nobody") { length } }', /No node has the id "person:nobody"/],
    ['{ paths(from: "person:sergei-lavrov", to: "person:donald-trump", limit: -1) { length } }', /limit must be between 1 and 25/],
  ]);
});

// The Cypher is written for these bounds (the neighbourhood unrolls exactly maxDepth levels):
// called below the API, out of them, the graph functions refuse rather than answer less.
describe('bounds, checked by the graph functions themselves', () => {
  const LAVROV = 'person:sergei-lavrov';
  const path = { from: LAVROV, to: 'person:donald-trump', maxHops: 4, limit: 5, timeoutMs: 5_000 };

  it('refuses a depth beyond the levels the query reads, naming depth and its bound', async () => {
    await expect(neighbourhood(db.graph, { id: LAVROV, depth: 5, limit: 200 })).rejects.toThrow(/depth must be a whole number between 1 and 3, got 5/);
    await expect(neighbourhood(db.graph, { id: LAVROV, depth: 0, limit: 200 })).rejects.toThrow(RangeError);
    await expect(neighbourhood(db.graph, { id: LAVROV, depth: 1.5, limit: 200 })).rejects.toThrow(/depth/);
  });

  it('refuses limits and hops out of bounds, naming the argument', async () => {
    const { maxLimit } = EXPLORE_BOUNDS.neighbourhood;
    await expect(neighbourhood(db.graph, { id: LAVROV, depth: 1, limit: maxLimit + 1 })).rejects.toThrow(
      new RegExp(`limit must be a whole number between 1 and ${maxLimit}`),
    );
    await expect(shortestPaths(db.graph, { ...path, maxHops: EXPLORE_BOUNDS.paths.maxHops + 1 })).rejects.toThrow(
      /maxHops must be a whole number between 1 and 8/,
    );
    await expect(shortestPaths(db.graph, { ...path, limit: 0 })).rejects.toThrow(/limit must be a whole number between 1 and 25/);
  });

  it('answers at the bounds', async () => {
    const { maxDepth, maxLimit } = EXPLORE_BOUNDS.neighbourhood;
    expect((await neighbourhood(db.graph, { id: LAVROV, depth: maxDepth, limit: maxLimit }))?.nodes.length).toBeGreaterThan(1);
    const found = await shortestPaths(db.graph, { ...path, maxHops: EXPLORE_BOUNDS.paths.maxHops, limit: EXPLORE_BOUNDS.paths.maxLimit });
    expect('paths' in found && found.paths.length).toBeGreaterThan(0);
  });
});
