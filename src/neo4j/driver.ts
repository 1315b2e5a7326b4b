/** The neo4j-driver instance for a configured server (the local one or the user's). */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';

export function createDriver(uri: string, settings: Pick<Config['neo4j'], 'user' | 'password'>): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(settings.user, settings.password), {
    // Counts and offsets fit in a double; plain numbers keep resolvers simple.
    disableLosslessIntegers: true,
    userAgent: 'claimgraph/0.1',
    connectionAcquisitionTimeout: 10_000,
    maxConnectionPoolSize: 50,
  });
}
