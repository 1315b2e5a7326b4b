/**
 * The managed local Neo4j, for real: a throwaway instance in a temp folder on a free port.
 * The first run on a machine also fetches Neo4j with Maven, hence the long hook timeout.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/net.js';
import { boltAnswers, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-server.js';

const PID_FILE = 'claimgraph-neo4j.pid';

describe('local Neo4j', () => {
  let dataDir: string;
  let port: number;
  let server: LocalNeo4j | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-neo4j-'));
    port = await freePort();
    // A pid file left by a process that is gone: start must clear it, not trust it.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(path.join(dataDir, PID_FILE), JSON.stringify({ pid: gone, port }));

    server = await startLocalNeo4j({ dataDir, boltPort: port });
  }, 900_000);

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('starts on the requested port and answers Cypher over Bolt', async () => {
    expect(server!.reused).toBe(false);
    expect(server!.uri).toBe(`bolt://127.0.0.1:${port}`);
    // Authentication is off, so the credentials other code passes by default are accepted.
    const driver = neo4j.driver(server!.uri, neo4j.auth.basic('neo4j', 'neo4j'));
    try {
      const { records } = await driver.executeQuery('RETURN 1 AS one');
      expect(records[0]?.get('one').toNumber()).toBe(1);
    } finally {
      await driver.close();
    }
  });

  it('records the running launcher in a pid file in the data folder', () => {
    const owner = JSON.parse(fs.readFileSync(path.join(dataDir, PID_FILE), 'utf8'));
    expect(owner).toEqual({ pid: server!.pid, port });
  });

  it('reuses the running instance for the same folder and port', async () => {
    const again = await startLocalNeo4j({ dataDir, boltPort: port });
    expect(again.reused).toBe(true);
    expect(again.uri).toBe(server!.uri);
    expect(again.pid).toBe(server!.pid);
    await again.stop(); // a no-op for a reused instance
    expect(await boltAnswers(server!.uri)).toBe(true);
  });

  it('refuses the same folder on another port', async () => {
    await expect(startLocalNeo4j({ dataDir, boltPort: port + 1 })).rejects.toThrow(/already served .* on port/);
  });

  it('stops: the port no longer answers and the pid file is gone', async () => {
    const { pid } = server!;
    await server!.stop();
    await server!.stop(); // idempotent
    expect(await boltAnswers(server!.uri)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, PID_FILE))).toBe(false);
    expect(() => process.kill(pid, 0)).toThrow();
    server = undefined;
  }, 60_000);
});
