/** `actorNetwork` (who is linked to whom, by shared statements, topics and events) and `actorRanking` (who is central in that network: weighted degree or PageRank). */
import { z } from 'zod';
import { typeOfId } from '../../dossier/ids.js';
import {
  actorNetwork,
  MAX_GROUP,
  NETWORK_BOUNDS,
  RANKING_BOUNDS,
  rankActors,
  type ActorNetwork,
  type ActorScore,
  type NetworkQuery,
} from '../../graph/network.js';
import { builder } from '../builder.js';
import { costsWork, HEAVY_READ } from '../complexity.js';
import type { Context } from '../context.js';
import { isoDay } from '../inputs.js';
import { withQueryLimits } from '../query-limits.js';
import { ActorRef } from '../refs.js';
import { notFound, SubgraphRef } from './graph-types.js';
import { NodeId } from '../../graph/subgraph.js';
import { between } from './neighbourhood.js';

/**
 * What they cost besides their answer (src/schema/complexity.ts): the network aggregates every
 * statement in scope, whatever `limit` keeps (past the 15 s transaction limit on the
 * 1M-statement graph), two heavy reads; a ranking also brings its whole network, up to the
 * edge cap, into the server and ranks it there: one more per edge.
 */
const NETWORK_WORK = 2 * HEAVY_READ;
const RANKING_WORK = NETWORK_WORK + RANKING_BOUNDS.edgeCap;

// NodeId rejects what is no claimgraph id at all; this adds "and a topic's".
const TopicId = NodeId.refine((id) => [undefined, 'Topic'].includes(typeOfId(id)), {
  message: 'is not a topic id (expected e.g. "topic:kuril-islands-dispute")',
});

// Across arguments: an empty date range is a mistake, not an empty network.
const FromNotAfterTo = z
  .looseObject({ from: z.date().nullish(), to: z.date().nullish() })
  .refine((a) => !a.from || !a.to || a.from.getTime() <= a.to.getTime(), { message: 'must not be after `to`', path: ['from'] });

const scopeArgs = builder.args((t) => ({
  topic: t.id({ description: 'Only statements about this topic or its subtopics; SAME_TOPIC then counts only those topics.', validate: TopicId }),
  from: t.field({ type: 'Date', description: 'Only statements made on or after this day.' }),
  to: t.field({ type: 'Date', description: 'Only statements made on or before this day.' }),
}));

interface ScopeArgs {
  topic?: string | number | null;
  from?: Date | null;
  to?: Date | null;
}

/** Reads the network; unknown topic → NOT_FOUND, a query stopped by a transaction limit → QUERY_TIMEOUT / QUERY_TOO_LARGE. */
async function loadNetwork(ctx: Context, args: ScopeArgs, bounds: Pick<NetworkQuery, 'minWeight' | 'limit'>): Promise<ActorNetwork> {
  const topic = args.topic == null ? null : String(args.topic);
  const network = await withQueryLimits({ what: 'The actor network', advice: 'narrow it with `topic` or `from`/`to`' }, () =>
    actorNetwork(ctx.graph, { topic, from: isoDay(args.from), to: isoDay(args.to), ...bounds }),
  );
  if (!network) throw notFound(topic!);
  return network;
}

const RankingMetricEnum = builder.enumType('RankingMetric', {
  description: 'How central an actor is in the actor network.',
  values: {
    DEGREE: { description: 'Weighted degree: the sum of the weights of its edges, in either direction.' },
    PAGERANK: {
      description:
        'Weighted PageRank (damping 0.85): MENTIONS and ADDRESSES pass rank from speaker to the actor spoken of; SAME_TOPIC and SAME_EVENT both ways. Over all actors of the network the scores sum to 1.',
    },
  },
});

const ActorScoreRef = builder.objectRef<ActorScore>('ActorScore').implement({
  description: 'An actor’s place in a ranking.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The actor.', resolve: (s) => s.actor }),
    score: t.exposeFloat('score', { description: 'Its score under the metric asked for.' }),
    rank: t.exposeInt('rank', { description: 'Its 1-based position: highest score first, ties by id.' }),
  }),
});

builder.queryFields((t) => ({
  actorNetwork: t.field({
    type: SubgraphRef,
    nullable: false,
    description: [
      'Actors linked by weighted edges, from what they said: MENTIONS (a statement mentions the other as its subject; speaker → actor),',
      'ADDRESSES (a statement targets the other, or responds to the other’s statement; speaker → actor), SAME_TOPIC and SAME_EVENT',
      '(both spoke about the same topic / at the same event, or the event involves both; one edge per pair, source id < target id).',
      '`properties.weight` counts statements (MENTIONS, ADDRESSES) or shared topics/events (SAME_*); `properties.via` lists up to 5 of their ids.',
      `Only the ${MAX_GROUP} most active speakers of one topic or event (and those an event involves) are paired.`,
      'Strongest edges first, at most `limit` of them; `truncated` says when the limit or the pairing cap left edges out. The nodes are the actors of the edges.',
    ].join(' '),
    args: {
      ...scopeArgs,
      minWeight: t.arg.int({
        defaultValue: 1,
        description: `Leave out edges lighter than this, 1–${NETWORK_BOUNDS.maxMinWeight}.`,
        validate: between('minWeight', 1, NETWORK_BOUNDS.maxMinWeight),
      }),
      limit: t.arg.int({
        defaultValue: NETWORK_BOUNDS.defaultLimit,
        description: `Most edges returned, 1–${NETWORK_BOUNDS.maxLimit}; the heaviest are kept.`,
        validate: between('limit', 1, NETWORK_BOUNDS.maxLimit),
      }),
    },
    validate: FromNotAfterTo,
    complexity: costsWork(() => NETWORK_WORK),
    resolve: (_root, args, ctx) => loadNetwork(ctx, args, { minWeight: args.minWeight ?? 1, limit: args.limit ?? NETWORK_BOUNDS.defaultLimit }),
  }),
  actorRanking: t.field({
    type: [ActorScoreRef],
    nullable: { list: false, items: false },
    description: `The most central actors of the actor network (same scope arguments as \`actorNetwork\`), highest score first. Computed over its ${RANKING_BOUNDS.edgeCap.toLocaleString('en')} heaviest edges.`,
    args: {
      ...scopeArgs,
      metric: t.arg({ type: RankingMetricEnum, defaultValue: 'DEGREE', description: 'What to rank by.' }),
      first: t.arg.int({
        defaultValue: RANKING_BOUNDS.defaultFirst,
        description: `How many actors, 1–${RANKING_BOUNDS.maxFirst}.`,
        validate: between('first', 1, RANKING_BOUNDS.maxFirst),
      }),
    },
    validate: FromNotAfterTo,
    complexity: costsWork(() => RANKING_WORK),
    resolve: async (_root, args, ctx) => {
      const network = await loadNetwork(ctx, args, { minWeight: 1, limit: RANKING_BOUNDS.edgeCap });
      if (network.truncated)
        ctx.log.warn('actorRanking: ranked a truncated network (edge cap or pairing cap)', { edgeCap: RANKING_BOUNDS.edgeCap, edges: network.edges.length });
      return rankActors(network, args.metric ?? 'DEGREE', args.first ?? RANKING_BOUNDS.defaultFirst);
    },
  }),
}));
