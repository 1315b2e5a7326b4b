/** Ten concurrent ingests of one dossier over HTTP: every one succeeds and the graph holds one copy. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../src/graph/admin.js';
import { client, openGraph, resetGraph, seedDossier } from '../support/graph.js';

const db = openGraph();
afterAll(() => db.close());

const MUTATION = `mutation($dossier: JSON!) {
  ingestDossier(dossier: $dossier) {
    __typename
    ... on MutationIngestDossierSuccess { data { id } }
  }
}`;

async function listen(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(client(db.graph).yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('concurrent ingests of the same dossier', () => {
  it('all succeed and leave exactly one copy', async () => {
    await resetGraph(db.graph);
    const dossier = seedDossier();
    await db.graph.write('RETURN 1'); // the pool has a connection before the burst
    const http = await listen();
    try {
      const responses = await Promise.all(
        Array.from({ length: 10 }, async () => {
          const res = await fetch(http.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: MUTATION, variables: { dossier } }),
          });
          return { status: res.status, body: (await res.json()) as any };
        }),
      );
      for (const { status, body } of responses) {
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        expect(body.data.ingestDossier).toEqual({ __typename: 'MutationIngestDossierSuccess', data: { id: dossier.article.id } });
      }
    } finally {
      await http.close();
    }
    const concurrent = await countGraph(db.graph);

    await resetGraph(db.graph);
    const { gql } = client(db.graph);
    const once = await gql(MUTATION, { dossier });
    expect(once.data.ingestDossier.__typename).toBe('MutationIngestDossierSuccess');
    const single = await countGraph(db.graph);
    expect(single.nodes).toBeGreaterThan(0);
    expect(concurrent).toEqual(single);
  }, 120_000);
});
