/**
 * @neo4j/graphql for the benchmark: type definitions for the claimgraph model
 * (bench/neo4j-graphql/typedefs.graphql) served by graphql-yoga on PORT, over the Neo4j of
 * NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE. Started as a child process by
 * bench/lib/server-process.ts, like claimgraph's own server.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { ROOT } from '../src/config.js';

function env(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
}
const database = env('NEO4J_DATABASE', 'neo4j');
const driver = neo4j.driver(env('NEO4J_URI'), neo4j.auth.basic(env('NEO4J_USER', 'neo4j'), env('NEO4J_PASSWORD', 'neo4j')));
const typeDefs = readFileSync(path.join(ROOT, 'bench', 'neo4j-graphql', 'typedefs.graphql'), 'utf8');
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
const server = createServer(yoga);
server.listen(Number(env('PORT')), env('HOST', '127.0.0.1'));
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
