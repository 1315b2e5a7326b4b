/**
 * No N+1: the number of Cypher round-trips of a nested request does not grow with the number
 * of rows returned. The graph is observed (every query sent is counted), not mocked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDossier } from '../../src/ingest/ingest.js';
import { client, openGraph, resetWithSeed, seedDossier } from '../support/graph.js';

const db = openGraph();
afterAll(() => db.close());

// The seed twice (a second article with the same text and annotations), so that twice as
// many rows have exactly the same shapes: only the row count differs between the runs.
beforeAll(async () => {
  await resetWithSeed(db.graph);
  const copy = seedDossier();
  copy.article.id = 'article:seed-copy';
  copy.article.url = 'https://example.org/seed-copy';
  await ingestDossier(db.graph, copy);
});

// Each loader appears at one place only: a DataLoader fed from two parents that resolve at
// different moments may batch in two goes, which would make the count depend on timing.
const NESTED = `query($first: Int!) {
  statements(first: $first) {
    edges { node {
      text
      speaker { name ... on Person { roles { title of { name } } } }
      article { headline publisher { name } }
      span { start end }
      topics { stance topic { name parent { name } } }
      mentions { role target { __typename } }
      claims { polarity claim { text } }
      relays { text }
      respondsTo { text }
      event { name place { name } }
    } }
  }
  actors(first: $first) { edges { node { name statements(first: 5) { totalCount } } } }
}`;

async function roundTrips(first: number): Promise<{ queries: number; rows: number }> {
  let queries = 0;
  const { gql } = client(db.graph.observed(() => (queries += 1)));
  const res = await gql(NESTED, { first });
  expect(res.errors).toBeUndefined();
  return { queries, rows: res.data.statements.edges.length + res.data.actors.edges.length };
}

describe('round-trips per request', () => {
  it('are the same for one article’s rows and for two articles’ rows', async () => {
    const small = await roundTrips(16);
    const large = await roundTrips(32);
    expect(large.rows).toBeGreaterThan(small.rows + 15);
    expect(large.queries).toBe(small.queries);
    // One per root field plus one per relationship loaded, however many rows.
    expect(small.queries).toBeLessThanOrEqual(25);
  });
});
