/**
 * An id belongs to one type, for good: through ingestDossier (GraphQL) on the real Neo4j, an
 * entry whose id lacks its type's prefix is refused in validation, and a dossier whose ids are
 * already held by a node of another type (an older graph's doing) is refused inside the write
 * transaction, naming the id and both types — with nothing written either way. References by
 * id reach the node of the id's own type.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { statementId } from '../../src/dossier/ids.js';
import { countGraph } from '../../src/graph/admin.js';
import { planBatch, type Item } from '../../src/ingest/corpus.js';
import { EntityDirectory } from '../../src/ingest/plan.js';
import { client, openGraph, resetWithSeed } from '../support/graph.js';
import { miniDossier } from '../dossier/fixtures.js';

const db = openGraph();
const { gql } = client(db.graph);
afterAll(() => db.close());
beforeEach(() => resetWithSeed(db.graph));

const INGEST = `mutation($dossier: JSON!) { ingestDossier(dossier: $dossier) {
  __typename
  ... on MutationIngestDossierSuccess { data { id } }
  ... on DossierValidationError { message issues { path message } }
  ... on DossierConflictError { message issues { path message } }
} }`;

const ingest = async (dossier: unknown) => {
  const res = await gql(INGEST, { dossier });
  expect(res.errors).toBeUndefined();
  return res.data.ingestDossier as { __typename: string; data?: { id: string }; message?: string; issues?: Array<{ path: string; message: string }> };
};

const TEXT = 'Kuril Islands talks\n\nThe minister said the Kuril Islands were not for sale.';
const QUOTE = 'the Kuril Islands were not for sale';
let n = 0;

/** A small dossier of its own article (a new url each time), whose one statement is said by `speaker`. */
function dossier(
  parts: {
    actors?: unknown[];
    places?: unknown[];
    topics?: unknown[];
    events?: unknown[];
    claims?: unknown[];
    article?: Record<string, unknown>;
    statement?: Record<string, unknown>;
  } = {},
): any {
  n += 1;
  return miniDossier({
    text: TEXT,
    article: { url: `https://example.org/typed-ids-${n}`, id: `article:typed-ids-${n}`, ...parts.article },
    actors: [{ id: 'person:a-minister', type: 'PERSON', name: 'A Minister' }, ...(parts.actors ?? [])],
    places: parts.places,
    topics: parts.topics,
    events: parts.events,
    claims: parts.claims,
    statements: [{ ref: 's1', text: QUOTE, speaker: 'person:a-minister', ...parts.statement }],
  });
}

/** Where the mentions of the statement at `quote` in article `article` point: id and labels. */
async function mentionTargets(article: string) {
  return db.graph.read<{ id: string; labels: string[] }>(
    'MATCH (:Article {id: $article})<-[:REPORTED_IN]-(s:Statement)-[:MENTIONS]->(t) RETURN t.id AS id, labels(t) AS labels ORDER BY id',
    { article },
  );
}

describe('the attack: entries that take the id of a node of another type', () => {
  it.each([
    ['a Person', { actors: [{ id: 'place:kuril-islands', type: 'PERSON', name: 'Kuril Islands' }] }, 'actors[1].id', 'person:'],
    ['an Organization', { actors: [{ id: 'place:kuril-islands', type: 'ORGANIZATION', name: 'Kuril Islands' }] }, 'actors[1].id', 'org:'],
    ['a Topic', { topics: [{ id: 'place:kuril-islands', name: 'Kuril Islands' }] }, 'topics[0].id', 'topic:'],
    ['a Claim', { claims: [{ id: 'place:kuril-islands', text: 'Kuril Islands' }] }, 'claims[0].id', 'claim:'],
    ['an Event', { events: [{ id: 'place:kuril-islands', name: 'Kuril Islands', kind: 'talks', date: '2017-11-24' }] }, 'events[0].id', 'event:'],
    ['a Place', { places: [{ id: 'person:sergei-lavrov', name: 'Lavrov Square' }] }, 'places[0].id', 'place:'],
    ['an Article', { article: { id: 'place:kuril-islands' } }, 'article.id', 'article:'],
  ])('refuses %s with a place id in validation, at its path, naming the prefix, and writes nothing', async (_what, parts, path, prefix) => {
    const before = await countGraph(db.graph);
    const result = await ingest(dossier(parts));
    expect(result.__typename).toBe('DossierValidationError');
    expect(result.issues).toEqual([{ path, message: expect.stringContaining(`must start with "${prefix}"`) }]);
    expect(await countGraph(db.graph)).toEqual(before);
  });

  it('keeps a later dossier’s mention of the place, by id and by name, on the real Place', async () => {
    const fake = await ingest(dossier({ actors: [{ id: 'place:kuril-islands', type: 'PERSON', name: 'Kuril Islands' }] }));
    expect(fake.__typename).toBe('DossierValidationError');
    for (const target of ['place:kuril-islands', 'Kuril Islands']) {
      const later = dossier({ statement: { mentions: [{ target, role: 'SUBJECT' }] } });
      const result = await ingest(later);
      expect(result.__typename).toBe('MutationIngestDossierSuccess');
      expect(await mentionTargets(later.article.id)).toEqual([{ id: 'place:kuril-islands', labels: ['Place'] }]);
    }
  });
});

