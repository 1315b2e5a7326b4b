/** Environment → settings: defaults, overrides and clear errors. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('defaults to the local Neo4j and port 4000', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.local.boltPort).toBe(7687);
    expect(config.neo4j.local.dataDir).toMatch(/\.data\/neo4j$/);
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.server).toEqual({ port: 4000, host: '127.0.0.1' });
    expect(config.seedDir).toMatch(/data\/seed$/);
  });

  it('takes a user’s Neo4j and settings from the environment', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j://cluster:7687', NEO4J_DATABASE: 'claims', PORT: '8080', CLAIMGRAPH_SEED: 'off', NEO4J_HEAP: '4g' });
    expect(config.neo4j.uri).toBe('neo4j://cluster:7687');
    expect(config.neo4j.database).toBe('claims');
    expect(config.server.port).toBe(8080);
    expect(config.seedDir).toBeUndefined();
    expect(config.neo4j.local.heap).toBe('4g');
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP: must look like 1g or 512m/);
  });
});
