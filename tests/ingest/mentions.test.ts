/**
 * Mentions through ingest and the API on the real Neo4j: a dossier's mentions become Mention
 * nodes FOUND_IN their article, REFERS_TO the one actor of their name (the dossier's or the
 * graph's); re-ingesting changes nothing and replacing the article replaces its mentions; the
 * `mentions` field pages and filters them, and `Article.mentions` lists them in reading order.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { mentionId } from '../../src/dossier/ids.js';
import { client, openGraph, resetWithSeed } from '../support/graph.js';
import { miniDossier } from '../dossier/fixtures.js';

const db = openGraph();
const { gql } = client(db.graph);
afterAll(() => db.close());
beforeEach(() => resetWithSeed(db.graph));

const INGEST = `mutation($dossier: JSON!, $replace: Boolean) { ingestDossier(dossier: $dossier, replace: $replace) {
  __typename
  ... on MutationIngestDossierSuccess { data { id } }
  ... on DossierValidationError { issues { path message } }
  ... on DossierConflictError { issues { path message } }
} }`;

const TEXT = 'Talks in Moscow\n\nLavrov said the talks went well. Mr Smith and the officials said nothing.';
const at = (text: string, body = TEXT) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });
const ARTICLE = 'article:mentions-test';

function dossier(
  text = TEXT,
  mentions = [
    { text: 'Mr Smith', span: at('Mr Smith', text), guess: 'PERSON', reason: 'a surname never introduced' },
    { text: 'the officials', span: at('the officials', text), guess: 'GROUP', reason: 'a generic plural' },
    { text: 'Lavrov', span: at('Lavrov', text), guess: 'PERSON', reason: 'named before his full name' },
  ],
): unknown {
  return {
    ...miniDossier({
      text,
      article: { id: ARTICLE, url: 'https://www.example.com/news/mentions' },
      statements: [{ ref: 's1', text: 'the talks went well', speaker: 'Sergei Lavrov' }],
    }),
    mentions,
  };
}

async function ingest(d: unknown, replace = false): Promise<string> {
  const res = await gql(INGEST, { dossier: d, replace });
  expect(res.errors).toBeUndefined();
  const out = res.data.ingestDossier;
  expect(out.issues ?? []).toEqual([]);
  return out.__typename;
}

/** Every Mention of the graph, with its article and actor. */
async function mentionsInGraph() {
  return db.graph.read<{ id: string; text: string; start: number; article: string[]; actors: string[] }>(
    `MATCH (m:Mention)
     RETURN m.id AS id, m.text AS text, m.start AS start,
            [(m)-[:FOUND_IN]->(a) | a.id] AS article, [(m)-[:REFERS_TO]->(x) | x.id] AS actors
     ORDER BY m.start`,
  );
}

