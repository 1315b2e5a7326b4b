/**
 * The offline import builds, node for node and relationship for relationship, the graph the
 * online bulk ingest builds from the same corpus: a synthetic corpus plus every curated dossier
 * (roles, places, events, claims, relays…). The offline side runs the real neo4j-admin into a
 * data folder of its own and starts a second local Neo4j on it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { writeCorpus } from '../../src/gen/main.js';
import { Graph } from '../../src/graph/graph.js';
import { bulkIngest } from '../../src/ingest/bulk.js';
import { offlineImport } from '../../src/ingest/offline-import.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-server.js';
import { openGraph, quietLog, resetGraph } from '../support/graph.js';
import { miniDossier } from '../dossier/fixtures.js';

const db = openGraph();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-offline-'));
const corpus = path.join(tmp, 'corpus');
const home = path.join(tmp, 'neo4j');
let imported: LocalNeo4j | undefined;

beforeAll(() => {
  writeCorpus({ size: 'XS', seed: 11, out: path.join(corpus, 'synthetic') });
  for (const set of ['seed', 'dev']) {
    mkdirSync(path.join(corpus, set), { recursive: true });
    for (const f of readdirSync(path.join(ROOT, 'data', set)).filter((f) => f.endsWith('.json')))
      copyFileSync(path.join(ROOT, 'data', set, f), path.join(corpus, set, f));
  }
  // Mentions, after the seed (files load in path order): one names a seed actor (REFERS_TO), one nobody.
  const text = 'Talks in Moscow\n\nLavrov said the talks went well. Mr Smith said nothing.';
  const span = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length });
  mkdirSync(path.join(corpus, 'zz-mentions'), { recursive: true });
  const mentions = [
    { text: 'Lavrov', span: span('Lavrov'), guess: 'PERSON', reason: 'a surname' },
    { text: 'Mr Smith', span: span('Mr Smith'), reason: 'a surname never introduced' },
  ];
  const dossier = { ...miniDossier({ text, statements: [{ ref: 's1', text: 'the talks went well', speaker: 'Sergei Lavrov' }] }), mentions };
  writeFileSync(path.join(corpus, 'zz-mentions', 'mentions.json'), JSON.stringify(dossier));
});

afterAll(async () => {
  await db.close();
  await imported?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** Every node and relationship, with every property, in a canonical order. */
async function dump(graph: Graph) {
  const show = (v: unknown): unknown => (v !== null && typeof v === 'object' && !Array.isArray(v) ? String(v) : v);
  // neo4j-admin can't write an empty list (an empty field is no property); the API reads a
  // missing `aliases` as [], so an empty list and no property are the same here.
  const props = (p: Record<string, unknown>) =>
    Object.keys(p)
      .filter((k) => !(Array.isArray(p[k]) && (p[k] as unknown[]).length === 0))
      .sort()
      .map((k) => [k, show(p[k])]);
  const nodes = await graph.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:ApiKey RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await graph.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
  );
  return {
    nodes: nodes.map((n) => JSON.stringify([[...n.labels].sort(), props(n.props)])).sort(),
    relationships: rels.map((r) => JSON.stringify([r.type, r.from, r.to, props(r.props)])).sort(),
  };
}

describe('offline import (neo4j-admin)', () => {
  it('builds exactly the graph the online bulk ingest builds', async () => {
    await resetGraph(db.graph);
    const online = await bulkIngest(db.graph, corpus, { restart: true, checkpointFile: path.join(tmp, 'checkpoint.json') });
    expect(online.refused).toBe(0);
    const expected = await dump(db.graph);
    expect(expected.nodes.filter((n) => n.startsWith('[["Mention"]'))).toHaveLength(2);
    expect(expected.relationships.filter((r) => r.startsWith('["REFERS_TO"'))).toEqual([expect.stringContaining('person:sergei-lavrov')]);

    const result = await offlineImport({ corpus, filesDir: path.join(tmp, 'files'), home, database: 'neo4j', heap: '512m', log: quietLog });
    expect(result.refused).toBe(0);
    expect(result.statements).toBe(online.statements);
    imported = await startLocalNeo4j({ dataDir: home, boltPort: Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688) + 30, log: quietLog });
    const driver = createDriver(imported.uri, { user: 'neo4j', password: 'neo4j' });
    try {
      const actual = await dump(new Graph(driver, { database: 'neo4j', txTimeoutMs: 30_000 }));
      expect(actual.nodes.length).toBe(expected.nodes.length);
      expect(actual.relationships.length).toBe(expected.relationships.length);
      expect(actual.nodes).toEqual(expected.nodes);
      expect(actual.relationships).toEqual(expected.relationships);
      expect(result.nodes).toBe(expected.nodes.length);
      expect(result.relationships).toBe(expected.relationships.length);
    } finally {
      await driver.close();
    }
  }, 240_000);

  it('writes only the files when no data folder is given, and refuses nothing valid', async () => {
    const filesDir = path.join(tmp, 'files-only');
    const result = await offlineImport({ corpus, filesDir, database: 'neo4j', heap: '512m', log: quietLog });
    expect(result.importSeconds).toBe(0);
    expect(readdirSync(filesDir).sort()).toEqual(
      [
        'actors',
        'articles',
        'claims',
        'events',
        'mention-nodes',
        'places',
        'statements',
        'topics',
        'rel-about',
        'rel-asserts',
        'rel-attributed-to',
        'rel-holds-role',
        'rel-involves',
        'rel-links',
        'rel-mentions',
        'rel-reported-in',
      ]
        .map((f) => `${f}.csv`)
        .sort(),
    );
  });
});
