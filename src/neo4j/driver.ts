/** The neo4j-driver instance for a configured server (the local one or the user's). */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';

type DriverSettings = Pick<Config['neo4j'], 'user' | 'password'> & Partial<Pick<Config['neo4j'], 'connectTimeoutMs' | 'retryTimeMs'>>;

export function createDriver(uri: string, settings: DriverSettings): Driver {
  const connectTimeoutMs = settings.connectTimeoutMs ?? 3_000;
  return neo4j.driver(uri, neo4j.auth.basic(settings.user, settings.password), {
    // Counts and offsets fit in a double; plain numbers keep resolvers simple.
    disableLosslessIntegers: true,
    userAgent: 'claimgraph/0.1',
    // The driver's defaults (30 s, 60 s) would hold a request for a minute while the database
    // is down; these bound it to about retry time + connect timeout.
    connectionTimeout: connectTimeoutMs,
    connectionAcquisitionTimeout: 2 * connectTimeoutMs,
    maxTransactionRetryTime: settings.retryTimeMs ?? 5_000,
    maxConnectionPoolSize: 50,
  });
}