describe('mentions', () => {
  it('are written FOUND_IN their article, REFERS_TO the one actor their name names, and nothing doubles on re-ingest', async () => {
    expect(await ingest(dossier())).toBe('MutationIngestDossierSuccess');
    const first = await mentionsInGraph();
    expect(first).toEqual([
      { id: mentionId(ARTICLE, at('Lavrov')), text: 'Lavrov', start: at('Lavrov').start, article: [ARTICLE], actors: ['person:sergei-lavrov'] },
      { id: mentionId(ARTICLE, at('Mr Smith')), text: 'Mr Smith', start: at('Mr Smith').start, article: [ARTICLE], actors: [] },
      { id: mentionId(ARTICLE, at('the officials')), text: 'the officials', start: at('the officials').start, article: [ARTICLE], actors: [] },
    ]);
    await ingest(dossier());
    expect(await mentionsInGraph()).toEqual(first);
  });

  it('link to an actor the graph already holds (from the seed: "Lavrov" is Sergei Lavrov), and a later dossier’s actor links its own mentions', async () => {
    // The seed holds Sergei Lavrov; this dossier names no actor called Smith, so "Mr Smith" stays a mention.
    await ingest(dossier());
    const withSmith = {
      ...(dossier() as Record<string, unknown>),
      actors: [
        { id: 'person:john-smith', type: 'PERSON', name: 'John Smith', aliases: ['Mr Smith'] },
        { id: 'org:example-news', type: 'ORGANIZATION', name: 'Example News' },
      ],
    };
    await ingest(withSmith);
    const rows = await mentionsInGraph();
    expect(rows.find((m) => m.text === 'Mr Smith')?.actors).toEqual(['person:john-smith']);
    expect(rows.find((m) => m.text === 'Lavrov')?.actors).toEqual(['person:sergei-lavrov']);
    expect(rows).toHaveLength(3);
  });

  it('written before their actor existed, link when another article brings it, so the order of ingest changes nothing', async () => {
    await ingest(dossier());
    expect((await mentionsInGraph()).find((m) => m.text === 'Mr Smith')?.actors).toEqual([]);
    // Another article, later, defines the one actor called "Mr Smith".
    const other = miniDossier({
      text: 'Smith speaks\n\nJohn Smith said the talks would go on.',
      article: { id: 'article:smith-speaks', url: 'https://www.example.com/news/smith' },
      actors: [{ id: 'person:john-smith', type: 'PERSON', name: 'John Smith', aliases: ['Mr Smith'] }],
      statements: [{ ref: 's1', text: 'the talks would go on', speaker: 'John Smith' }],
    });
    await ingest(other);
    const linked = await mentionsInGraph();
    expect(linked.find((m) => m.text === 'Mr Smith')?.actors).toEqual(['person:john-smith']);
    // Re-ingesting the first article now finds the same link: nothing changes.
    await ingest(dossier());
    expect(await mentionsInGraph()).toEqual(linked);
  });

  it('are replaced with their article: a dropped mention goes, a moved one is a new node, none is left twice', async () => {
    await ingest(dossier());
    const text = `${TEXT} Then Ms Jones arrived.`;
    const mentions = [
      { text: 'Ms Jones', span: at('Ms Jones', text), guess: 'PERSON', reason: 'a surname never introduced' },
      { text: 'Mr Smith', span: at('Mr Smith', text), guess: 'PERSON', reason: 'a surname never introduced' },
    ];
    await ingest(dossier(text, mentions), true);
    const rows = await mentionsInGraph();
    expect(rows.map((m) => m.text)).toEqual(['Mr Smith', 'Ms Jones']);
    expect(rows.every((m) => m.article.length === 1 && m.article[0] === ARTICLE)).toBe(true);
    // Dropping the section drops them all.
    await ingest(dossier(text, []), true);
    expect(await mentionsInGraph()).toEqual([]);
  });

  it('are served by `mentions` (paged, by name), `Article.mentions` (reading order) and `node(id:)`', async () => {
    await ingest(dossier());
    const res = await gql(`{
      all: mentions(first: 2) { totalCount edges { node { text } } pageInfo { hasNextPage endCursor } }
      smith: mentions(name: "smith") { totalCount edges { node { id text guess reason span { start end } article { id } actor { id } } } }
      lavrov: mentions(name: "Lavrov") { edges { node { actor { id ... on Person { name } } } } }
      article(id: "${ARTICLE}") { mentions { text } }
      node(id: "${mentionId(ARTICLE, at('the officials'))}") { __typename ... on Mention { text guess } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.all.totalCount).toBe(3);
    expect(res.data.all.edges).toHaveLength(2);
    expect(res.data.all.pageInfo.hasNextPage).toBe(true);
    expect(res.data.smith.edges).toEqual([
      {
        node: {
          id: mentionId(ARTICLE, at('Mr Smith')),
          text: 'Mr Smith',
          guess: 'PERSON',
          reason: 'a surname never introduced',
          span: at('Mr Smith'),
          article: { id: ARTICLE },
          actor: null,
        },
      },
    ]);
    expect(res.data.lavrov.edges[0].node.actor).toEqual({ id: 'person:sergei-lavrov', name: 'Sergei Lavrov' });
    expect(res.data.article.mentions.map((m: { text: string }) => m.text)).toEqual(['Lavrov', 'Mr Smith', 'the officials']);
    expect(res.data.node).toEqual({ __typename: 'Mention', text: 'the officials', guess: 'GROUP' });
  });

  it('refuses a page above the server’s page size, like every list', async () => {
    const res = await gql('{ mentions(first: 100000) { totalCount } }');
    expect(res.errors?.[0]?.message).toMatch(/page size limit/);
  });
});
