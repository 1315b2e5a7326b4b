/** Ingest against the real Neo4j: idempotent, all-or-nothing, resolving names to known actors. */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DossierError } from '../../src/dossier/errors.js';
import { countGraph } from '../../src/graph/admin.js';
import { ConflictError } from '../../src/graph/dossiers.js';
import { nodesByName } from '../../src/graph/nodes.js';
import { ingestDossier } from '../../src/ingest/ingest.js';
import { openGraph, resetGraph, seedDossier } from '../support/graph.js';

const db = openGraph();
afterAll(() => db.close());
beforeEach(() => resetGraph(db.graph));

/** A second, small article that refers to actors of the seed by name and alias only. */
function followUp(): any {
  const text = 'Lavrov spoke again.\n\n“Our position is unchanged,” Mr Lavrov said of Pyongyang.';
  const quote = 'Our position is unchanged';
  return {
    article: {
      url: 'https://example.org/lavrov-again',
      headline: 'Lavrov spoke again.',
      publishedAt: '2017-12-01',
      text,
      publisher: 'The Independent',
    },
    statements: [
      {
        ref: 'unchanged',
        text: quote,
        kind: 'DIRECT_QUOTE',
        speaker: 'Mr Lavrov',
        span: { start: text.indexOf(quote), end: text.indexOf(quote) + quote.length },
        mentions: [{ target: 'Pyongyang', role: 'SUBJECT' }],
      },
    ],
  };
}

describe('ingestDossier', () => {
  it('writes the seed, and writing it again changes nothing', async () => {
    const result = await ingestDossier(db.graph, seedDossier());
    expect(result.statements).toBe(16);
    const once = await countGraph(db.graph);
    expect(once.nodes).toBeGreaterThan(40);
    expect(once.relationships).toBeGreaterThan(80);

    await ingestDossier(db.graph, seedDossier());
    expect(await countGraph(db.graph)).toEqual(once);
  });

  it('resolves names and aliases to the actors already in the graph', async () => {
    await ingestDossier(db.graph, seedDossier());
    const before = await countGraph(db.graph);
    await ingestDossier(db.graph, followUp());
    const after = await countGraph(db.graph);
    // One article and one statement are new; Lavrov, North Korea and the publisher are not.
    expect(after.nodes).toBe(before.nodes + 2);
    const rows = await db.graph.read(
      `MATCH (s:Statement {text: 'Our position is unchanged'})-[:ATTRIBUTED_TO]->(a:Actor),
             (s)-[:MENTIONS]->(m), (s)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(p)
       RETURN a.id AS speaker, m.id AS mentioned, p.id AS publisher`,
    );
    expect(rows).toEqual([{ speaker: 'person:sergei-lavrov', mentioned: 'country:north-korea', publisher: 'org:the-independent' }]);
  });

  it('adopts a known actor for a new spelling and keeps the spelling as an alias', async () => {
    await ingestDossier(db.graph, seedDossier());
    const dossier = followUp();
    dossier.actors = [{ type: 'PERSON', name: 'Mr Lavrov', aliases: ['S. Lavrov'] }];
    await ingestDossier(db.graph, dossier);
    const [lavrov] = await nodesByName(db.graph, 'Actor', 'S. Lavrov');
    expect(lavrov?.id).toBe('person:sergei-lavrov');
    expect((lavrov as any).name).toBe('Sergei Lavrov');
    expect((lavrov as any).aliases).toEqual(expect.arrayContaining(['Mr Lavrov', 'S. Lavrov']));
  });

  it('links another romanisation of a known name, and keeps two people who share a surname apart', async () => {
    await ingestDossier(db.graph, seedDossier());
    const dossier = followUp();
    dossier.actors = [
      { type: 'PERSON', name: 'Sergej Lavrov' },
      { type: 'PERSON', name: 'Yohei Kono', aliases: ['Kono'] },
    ];
    dossier.statements[0].speaker = 'Sergej Lavrov';
    dossier.statements[0].mentions = [{ target: 'Kono', role: 'SUBJECT' }];
    const result = await ingestDossier(db.graph, dossier);
    expect(result).toMatchObject({ actors: 2, actorsLinked: 1, actorsCreated: 1 });
    const [row] = await db.graph.read(
      `MATCH (s:Statement {text: 'Our position is unchanged'})-[:ATTRIBUTED_TO]->(a), (s)-[:MENTIONS]->(m) RETURN a.id AS speaker, m.id AS mentioned`,
    );
    expect(row).toEqual({ speaker: 'person:sergei-lavrov', mentioned: 'person:yohei-kono' });
    const [lavrov] = await nodesByName(db.graph, 'Actor', 'Sergej Lavrov');
    expect(lavrov?.id).toBe('person:sergei-lavrov');
  });

  it('refuses an invalid dossier with the JSON path and writes nothing', async () => {
    const dossier = seedDossier();
    dossier.statements[3].span.start += 1;
    dossier.statements[5].speaker = 'Nobody Known';
    const error = await ingestDossier(db.graph, dossier).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).issues.map((i) => i.path)).toContain('statements[3].span');
    expect(await countGraph(db.graph)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('refuses an unknown speaker, naming the path, and writes nothing', async () => {
    const dossier = seedDossier();
    dossier.statements[5].speaker = 'Nobody Known';
    const error = await ingestDossier(db.graph, dossier).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).issues).toEqual([{ path: 'statements[5].speaker', message: 'unknown actor "Nobody Known"' }]);
    expect(await countGraph(db.graph)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('refuses a conflicting dossier and leaves the graph as it was', async () => {
    await ingestDossier(db.graph, seedDossier());
    const before = await countGraph(db.graph);

    const changedText = seedDossier();
    changedText.article.text = `${changedText.article.text}\n\nCorrection appended.`;
    await expect(ingestDossier(db.graph, changedText)).rejects.toBeInstanceOf(ConflictError);

    const wrongType = followUp();
    wrongType.actors = [{ id: 'person:sergei-lavrov', type: 'COUNTRY', name: 'Sergei Lavrov' }];
    wrongType.statements[0].speaker = 'person:sergei-lavrov';
    // A person's id can't be a country's: refused in validation, before the graph is asked.
    const error = await ingestDossier(db.graph, wrongType).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).issues).toEqual([{ path: 'actors[0].id', message: expect.stringContaining('must start with "country:"') }]);

    expect(await countGraph(db.graph)).toEqual(before);
  });

  it('replaces an article on request: statements the new dossier drops are removed', async () => {
    await ingestDossier(db.graph, seedDossier());
    const corrected = seedDossier();
    corrected.article.text = `${corrected.article.text}\n\nCorrection appended.`;
    const dropped = corrected.statements.pop();
    corrected.statements.forEach((s: any) => {
      s.relays = s.relays.filter((r: string) => r !== dropped.ref);
      s.respondsTo = s.respondsTo.filter((r: string) => r !== dropped.ref);
    });
    await ingestDossier(db.graph, corrected, { replace: true });
    const [row] = await db.graph.read('MATCH (s:Statement) RETURN count(s) AS statements');
    expect(row?.statements).toBe(15);
  });

  it('rolls back every write of a transaction that fails part-way', async () => {
    const failing = db.graph.writeTransaction(async (tx) => {
      await tx.run("CREATE (:Topic {id: 'topic:half-written', name: 'x'})");
      await tx.run('RETURN 1 / 0');
    });
    await expect(failing).rejects.toThrow(/by zero/i);
    expect(await countGraph(db.graph)).toEqual({ nodes: 0, relationships: 0 });
  });
});
