/**
 * `npm run soak` in its quick form, at a small request count against the suite's Neo4j with the
 * seed, so that the script can't rot: zero errors and the table. No timing or memory asserted.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { suiteNeo4jUri } from '../support/neo4j-uri.js';
import { openGraph, resetWithSeed } from '../support/graph.js';

describe('npm run soak', () => {
  const db = openGraph();
  beforeAll(() => resetWithSeed(db.graph));
  afterAll(() => db.close());

  it('runs mixed queries at concurrency 16 with zero errors and prints its table', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'soak.ts'), '--requests', '200', '--max-growth-mb', '100000'], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: suiteNeo4jUri(), LOG_LEVEL: 'warn' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(run.stderr).toContain('soak: 200 requests at concurrency 16');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('| requests | errors | req/s | p50 ms | p95 ms | p99 ms | RSS after warm-up |');
    expect(run.stdout).toMatch(/^\| 200 \| 0 \| /m);
  }, 300_000);
});
