/**
 * An article whose date and publisher are unknown: stored without them (no "today", no
 * placeholder publisher), shown as null by the API, listed, and left out of the timeline with a
 * count of what was left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionPool } from '../../src/extract/pool.js';
import { ingestArticle } from '../../src/ingest/article.js';
import { ingestDossier } from '../../src/ingest/ingest.js';
import { client, openGraph, resetWithSeed } from '../support/graph.js';

const db = openGraph();
const { gql } = client(db.graph);
const pool = new ExtractionPool({ workers: 1, maxArticleBytes: 1_000_000, timeoutMs: 30_000 });

const RAW = [
  'Ministers clash over grain corridor',
  'Foreign Minister Jane Holm said the corridor had to reopen "without delay" to avoid hunger.',
  'Trade Minister Omar Sahin said in March 2022 that the deal was "a lifeline for millions".',
].join('\n\n');

let articleId: string;

beforeAll(async () => {
  await resetWithSeed(db.graph);
  const { result, report } = await ingestArticle(db.graph, pool, RAW);
  articleId = result.articleId;
  expect(report.review.map((r) => r.path)).toEqual(expect.arrayContaining(['article.publishedAt', 'article.publisher']));
});
afterAll(async () => {
  await pool.close();
  await db.close();
});

describe('an article of unknown date and publisher', () => {
  it('is stored without a date and without a publisher node', async () => {
    const [row] = await db.graph.read(
      `MATCH (a:Article {id: $id}) RETURN a.publishedAt AS publishedAt, COUNT { (a)-[:PUBLISHED_BY]->() } AS publishers,
         COUNT { MATCH (x:Actor) WHERE x.name =~ '(?i)unknown.*' } AS placeholders`,
      { id: articleId },
    );
    expect(row).toEqual({ publishedAt: null, publishers: 0, placeholders: 0 });
  });

  it('is null in the API, and its statements are dated only from their own words', async () => {
    const res = await gql(
      `query($id: ID!) { article(id: $id) { publishedAt publishedDateTime publisher { id }
      statements(first: 10) { edges { node { text saidOn datePrecision when } } } } }`,
      { id: articleId },
    );
    expect(res.errors).toBeUndefined();
    const a = res.data.article;
    expect(a).toMatchObject({ publishedAt: null, publishedDateTime: null, publisher: null });
    const nodes = a.statements.edges.map((e: any) => e.node);
    expect(nodes.find((n: any) => n.text.includes('without delay'))).toMatchObject({ saidOn: null, datePrecision: null, when: null });
    expect(nodes.find((n: any) => n.text.includes('lifeline'))).toMatchObject({ saidOn: '2022-03-01', datePrecision: 'MONTH', when: '2022-03' });
  });

  it('is still listed among all statements, after the dated ones', async () => {
    const res = await gql('{ statements(first: 100) { totalCount edges { node { text saidOn } } } }');
    expect(res.errors).toBeUndefined();
    const texts = res.data.statements.edges.map((e: any) => e.node.text);
    expect(texts.some((t: string) => t.includes('without delay'))).toBe(true);
  });

  it('is left out of the timeline, which counts what it left out', async () => {
    const res = await gql('{ timeline(bucket: YEAR) { label count } timelineUndated }');
    expect(res.errors).toBeUndefined();
    expect(res.data.timelineUndated).toBeGreaterThanOrEqual(1);
    const labels = res.data.timeline.map((b: any) => b.label);
    expect(labels).not.toContain(String(new Date().getUTCFullYear()));
    expect(labels).toContain('2022');
  });

  it('does not break the stance matrix or the contradictions of its speakers', async () => {
    const res = await gql('{ stanceMatrix(actors: ["person:jane-holm", "person:omar-sahin"]) { total } }');
    expect(res.errors).toBeUndefined();
    const contradictions = await gql('{ contradictions(actor: "person:jane-holm") { __typename } }');
    expect(contradictions.errors).toBeUndefined();
  });

  it('keeps a date and publisher an earlier ingest of the same text knew', async () => {
    const dossier = JSON.parse(JSON.stringify((await pool.extract(RAW, { published: '2024-05-01', publisher: 'Example News' })).dossier));
    await ingestDossier(db.graph, dossier);
    const again = (await pool.extract(RAW)).dossier;
    await ingestDossier(db.graph, again);
    const [row] = await db.graph.read(
      'MATCH (a:Article {id: $id}) RETURN toString(date(a.publishedAt)) AS day, [(a)-[:PUBLISHED_BY]->(p) | p.name] AS publishers',
      { id: articleId },
    );
    expect(row).toEqual({ day: '2024-05-01', publishers: ['Example News'] });
    const [statement] = await db.graph.read(
      `MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $id}) WHERE s.text CONTAINS 'without delay' RETURN toString(s.saidOn) AS saidOn, s.datePrecision AS precision`,
      { id: articleId },
    );
    expect(statement).toEqual({ saidOn: '2024-05-01', precision: 'DAY' });
  });
});
