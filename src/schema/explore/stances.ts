/** `stanceMatrix`: who is for and against what — counts per actor × topic, and the statements. */
import { z } from 'zod';
import { STANCE_BOUNDS, stanceCells, type StanceCellRow } from '../../graph/stances.js';
import type { ActorRow, TopicRow } from '../../graph/model.js';
import { builder } from '../builder.js';
import { costsWork, HEAVY_READ } from '../complexity.js';
import type { Context } from '../context.js';
import { ActorRef, TopicRef } from '../refs.js';
import { statementsOf } from '../statement.js';
import { requireNodes } from './graph-types.js';
import { NodeId } from '../../graph/subgraph.js';

/**
 * The cells a request can get: actors × topics when both are listed (each list counted up to its
 * bound), else up to the cell limit. Each costs a 100th of a heavy read (10 × 10 took 1.5 s on the
 * 1M-statement graph), and leaving a list out reads every statement: two heavy reads at most.
 */
function cellsAsked(args: { actors?: readonly unknown[] | null; topics?: readonly unknown[] | null }): number {
  const listed = (ids: readonly unknown[] | null | undefined) => (ids ? Math.min(ids.length, STANCE_BOUNDS.maxIds) : STANCE_BOUNDS.maxCells);
  return Math.min(listed(args.actors) * listed(args.topics), STANCE_BOUNDS.maxCells);
}
const stanceWork = (args: Parameters<typeof cellsAsked>[0]) =>
  args.actors && args.topics ? Math.min((cellsAsked(args) * HEAVY_READ) / 100, 2 * HEAVY_READ) : 2 * HEAVY_READ;

const IdList = (kind: string) =>
  z.array(NodeId).min(1, `give at least one ${kind} id, or leave the argument out`).max(STANCE_BOUNDS.maxIds, `at most ${STANCE_BOUNDS.maxIds} ${kind} ids`);

type Cell = StanceCellRow;

const StanceCellRef = builder.objectRef<Cell>('StanceCell').implement({
  description: 'One actor’s statements on one topic (and its subtopics), counted by stance.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The actor.', resolve: (c) => c.actor }),
    topic: t.field({ type: TopicRef, description: 'The topic.', resolve: (c) => c.topic }),
    support: t.exposeInt('support', { description: 'Statements in support.' }),
    oppose: t.exposeInt('oppose', { description: 'Statements against.' }),
    concern: t.exposeInt('concern', { description: 'Statements expressing concern.' }),
    neutral: t.exposeInt('neutral', { description: 'Statements without a side.' }),
    total: t.int({ description: 'All of them.', resolve: (c) => c.support + c.oppose + c.concern + c.neutral }),
    statements: statementsOf(t, (c: Cell) => ({ speaker: c.actor.id, topic: c.topic.id }), 'The statements of this cell (filter by stance to see one column).'),
  }),
});

/** Ids given but absent from the graph are an error; with both lists, every pair is a cell. */
async function matrix(ctx: Context, actors: string[] | null, topics: string[] | null): Promise<Cell[]> {
  const [cells, actorRows, topicRows] = await Promise.all([
    stanceCells(ctx.graph, { actors, topics, limit: STANCE_BOUNDS.maxCells }),
    requireNodes<ActorRow>(ctx.graph, 'Actor', actors ?? []),
    requireNodes<TopicRow>(ctx.graph, 'Topic', topics ?? []),
  ]);
  if (!actors || !topics) return cells;
  const found = new Map(cells.map((c) => [`${c.actor.id}|${c.topic.id}`, c]));
  return actorRows.flatMap((actor) =>
    topicRows.map((topic) => found.get(`${actor.id}|${topic.id}`) ?? { actor, topic, support: 0, oppose: 0, concern: 0, neutral: 0 }),
  );
}

builder.queryField('stanceMatrix', (t) =>
  t.field({
    type: [StanceCellRef],
    description: `Who stands where: per actor × topic, statements counted by stance (SUPPORT / OPPOSE / CONCERN / NEUTRAL). Leave \`actors\` or \`topics\` out for all; then only cells with statements are returned, busiest first (at most ${STANCE_BOUNDS.maxCells}).`,
    args: {
      actors: t.arg.idList({ description: `Actor ids (at most ${STANCE_BOUNDS.maxIds}).`, validate: IdList('actor') }),
      topics: t.arg.idList({ description: `Topic ids (at most ${STANCE_BOUNDS.maxIds}).`, validate: IdList('topic') }),
    },
    complexity: costsWork(stanceWork, cellsAsked),
    resolve: (_root, args, ctx) => matrix(ctx, args.actors?.map(String) ?? null, args.topics?.map(String) ?? null),
  }),
);
