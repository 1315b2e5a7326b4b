/**
 * The quick benchmark on the suite's Neo4j with the seed article: every query answers in
 * claimgraph, as raw Cypher and (where it can be expressed) through @neo4j/graphql, and the
 * table and the JSON have the expected rows. No timing is asserted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEMS } from '../../bench/lib/bench.js';
import { benchCases } from '../../bench/lib/queries.js';
import type { SavedResult } from '../../bench/lib/report.js';
import { runSuite } from '../../bench/lib/suite.js';
import { suiteNeo4jUri } from '../support/neo4j-uri.js';
import { openGraph, resetWithSeed } from '../support/graph.js';

describe('npm run bench -- --quick', () => {
  const db = openGraph();
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bench-'));
  let result: Awaited<ReturnType<typeof runSuite>>;

  beforeAll(async () => {
    await resetWithSeed(db.graph);
    result = await runSuite({
      graph: db.graph,
      driver: db.driver,
      database: process.env.CLAIMGRAPH_TEST_NEO4J_DATABASE ?? 'neo4j',
      neo4j: {
        uri: suiteNeo4jUri(),
        user: process.env.CLAIMGRAPH_TEST_NEO4J_USER ?? 'neo4j',
        password: process.env.CLAIMGRAPH_TEST_NEO4J_PASSWORD ?? 'neo4j',
        database: process.env.CLAIMGRAPH_TEST_NEO4J_DATABASE ?? 'neo4j',
      },
      size: 'seed',
      quick: true,
      corpus: { size: 'seed' },
      requests: 3,
      maxSeconds: 5,
      outDir,
      log: () => {},
    });
  }, 120_000);

  afterAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    await db.close();
  });

  it('measures every query in every system at concurrency 1 and 2', () => {
    const cases = benchCases(result.run.picks);
    expect(cases).toHaveLength(12);
    expect(result.run.rows).toHaveLength(cases.length * 2 * SYSTEMS.length);
    for (const c of cases) {
      for (const concurrency of [1, 2]) {
        for (const system of SYSTEMS) {
          const row = result.run.rows.find((r) => r.query === c.name && r.system === system && r.concurrency === concurrency);
          expect(row, `${c.name} / ${system} / ${concurrency}`).toBeDefined();
          if (system === '@neo4j/graphql' && 'na' in c.neo4jGraphql) {
            expect(row!.na).toBeTruthy();
            continue;
          }
          expect(row!.error, `${c.name} / ${system} / ${concurrency}`).toBeUndefined();
          expect(row!.measurement!.errors).toBe(0);
          expect(row!.measurement!.requests).toBeGreaterThan(0);
        }
      }
    }
  });

  it('captures the Cypher claimgraph sends for each request', () => {
    for (const c of result.run.cases) expect(c.cypher.length, c.name).toBeGreaterThan(0);
  });

  it('compares with @neo4j/graphql where it can express the query', () => {
    const expressed = result.run.cases.filter((c) => !('na' in c.neo4jGraphql)).map((c) => c.name);
    expect(expressed).toEqual(['actor by alias', 'statements (speaker, page 50, nested)', 'neighbourhood depth 1']);
    const cg = result.run.rows.filter((r) => r.system === 'claimgraph');
    for (const r of cg) {
      expect(r.vsRaw?.p50, r.query).toBeGreaterThan(0);
      if (expressed.includes(r.query)) expect(r.vsNeo4jGraphql?.p50, r.query).toBeGreaterThan(0);
    }
  });

  it('prints a table with one line per row and a legend for n/a', () => {
    const lines = result.table.split('\n');
    expect(lines[0]).toBe('| query | system | concurrency | req/s | p50 | p95 | p99 (ms) | ratio claimgraph/raw | ratio claimgraph/@neo4j/graphql |');
    expect(lines.filter((l) => l.startsWith('| ') && !l.startsWith('| query'))).toHaveLength(result.run.rows.length);
    expect(result.table).toMatch(/n\/a \[\d+\]/);
    expect(result.table).toMatch(/^\[\d+\] no shortest-path query$/m);
  });

  it('saves the JSON with the machine, versions and memory', () => {
    expect(path.dirname(result.file)).toBe(outDir);
    expect(path.basename(result.file)).toMatch(/^seed-.*\.json$/);
    const saved = JSON.parse(readFileSync(result.file, 'utf8')) as SavedResult;
    expect(saved.rows).toHaveLength(result.run.rows.length);
    expect(saved.machine.cpus).toBeGreaterThan(0);
    expect(saved.machine.node).toBe(process.version);
    expect(saved.machine.packages['@neo4j/graphql']).toMatch(/^7\./);
    expect(saved.neo4j.version).toMatch(/^5\./);
    expect(saved.server.peakRssBytes).toBeGreaterThan(0);
    expect(saved.settings.concurrencies).toEqual([1, 2]);
  });
});
