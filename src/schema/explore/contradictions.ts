/** `contradictions`: who contradicts whom — claims affirmed by one actor and denied by another. */
import { CONTRADICTION_BOUNDS, contradictions, type AssertionPair, type ContradictionRow } from '../../graph/contradictions.js';
import { nodesByIds } from '../../graph/nodes.js';
import type { ActorRow } from '../../graph/model.js';
import { builder } from '../builder.js';
import { costsWork, HEAVY_READ } from '../complexity.js';
import type { Context } from '../context.js';
import { ActorRef, ClaimRef, StatementRef } from '../refs.js';
import { requireNodes } from './graph-types.js';
import { NodeId } from '../../graph/subgraph.js';
import { between } from './neighbourhood.js';

interface Side {
  actor: string;
  statements: string[];
}

/** Pairs (actor, statement) → one side per actor, in the order first seen. */
function sides(pairs: AssertionPair[]): Side[] {
  const byActor = new Map<string, string[]>();
  for (const { actor, statement } of pairs) byActor.set(actor, [...(byActor.get(actor) ?? []), statement]);
  return [...byActor].map(([actor, statements]) => ({ actor, statements }));
}

const ClaimSideRef = builder.objectRef<Side>('ClaimSide').implement({
  description: 'One actor on one side of a contested claim, with the statements that put them there.',
  fields: (t) => ({
    actor: t.loadable({
      type: ActorRef,
      description: 'The actor.',
      load: async (ids: string[], ctx: Context) => (await nodesByIds(ctx.graph, 'Actor', ids)) as ActorRow[],
      resolve: (side) => side.actor,
    }),
    statements: t.field({
      type: [StatementRef],
      description: 'Their statements affirming (or denying) the claim; each leads to its article and span.',
      resolve: (side) => side.statements,
    }),
  }),
});

const ContradictionRef = builder.objectRef<ContradictionRow>('Contradiction').implement({
  description: 'A claim that some actors affirm and others deny.',
  fields: (t) => ({
    claim: t.field({ type: ClaimRef, description: 'The contested claim.', resolve: (c) => c.claim }),
    affirmedBy: t.field({ type: [ClaimSideRef], description: 'Those who affirm it.', resolve: (c) => sides(c.affirmed) }),
    deniedBy: t.field({ type: [ClaimSideRef], description: 'Those who deny it.', resolve: (c) => sides(c.denied) }),
  }),
});

builder.queryField('contradictions', (t) =>
  t.field({
    type: [ContradictionRef],
    description: 'Claims one actor affirms and another denies, most contested first, with both sides’ statements and (through them) sources.',
    args: {
      topic: t.arg.id({ description: 'Only where a side’s statements are about this topic (or a subtopic).', validate: NodeId }),
      actor: t.arg.id({ description: 'Only contradictions this actor takes part in.', validate: NodeId }),
      first: t.arg.int({
        defaultValue: CONTRADICTION_BOUNDS.first,
        description: `Most claims returned, 1–${CONTRADICTION_BOUNDS.maxFirst}.`,
        validate: between('first', 1, CONTRADICTION_BOUNDS.maxFirst),
      }),
    },
    // Pairs every claim's affirmations with its denials (2 s on the 1M-statement graph): a heavy read.
    complexity: costsWork(() => HEAVY_READ),
    resolve: async (_root, args, ctx) => {
      const topic = args.topic == null ? null : String(args.topic);
      const actor = args.actor == null ? null : String(args.actor);
      const [found] = await Promise.all([
        contradictions(ctx.graph, { topic, actor, limit: args.first ?? CONTRADICTION_BOUNDS.first }),
        requireNodes(ctx.graph, 'Topic', [topic]),
        requireNodes(ctx.graph, 'Actor', [actor]),
      ]);
      return found;
    },
  }),
);
