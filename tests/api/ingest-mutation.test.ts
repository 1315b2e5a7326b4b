/** The ingestDossier mutation: success, typed validation errors with paths, conflicts. */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { countGraph } from '../../src/graph/admin.js';
import { client, openGraph, resetGraph, seedDossier } from '../support/graph.js';

const db = openGraph();
const { gql } = client(db.graph);
afterAll(() => db.close());
beforeEach(() => resetGraph(db.graph));

const MUTATION = `mutation($dossier: JSON!, $replace: Boolean) {
  ingestDossier(dossier: $dossier, replace: $replace) {
    __typename
    ... on MutationIngestDossierSuccess { data { id headline statements { totalCount } } }
    ... on DossierValidationError { message issues { path message } }
    ... on DossierConflictError { message issues { path message } }
  }
}`;

describe('ingestDossier mutation', () => {
  it('returns the article it wrote', async () => {
    const res = await gql(MUTATION, { dossier: seedDossier() });
    expect(res.errors).toBeUndefined();
    expect(res.data.ingestDossier).toMatchObject({
      __typename: 'MutationIngestDossierSuccess',
      data: { id: 'article:independent-2017-11-24-lavrov-kono', statements: { totalCount: 16 } },
    });
  });

  it('returns a validation error with JSON paths and writes nothing', async () => {
    const dossier = seedDossier();
    dossier.statements[0].kind = 'QUOTE';
    dossier.article.publisher = 'Nobody Press';
    const res = await gql(MUTATION, { dossier });
    expect(res.data.ingestDossier.__typename).toBe('DossierValidationError');
    expect(res.data.ingestDossier.issues.map((i: any) => i.path)).toContain('statements[0].kind');
    expect(await countGraph(db.graph)).toEqual({ nodes: 0, relationships: 0 });

    const unknown = seedDossier();
    unknown.article.publisher = 'Nobody Press';
    const res2 = await gql(MUTATION, { dossier: unknown });
    expect(res2.data.ingestDossier.issues).toEqual([{ path: 'article.publisher', message: 'unknown organisation "Nobody Press"' }]);
    expect(await countGraph(db.graph)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('refuses a non-object dossier', async () => {
    const res = await gql(MUTATION, { dossier: 'not a dossier' });
    expect(res.data.ingestDossier.__typename).toBe('DossierValidationError');
    expect(res.data.ingestDossier.message).toMatch(/expected object/);
  });

  it('returns a conflict for a changed article text unless replace is set', async () => {
    await gql(MUTATION, { dossier: seedDossier() });
    const changed = seedDossier();
    changed.article.text += '\n\nUpdate.';
    const refused = await gql(MUTATION, { dossier: changed });
    expect(refused.data.ingestDossier.__typename).toBe('DossierConflictError');
    expect(refused.data.ingestDossier.issues[0].message).toMatch(/different text/);
    const replaced = await gql(MUTATION, { dossier: changed, replace: true });
    expect(replaced.data.ingestDossier.__typename).toBe('MutationIngestDossierSuccess');
  });
});
