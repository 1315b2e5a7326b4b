/** The foundation issue's acceptance queries, exactly as written, against the seed graph. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, openGraph, resetWithSeed } from '../support/graph.js';

const db = openGraph();
const { gql } = client(db.graph);

beforeAll(() => resetWithSeed(db.graph));
afterAll(() => db.close());

describe('acceptance queries on the seed', () => {
  it.each([
    ['Lavrov', 'Sergei Lavrov', 5],
    ['Kono', 'Taro Kono', 3],
  ])('actor(name: "%s") has its direct quotes', async (name, fullName, quotes) => {
    const res = await gql(`{ actor(name: "${name}") { name statements(filter: {kind: DIRECT_QUOTE}) { totalCount } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.actor).toEqual({ name: fullName, statements: { totalCount: quotes } });
  });

  it('finds the "absolutely unacceptable" quote with speaker, interpreter and source', async () => {
    const res = await gql(
      '{ statements(filter: {text: "absolutely unacceptable"}) { edges { node { kind interpreted speaker { name } article { publishedAt publisher { name } } } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.statements.edges).toEqual([
      {
        node: {
          kind: 'DIRECT_QUOTE',
          interpreted: true,
          speaker: { name: 'Taro Kono' },
          article: { publishedAt: '2017-11-24', publisher: { name: 'The Independent' } },
        },
      },
    ]);
  });

  it('resolves "Northern Territories" to the Kuril Islands and "Pyongyang" to North Korea', async () => {
    expect((await gql('{ place(name: "Northern Territories") { name } }')).data).toEqual({ place: { name: 'Kuril Islands' } });
    expect((await gql('{ actor(name: "Pyongyang") { name } }')).data).toEqual({ actor: { name: 'North Korea' } });
  });

  it('shows Shinzo Abe’s statement as relayed by Sergei Lavrov', async () => {
    const res = await gql('{ actor(name: "Shinzo Abe") { statements { edges { node { text relayedBy { speaker { name } } } } } } }');
    expect(res.errors).toBeUndefined();
    const edges = res.data.actor.statements.edges;
    expect(edges).toHaveLength(1);
    expect(edges[0].node.text).toContain('100 percent');
    expect(edges[0].node.relayedBy).toEqual([{ speaker: { name: 'Sergei Lavrov' } }]);
  });
});
