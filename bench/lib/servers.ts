/**
 * The two GraphQL servers under test, in this process on free ports of 127.0.0.1: claimgraph
 * (createClaimgraphYoga behind node:http) and @neo4j/graphql (type definitions for the same
 * model in bench/neo4j-graphql/typedefs.graphql, served by graphql-yoga) on the same Neo4j.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import type { Logger } from '../../src/logger.js';
import { createClaimgraphYoga } from '../../src/server/yoga.js';

export const TYPEDEFS_FILE = path.join(ROOT, 'bench', 'neo4j-graphql', 'typedefs.graphql');

export interface Running {
  url: string;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<Running> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('the server has no address');
  return {
    url: `http://127.0.0.1:${address.port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function startClaimgraph(graph: Graph, log: Logger, maxPageSize = 100): Promise<Running> {
  const yoga = createClaimgraphYoga({ graph, log, maxPageSize });
  return listen(createServer(yoga));
}

export async function startNeo4jGraphql(driver: Driver, database: string): Promise<Running> {
  const typeDefs = readFileSync(TYPEDEFS_FILE, 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
    // Its errors are shown as they are: the bench reports them.
    maskedErrors: false,
    // Reads with the database named, as claimgraph does.
    context: () => ({ sessionConfig: { database } }),
  });
  return listen(createServer(yoga));
}
