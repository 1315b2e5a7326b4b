/** The ingestArticle mutation: raw text in, extracted and linked to the actors already known. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDossier } from '../../src/extract/index.js';
import { countGraph } from '../../src/graph/admin.js';
import { client, openGraph, resetWithSeed } from '../support/graph.js';
import { SEED_RAW_FILE } from '../support/paths.js';

const db = openGraph();
const { gql } = client(db.graph);
const RAW = readFileSync(SEED_RAW_FILE, 'utf8');

beforeAll(() => resetWithSeed(db.graph));
afterAll(() => db.close());

const MUTATION = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on MutationIngestArticleSuccess {
      data { article { id headline statements { totalCount } } report { statements directQuotes actorsCreated actorsLinked review { path reason confidence } } }
    }
    ... on DossierValidationError { message issues { path message } }
  }
}`;

describe('ingestArticle', () => {
  it('extracts the seed article into a graph that holds its curated dossier, with no duplicate actors', async () => {
    const res = await gql(MUTATION, { input: { text: RAW, publishedAt: '2017-11-24', publisher: 'The Independent' } });
    expect(res.errors).toBeUndefined();
    const { data } = res.data.ingestArticle;
    expect(data.report.directQuotes).toBeGreaterThanOrEqual(8);
    expect(data.article.statements.totalCount).toBe(data.report.statements);
    expect(data.report.actorsLinked).toBeGreaterThanOrEqual(4);
    const duplicates = await db.graph.read(
      `MATCH (a:Actor) UNWIND a.nameKeys AS key WITH key, collect(DISTINCT a.id) AS ids WHERE size(ids) > 1 AND NOT key STARTS WITH '~' RETURN key, ids`,
    );
    expect(duplicates).toEqual([]);
    for (const name of ['Sergei Lavrov', 'Taro Kono', 'Shinzo Abe']) {
      const [row] = await db.graph.read('MATCH (a:Person {name: $name}) RETURN count(a) AS n', { name });
      expect(row?.n).toBe(1);
    }
  });

  it('keeps the provenance of each attribution and mention', async () => {
    const res = await gql(`{ statements(filter: {text: "absolutely unacceptable"}, first: 5) { edges { node {
      text speaker { name } attribution { cue } mentions { target { ... on Country { name } } span { start end } } article { text }
    } } } }`);
    expect(res.errors).toBeUndefined();
    const extracted = res.data.statements.edges.map((e: any) => e.node).find((n: any) => n.attribution.cue !== null);
    expect(extracted.speaker.name).toBe('Taro Kono');
    expect(extracted.attribution.cue).toMatch(/Mr Kono said/);
    const japan = extracted.mentions.find((m: any) => m.target.name === 'Japan');
    expect(extracted.article.text.slice(japan.span.start, japan.span.end)).toBe('Japan');
  });

  it('changes nothing when the same text is ingested again', async () => {
    const before = await countGraph(db.graph);
    const res = await gql(MUTATION, { input: { text: RAW, publishedAt: '2017-11-24', publisher: 'The Independent' } });
    expect(res.data.ingestArticle.__typename).toBe('MutationIngestArticleSuccess');
    expect(await countGraph(db.graph)).toEqual(before);
  });

  it('ingests an article its own extraction once refused ("Speaking in Berlin, Scholz said"), with the same review items as extract', async () => {
    const text = [
      'Scholz: tariff war would hurt workers',
      'Germany warned the United States on Tuesday.',
      'Speaking in Berlin, Scholz said that a tariff war would hurt German workers, and “nobody wins a trade war.”',
      'American strengthened military presence worried Pyongyang, the Foreign Ministry said.',
    ].join('\n\n');
    const options = { publishedAt: '2024-03-14', publisher: 'Example News' };
    const res = await gql(MUTATION, { input: { text, ...options } });
    expect(res.data.ingestArticle.__typename).toBe('MutationIngestArticleSuccess');
    const { report } = extractDossier(text, { published: options.publishedAt, publisher: options.publisher });
    expect(res.data.ingestArticle.data.report.review).toEqual(report.review);
    expect(report.review.map((r) => r.path)).toContain('mentions[0]');
    const [row] = await db.graph.read(
      `MATCH (s:Statement)-[:ATTRIBUTED_TO]->(a:Actor) WHERE s.text STARTS WITH 'a tariff war' RETURN a.name AS speaker, labels(a) AS labels`,
    );
    expect(row).toMatchObject({ speaker: 'Scholz', labels: expect.arrayContaining(['Person']) });
  });

  it('refuses empty text clearly', async () => {
    const res = await gql(MUTATION, { input: { text: '' } });
    expect(res.errors?.[0]?.message).toMatch(/must not be empty/);
  });
});