/**
 * An older graph may already hold a node under an id of another type's prefix. For each type,
 * such a node is planted, then a dossier defines an entry of that type with that id.
 */
describe('ids already held by another type (an older graph)', () => {
  const entry = (type: string, id: string): Parameters<typeof dossier>[0] => {
    switch (type) {
      case 'Person':
        return { actors: [{ id, type: 'PERSON', name: 'Somebody' }] };
      case 'Country':
        return { actors: [{ id, type: 'COUNTRY', name: 'Somewhere' }] };
      case 'Organization':
        return { actors: [{ id, type: 'ORGANIZATION', name: 'Some Body' }] };
      case 'Place':
        return { places: [{ id, name: 'Some Place' }] };
      case 'Topic':
        return { topics: [{ id, name: 'Some Topic' }] };
      case 'Event':
        return { events: [{ id, name: 'Some Event', kind: 'talks', date: '2017-11-24' }] };
      case 'Claim':
        return { claims: [{ id, text: 'Some claim' }] };
      case 'Article':
        return { article: { id } };
      default:
        return {};
    }
  };
  const PREFIX: Record<string, string> = {
    Person: 'person',
    Country: 'country',
    Organization: 'org',
    Place: 'place',
    Topic: 'topic',
    Event: 'event',
    Claim: 'claim',
    Article: 'article',
    Statement: 'statement',
  };
  // The squatter: a node of another type holding the id (a Person, or a Place for actors).
  const squatter = (type: string) =>
    ['Person', 'Country', 'Organization'].includes(type) ? { labels: 'Place', shown: 'Place' } : { labels: 'Actor:Person', shown: 'Person' };

  it.each(Object.keys(PREFIX))('refuses a %s whose id is held by a node of another type, naming the id and both types; nothing written', async (type) => {
    const parts = entry(type, `${PREFIX[type]}:squatted-${type.toLowerCase()}`);
    const d = dossier(parts);
    const id = type === 'Statement' ? statementId(d.article.id, d.statements[0].span) : `${PREFIX[type]}:squatted-${type.toLowerCase()}`;
    const { labels, shown } = squatter(type);
    await db.graph.write(`CREATE (n:${labels} {id: $id, name: 'Squatter', nameKeys: ['squatter']})`, { id });
    const before = await countGraph(db.graph);
    const result = await ingest(d);
    expect(result.__typename).toBe('DossierConflictError');
    expect(result.issues).toEqual([{ path: expect.any(String), message: `${id} is already a ${shown} in the graph, not a ${type}` }]);
    expect(await countGraph(db.graph)).toEqual(before);
  });

  it('links a mention by id to the node of the id’s type, not to a squatter of another type', async () => {
    await db.graph.write("CREATE (:Actor:Person {id: 'place:kuril-islands', name: 'Kuril Islands', nameKeys: ['kuril islands']})");
    const later = dossier({ statement: { mentions: [{ target: 'place:kuril-islands', role: 'SUBJECT' }] } });
    const result = await ingest(later);
    expect(result.__typename).toBe('MutationIngestDossierSuccess');
    expect(await mentionTargets(later.article.id)).toEqual([{ id: 'place:kuril-islands', labels: ['Place'] }]);
  });
});

describe('the bulk and offline (`db import`) planning', () => {
  it('refuses the fake Person in a corpus and plans the rest, whose mention reaches the real Place', async () => {
    const place = { id: 'place:kuril-islands', name: 'Kuril Islands' };
    const corpus = [
      dossier({ places: [place] }),
      dossier({ actors: [{ id: 'place:kuril-islands', type: 'PERSON', name: 'Kuril Islands' }] }),
      dossier({ statement: { mentions: [{ target: 'place:kuril-islands', role: 'SUBJECT' }] } }),
    ];
    const items: Item[] = corpus.map((d, index) => ({ index, source: `corpus:${index}`, raw: JSON.stringify(d) }));
    const refused: Array<{ source: string; error: Error }> = [];
    // As offline-import.ts plans: against its own record of the corpus, one scope for all of it.
    const plans = await planBatch(items, { known: new EntityDirectory(), refuse: (item, error) => refused.push({ source: item.source, error }) });
    expect(refused.map((r) => r.source)).toEqual(['corpus:1']);
    expect(refused[0]!.error.message).toMatch(/actors\[1\]\.id: must start with "person:"/);
    expect(plans.map((p) => p.item.source)).toEqual(['corpus:0', 'corpus:2']);
    expect((plans[1]!.plan.statements[0]!.mentions as Array<{ id: string }>).map((m) => m.id)).toEqual(['place:kuril-islands']);
  });
});
