/** Article urls are rendered as links: ingestDossier and ingestArticle store http(s) urls only, refusing others at the field's path. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../src/graph/admin.js';
import { client, openGraph, resetWithSeed, seedDossier } from '../support/graph.js';

const db = openGraph();
const { gql } = client(db.graph);
beforeAll(() => resetWithSeed(db.graph));
afterAll(() => db.close());

const TEXT = 'Moscow, 1 December 2017\n\n“Our position is unchanged,” Sergei Lavrov, the Russian foreign minister, said on Friday.';
const BAD = ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'JAVASCRIPT:alert(1)'];

const INGEST_ARTICLE = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  __typename ... on DossierValidationError { issues { path message } } } }`;
const INGEST_DOSSIER = `mutation($dossier: JSON!) { ingestDossier(dossier: $dossier) {
  __typename ... on DossierValidationError { issues { path message } } } }`;

describe('article urls', () => {
  it.each(BAD)('ingestArticle refuses the url %j, naming the field, and writes nothing', async (url) => {
    const before = await countGraph(db.graph);
    const res = await gql(INGEST_ARTICLE, { input: { text: TEXT, url, publishedAt: '2017-12-01', publisher: 'The Independent' } });
    const refusal = res.errors?.[0]?.message ?? JSON.stringify(res.data?.ingestArticle?.issues);
    expect(refusal).toMatch(/url/);
    expect(refusal).toMatch(/http\(s\)/);
    expect(res.data?.ingestArticle?.__typename).not.toBe('MutationIngestArticleSuccess');
    expect(await countGraph(db.graph)).toEqual(before);
  });

  it.each(BAD)('ingestDossier refuses the url %j at article.url and writes nothing', async (url) => {
    const before = await countGraph(db.graph);
    const dossier = seedDossier();
    dossier.article.url = url;
    dossier.article.id = 'article:bad-url';
    const res = await gql(INGEST_DOSSIER, { dossier });
    expect(res.data.ingestDossier.__typename).toBe('DossierValidationError');
    expect(res.data.ingestDossier.issues).toEqual([{ path: 'article.url', message: expect.stringMatching(/http\(s\)/) }]);
    expect(await countGraph(db.graph)).toEqual(before);
  });

  it('ingestArticle still takes an https url', async () => {
    const res = await gql(INGEST_ARTICLE, {
      input: { text: TEXT, url: 'https://example.org/lavrov-unchanged', publishedAt: '2017-12-01', publisher: 'The Independent' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.ingestArticle.__typename).toBe('MutationIngestArticleSuccess');
  });
});
