/** Test helpers: a Graph on the suite's Neo4j, the seed, and GraphQL calls through yoga.fetch. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { applySchema, wipeGraph } from '../../src/graph/admin.js';
import { Graph } from '../../src/graph/graph.js';
import { ingestDossier } from '../../src/ingest/ingest.js';
import { createLogger } from '../../src/logger.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { createClaimgraphYoga, type YogaOptions } from '../../src/server/yoga.js';
import { suiteNeo4jUri } from './neo4j-uri.js';
import { SEED_FILE } from './paths.js';

export { SEED_FILE };

export const quietLog = createLogger('silent');

/** A fresh copy of the seed dossier (tests may mutate it). */
export function seedDossier(): any {
  return JSON.parse(readFileSync(SEED_FILE, 'utf8'));
}

export function openGraph() {
  const driver = createDriver(suiteNeo4jUri(), {
    user: process.env.CLAIMGRAPH_TEST_NEO4J_USER ?? 'neo4j',
    password: process.env.CLAIMGRAPH_TEST_NEO4J_PASSWORD ?? 'neo4j',
  });
  const graph = new Graph(driver, { database: process.env.CLAIMGRAPH_TEST_NEO4J_DATABASE ?? 'neo4j', txTimeoutMs: 30_000 });
  return { driver, graph, close: () => driver.close() };
}

/** An empty database with the schema applied. */
export async function resetGraph(graph: Graph): Promise<void> {
  await wipeGraph(graph);
  await applySchema(graph);
}

/** The database holding exactly the seed article. */
export async function resetWithSeed(graph: Graph): Promise<void> {
  await resetGraph(graph);
  await ingestDossier(graph, seedDossier());
}

export interface GraphQLResponse {
  data?: any;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

/** Runs a GraphQL document through yoga's fetch handler (no port) and returns the JSON. */
export function client(graph: Graph, options: Partial<Pick<YogaOptions, 'maxPageSize' | 'limits' | 'http'>> = {}) {
  const yoga = createClaimgraphYoga({ graph, log: quietLog, ...options, maxPageSize: options.maxPageSize ?? 100 });
  const gql = async (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  return { yoga, gql };
}

/** One test per query: each is refused with an error matching its pattern, never a masked 500. */
export function itRefusesClearly(gql: (query: string) => Promise<GraphQLResponse>, cases: Array<[query: string, message: RegExp]>): void {
  it.each(cases)('%s is refused clearly', async (query, message) => {
    const res = await gql(query);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.errors?.[0]?.message).not.toMatch(/Unexpected error/);
  });
}
