/** stanceMatrix, timeline and contradictions on the seed graph. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRADICTION_BOUNDS, contradictions } from '../../src/graph/contradictions.js';
import { STANCE_BOUNDS, stanceCells } from '../../src/graph/stances.js';
import { TIMELINE_BOUNDS, timeline } from '../../src/graph/timeline.js';
import { periodEnd, periodLabel } from '../../src/schema/explore/timeline.js';
import { client, itRefusesClearly, openGraph, resetWithSeed } from '../support/graph.js';

const db = openGraph();
const { gql } = client(db.graph);
beforeAll(() => resetWithSeed(db.graph));
afterAll(() => db.close());

const MISSILE_DEFENCE = 'topic:us-missile-defence-north-east-asia';

describe('stanceMatrix', () => {
  it('shows Lavrov concerned about or opposed to US missile defence, and every pair asked for', async () => {
    const res = await gql(`{ stanceMatrix(actors: ["person:sergei-lavrov", "person:taro-kono"], topics: ["${MISSILE_DEFENCE}"]) {
      actor { name } topic { name } support oppose concern neutral total
      statements(filter: {stance: CONCERN}) { totalCount edges { node { speaker { name } topics { topic { id } stance } } } }
    } }`);
    expect(res.errors).toBeUndefined();
    const [lavrov, kono] = res.data.stanceMatrix;
    expect(lavrov.actor.name).toBe('Sergei Lavrov');
    expect(kono.actor.name).toBe('Taro Kono');
    expect(lavrov.concern + lavrov.oppose).toBeGreaterThanOrEqual(1);
    expect(lavrov.total).toBe(lavrov.support + lavrov.oppose + lavrov.concern + lavrov.neutral);
    expect(lavrov.statements.totalCount).toBe(lavrov.concern);
    for (const edge of lavrov.statements.edges) expect(edge.node.speaker.name).toBe('Sergei Lavrov');
  });

  it('lists only cells with statements when a dimension is left open', async () => {
    const res = await gql('{ stanceMatrix(actors: ["person:taro-kono"]) { topic { id } total } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.stanceMatrix.length).toBeGreaterThan(0);
    expect(res.data.stanceMatrix.every((c: any) => c.total > 0)).toBe(true);
    const totals = res.data.stanceMatrix.map((c: any) => c.total);
    expect(totals).toEqual([...totals].sort((a: number, b: number) => b - a));
  });
});

describe('timeline', () => {
  it('counts statements per month and keeps a month-precise statement in its month', async () => {
    const res = await gql('{ timeline(actor: "person:shinzo-abe", bucket: DAY) { bucket start end label count statements { when } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.timeline).toEqual([
      { bucket: 'MONTH', start: '2017-11-01', end: '2017-11-30', label: '2017-11', count: 1, statements: [{ when: '2017-11' }] },
    ]);
  });

  it('buckets all statements by month and by year, oldest first', async () => {
    const month = await gql('{ timeline { bucket label count } }');
    expect(month.errors).toBeUndefined();
    const total = month.data.timeline.reduce((n: number, b: any) => n + b.count, 0);
    expect(total).toBe(16);
    expect(month.data.timeline.at(-1)).toMatchObject({ bucket: 'MONTH', label: '2017-11' });
    const year = await gql('{ timeline(bucket: YEAR, topic: "topic:military-options-against-north-korea", perBucket: 1) { label count statements { id } } }');
    expect(year.data.timeline.every((b: any) => b.statements.length <= 1)).toBe(true);
  });

  it('labels and ends periods as people write them', () => {
    expect(periodLabel('2017-11-20', 'week')).toBe('2017-W47');
    expect(periodEnd('2017-11-20', 'week')).toBe('2017-11-26');
    expect(periodLabel('2017-10-01', 'quarter')).toBe('2017-Q4');
    expect(periodEnd('2017-10-01', 'quarter')).toBe('2017-12-31');
    expect(periodEnd('2016-02-01', 'month')).toBe('2016-02-29');
    expect(periodLabel('2021-01-04', 'week')).toBe('2021-W01');
    expect(periodLabel('2020-12-28', 'week')).toBe('2020-W53');
  });
});

describe('contradictions', () => {
  it('finds a claim with Sergei Lavrov on one side and Taro Kono on the other, with sources', async () => {
    const res = await gql(`{ contradictions(actor: "person:sergei-lavrov") {
      claim { text }
      affirmedBy { actor { name } statements { text article { headline } span { start end } } }
      deniedBy { actor { name } statements { text } }
    } }`);
    expect(res.errors).toBeUndefined();
    const between = res.data.contradictions.filter((c: any) => {
      const sides: string[][] = [c.affirmedBy, c.deniedBy].map((side: any[]) => side.map((s) => s.actor.name));
      const [yes, no] = sides as [string[], string[]];
      return (yes.includes('Sergei Lavrov') && no.includes('Taro Kono')) || (yes.includes('Taro Kono') && no.includes('Sergei Lavrov'));
    });
    expect(between.length).toBeGreaterThan(0);
    expect(between[0].affirmedBy[0].statements[0].article.headline).toMatch(/deeply concerned/);
  });

  it('narrows by topic', async () => {
    const all = await gql('{ contradictions { claim { id } } }');
    const none = await gql('{ contradictions(topic: "topic:kuril-islands-dispute") { claim { id } } }');
    expect(all.data.contradictions.length).toBeGreaterThan(0);
    expect(none.data.contradictions).toEqual([]);
  });
});

describe('bad arguments', () => {
  itRefusesClearly(gql, [
    ['{ stanceMatrix(actors: ["person:nobody"], topics: ["topic:us-missile-defence-north-east-asia"]) { total } }', /No node has the id "person:nobody"/],
    ['{ stanceMatrix(actors: []) { total } }', /at least one actor/],
    ['{ stanceMatrix(topics: ["bad id"]) { total } }', /not a claimgraph id/],
    ['{ timeline(topic: "topic:nothing") { count } }', /No node has the id "topic:nothing"/],
    ['{ timeline(from: "2018-01-01", to: "2017-01-01") { count } }', /is after "to"/],
    ['{ timeline(perBucket: -1) { count } }', /perBucket must be between 0 and 50/],
    ['{ timeline(bucket: FORTNIGHT) { count } }', /FORTNIGHT/],
    ['{ contradictions(first: 0) { claim { id } } }', /first must be between 1 and 100/],
    ['{ contradictions(actor: "person:nobody") { claim { id } } }', /No node has the id "person:nobody"/],
  ]);
});

// The graph layer owns these bounds (src/graph/): called below the API, out of them, the graph
// functions refuse with a RangeError naming the argument rather than answer something else.
describe('bounds, checked by the graph functions themselves', () => {
  const LAVROV = 'person:sergei-lavrov';
  const byTopic = { unit: 'month', actor: null, topic: MISSILE_DEFENCE, from: null, to: null, perBucket: 5, maxBuckets: 5000 } as const;
  const ids = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? LAVROV : `person:nobody-${i}`));

  it('timeline refuses perBucket and maxBuckets out of bounds, naming them', async () => {
    const { maxPerBucket, maxBuckets } = TIMELINE_BOUNDS;
    await expect(timeline(db.graph, { ...byTopic, perBucket: maxPerBucket + 1 })).rejects.toThrow(/perBucket must be a whole number between 0 and 50, got 51/);
    await expect(timeline(db.graph, { ...byTopic, perBucket: -1 })).rejects.toThrow(RangeError);
    await expect(timeline(db.graph, { ...byTopic, perBucket: 1.5 })).rejects.toThrow(/perBucket/);
    await expect(timeline(db.graph, { ...byTopic, maxBuckets: maxBuckets + 1 })).rejects.toThrow(/maxBuckets must be a whole number between 1 and 5000/);
    await expect(timeline(db.graph, { ...byTopic, maxBuckets: 0 })).rejects.toThrow(/maxBuckets/);
  });

  it('timeline answers at its bounds', async () => {
    const most = await timeline(db.graph, { ...byTopic, perBucket: TIMELINE_BOUNDS.maxPerBucket, maxBuckets: TIMELINE_BOUNDS.maxBuckets });
    expect(most.length).toBeGreaterThan(0);
    const none = await timeline(db.graph, { ...byTopic, perBucket: 0, maxBuckets: 1 });
    expect(none).toHaveLength(1);
    expect(none[0]!.first).toEqual([]);
  });

  it('stanceCells refuses id lists and limits out of bounds, naming them', async () => {
    const { maxIds, maxCells } = STANCE_BOUNDS;
    await expect(stanceCells(db.graph, { actors: ids(maxIds + 1), topics: null, limit: maxCells })).rejects.toThrow(
      /actors must hold between 1 and 50 ids, got 51/,
    );
    await expect(stanceCells(db.graph, { actors: [], topics: null, limit: maxCells })).rejects.toThrow(/actors must hold between 1 and 50 ids, got 0/);
    await expect(stanceCells(db.graph, { actors: null, topics: ids(maxIds + 1), limit: maxCells })).rejects.toThrow(/topics must hold/);
    await expect(stanceCells(db.graph, { actors: null, topics: null, limit: maxCells + 1 })).rejects.toThrow(/limit must be a whole number between 1 and 2500/);
    await expect(stanceCells(db.graph, { actors: null, topics: null, limit: 0 })).rejects.toThrow(RangeError);
  });

  it('stanceCells answers at its bounds', async () => {
    const cells = await stanceCells(db.graph, { actors: ids(STANCE_BOUNDS.maxIds), topics: [MISSILE_DEFENCE], limit: STANCE_BOUNDS.maxCells });
    expect(cells.map((c) => c.actor.id)).toContain(LAVROV);
    expect(await stanceCells(db.graph, { actors: null, topics: null, limit: 1 })).toHaveLength(1);
  });

  it('contradictions refuses a limit out of bounds, naming it', async () => {
    const q = { topic: null, actor: LAVROV };
    await expect(contradictions(db.graph, { ...q, limit: CONTRADICTION_BOUNDS.maxFirst + 1 })).rejects.toThrow(
      /limit must be a whole number between 1 and 100, got 101/,
    );
    await expect(contradictions(db.graph, { ...q, limit: 0 })).rejects.toThrow(RangeError);
  });

  it('contradictions answers at its bounds', async () => {
    const q = { topic: null, actor: LAVROV };
    expect((await contradictions(db.graph, { ...q, limit: CONTRADICTION_BOUNDS.maxFirst })).length).toBeGreaterThan(0);
    expect(await contradictions(db.graph, { ...q, limit: 1 })).toHaveLength(1);
  });
});
