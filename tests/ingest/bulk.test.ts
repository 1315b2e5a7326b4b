/** Bulk ingest: the same graph as one dossier at a time, one node per actor, and resumable. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/gen/main.js';
import { countGraph } from '../../src/graph/admin.js';
import { bulkIngest } from '../../src/ingest/bulk.js';
import { ingestDossier } from '../../src/ingest/ingest.js';
import { openGraph, resetGraph } from '../support/graph.js';

const db = openGraph();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bulk-'));
const corpus = writeCorpus({ size: 'XS', seed: 5, out: path.join(tmp, 'corpus') });
afterAll(async () => {
  await db.close();
  rmSync(tmp, { recursive: true, force: true });
});
beforeEach(() => resetGraph(db.graph));

function dossiers(): unknown[] {
  return readdirSync(corpus.dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(path.join(corpus.dir, f), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    );
}

/** Everything that tells two graphs apart short of comparing them node by node. */
async function fingerprint() {
  const [labels] = await db.graph.read(`MATCH (n) UNWIND labels(n) AS l WITH l, count(*) AS c ORDER BY l RETURN collect([l, c]) AS labels`);
  const [types] = await db.graph.read(`MATCH ()-[r]->() WITH type(r) AS t, count(*) AS c ORDER BY t RETURN collect([t, c]) AS types`);
  const [aliases] = await db.graph.read(`MATCH (a:Actor) WITH a ORDER BY a.id RETURN collect([a.id, a.aliases, a.nameKeys]) AS actors`);
  return { ...(await countGraph(db.graph)), labels: labels!.labels, types: types!.types, actors: aliases!.actors };
}

describe('bulk ingest', () => {
  it('gives the same graph as ingesting the dossiers one by one', async () => {
    for (const d of dossiers()) await ingestDossier(db.graph, d);
    const oneByOne = await fingerprint();
    expect(oneByOne.nodes).toBeGreaterThan(300);

    await resetGraph(db.graph);
    const result = await bulkIngest(db.graph, corpus.dir, { dossiersPerTx: 15, rowsPerQuery: 100, restart: true, checkpointFile: path.join(tmp, 'cp1.json') });
    expect(result).toMatchObject({ statements: 300, refused: 0, complete: true, batches: 3 });
    expect(await fingerprint()).toEqual(oneByOne);
  }, 120_000); // 40 dossiers one transaction each first

  it('resumes an interrupted load where it stopped, with the same result as an uninterrupted one', async () => {
    const checkpointFile = path.join(tmp, 'cp2.json');
    await bulkIngest(db.graph, corpus.dir, { dossiersPerTx: 10, restart: true, checkpointFile });
    const whole = await fingerprint();

    await resetGraph(db.graph);
    const first = await bulkIngest(db.graph, corpus.dir, { dossiersPerTx: 10, restart: true, checkpointFile, stopAfterBatches: 2 });
    expect(first).toMatchObject({ complete: false, batches: 2, done: 20 });
    expect((await countGraph(db.graph)).nodes).toBeLessThan(whole.nodes);
    const second = await bulkIngest(db.graph, corpus.dir, { dossiersPerTx: 10, checkpointFile });
    expect(second).toMatchObject({ complete: true, skipped: 20, done: 40 });
    expect(first.statements + second.statements).toBe(300);
    expect(await fingerprint()).toEqual(whole);
    // Loading it all again (a crash between commit and checkpoint) changes nothing.
    await bulkIngest(db.graph, corpus.dir, { dossiersPerTx: 10, restart: true, checkpointFile });
    expect(await fingerprint()).toEqual(whole);
  });

  it('puts a new actor introduced by name in two dossiers of one batch on one node', async () => {
    const dir = path.join(tmp, 'by-name');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    const dossier = (n: number) => {
      const text = `Headline ${n}\n\n“We will see,” Ilse Vandermolen said.`;
      const quote = 'We will see';
      return {
        article: { url: `https://example.org/${n}`, headline: `Headline ${n}`, publishedAt: `2020-01-0${n}`, text, publisher: 'Example Times' },
        actors: [
          { type: 'PERSON', name: 'Ilse Vandermolen', aliases: [n === 1 ? 'Vandermolen' : 'I. Vandermolen'] },
          { type: 'ORGANIZATION', name: 'Example Times' },
        ],
        statements: [
          {
            ref: 'a',
            text: quote,
            kind: 'DIRECT_QUOTE',
            speaker: 'Vandermolen',
            span: { start: text.indexOf(quote), end: text.indexOf(quote) + quote.length },
          },
        ],
      };
    };
    writeFileSync(path.join(dir, 'd.jsonl'), `${JSON.stringify(dossier(1))}\n${JSON.stringify(dossier(2))}\n`);
    const result = await bulkIngest(db.graph, dir, { restart: true });
    expect(result).toMatchObject({ refused: 0, batches: 1, statements: 2 });
    const rows = await db.graph.read(`MATCH (a:Person) RETURN a.id AS id, a.aliases AS aliases, COUNT { (a)<-[:ATTRIBUTED_TO]-() } AS said`);
    expect(rows).toEqual([{ id: 'person:ilse-vandermolen', aliases: expect.arrayContaining(['Vandermolen', 'I. Vandermolen']), said: 2 }]);
  });
});
