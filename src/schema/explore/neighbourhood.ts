/** `neighbourhood` (expand a node) and `paths` (how does A reach B?). */
import { z } from 'zod';
import { EXPLORE_BOUNDS, shortestPaths, type PathRow } from '../../graph/explore.js';
import type { RelationshipType, SubgraphRow } from '../../graph/model.js';
import { NEIGHBOURHOOD_BOUNDS, neighbourhoodOf, NodeId, type NeighbourhoodArgs } from '../../graph/subgraph.js';
import { builder } from '../builder.js';
import { costsWork, counted, HEAVY_READ } from '../complexity.js';
import type { Context } from '../context.js';
import { withQueryLimits } from '../query-limits.js';
import { GraphEdgeRef, GraphNodeRef, NodeTypeEnum, notFound, RelationshipTypeEnum, SubgraphRef } from './graph-types.js';

/** The graph layer owns the bounds (src/graph/explore.ts): its queries are written for them. */
export const PATH_BOUNDS = EXPLORE_BOUNDS.paths;

/**
 * What a search costs besides its answer (src/schema/complexity.ts): a neighbourhood expands
 * `depth` hops to keep `limit` nodes (50–200 ms at depth 1–2 on the 1M-statement graph); a path
 * search grows with its depth and the number of paths wanted (at maxHops 4 through a busy actor
 * it ran into its 5 s limit there): the default search costs a heavy read and a fifth.
 */
const NEIGHBOURHOOD_WORK_PER_NODE_AND_HOP = 1;
const PATH_WORK = { perHop: HEAVY_READ / PATH_BOUNDS.defaultHops, perPath: 200 } as const;

/** A whole number in [min, max], with a message naming the argument and its range. */
export const between = (name: string, min: number, max: number) =>
  z.number().int(`${name} must be a whole number`).min(min, `${name} must be between ${min} and ${max}`).max(max, `${name} must be between ${min} and ${max}`);

/** Runs a validated neighbourhood request (src/graph/subgraph.ts), NOT_FOUND for an unknown id. */
async function loadNeighbourhood(ctx: Pick<Context, 'graph'>, args: NeighbourhoodArgs): Promise<SubgraphRow> {
  const subgraph = await neighbourhoodOf(ctx.graph, args);
  if (!subgraph) throw notFound(args.id);
  return subgraph;
}

const PathRef = builder.objectRef<PathRow>('Path').implement({
  description: 'A path between two nodes: its nodes in order and the edges between them.',
  fields: (t) => ({
    length: t.exposeInt('length', { description: 'Number of edges.' }),
    nodes: t.field({ type: [GraphNodeRef], description: 'The nodes from start to end.', resolve: (p) => p.nodes }),
    edges: t.field({ type: [GraphEdgeRef], description: 'The edges, in order; edge i joins nodes i and i+1 (in either direction).', resolve: (p) => p.edges }),
  }),
});

builder.queryFields((t) => ({
  neighbourhood: t.field({
    type: SubgraphRef,
    description: `Everything within \`depth\` hops of a node (at most ${NEIGHBOURHOOD_BOUNDS.maxDepth}), nearest first, and the edges among it: "who is connected to Lavrov within two hops, and through what?"`,
    args: {
      id: t.arg.id({ required: true, description: 'The centre node.', validate: NodeId }),
      depth: t.arg.int({
        defaultValue: 1,
        description: `Hops from the centre, 1–${NEIGHBOURHOOD_BOUNDS.maxDepth}.`,
        validate: between('depth', 1, NEIGHBOURHOOD_BOUNDS.maxDepth),
      }),
      relationshipTypes: t.arg({ type: [RelationshipTypeEnum], description: 'Follow only these relationships (default: all).' }),
      nodeTypes: t.arg({ type: [NodeTypeEnum], description: 'Return only nodes of these types (paths may pass through others).' }),
      limit: t.arg.int({
        defaultValue: NEIGHBOURHOOD_BOUNDS.defaultLimit,
        description: `Most nodes returned besides the centre, 1–${NEIGHBOURHOOD_BOUNDS.maxLimit}; the nearest are kept and \`truncated\` says so.`,
        validate: between('limit', 1, NEIGHBOURHOOD_BOUNDS.maxLimit),
      }),
    },
    complexity: costsWork(
      (args: { depth?: number | null; limit?: number | null }) =>
        NEIGHBOURHOOD_WORK_PER_NODE_AND_HOP *
        counted(args.depth, 1, 1, NEIGHBOURHOOD_BOUNDS.maxDepth) *
        counted(args.limit, NEIGHBOURHOOD_BOUNDS.defaultLimit, 1, NEIGHBOURHOOD_BOUNDS.maxLimit),
    ),
    resolve: (_root, args, ctx) =>
      loadNeighbourhood(ctx, {
        id: String(args.id),
        depth: args.depth ?? 1,
        limit: args.limit ?? NEIGHBOURHOOD_BOUNDS.defaultLimit,
        relationshipTypes: args.relationshipTypes,
        nodeTypes: args.nodeTypes,
      }),
  }),
  paths: t.field({
    type: [PathRef],
    description: `The shortest paths between two nodes, shortest first (at most ${PATH_BOUNDS.maxHops} hops; the search stops with an error after ${PATH_BOUNDS.timeoutMs / 1000} s).`,
    args: {
      from: t.arg.id({ required: true, description: 'Start node.', validate: NodeId }),
      to: t.arg.id({ required: true, description: 'End node.', validate: NodeId }),
      maxHops: t.arg.int({
        defaultValue: PATH_BOUNDS.defaultHops,
        description: `Longest path considered, 1–${PATH_BOUNDS.maxHops}.`,
        validate: between('maxHops', 1, PATH_BOUNDS.maxHops),
      }),
      limit: t.arg.int({
        defaultValue: PATH_BOUNDS.defaultLimit,
        description: `Most paths returned, 1–${PATH_BOUNDS.maxLimit}.`,
        validate: between('limit', 1, PATH_BOUNDS.maxLimit),
      }),
      relationshipTypes: t.arg({ type: [RelationshipTypeEnum], description: 'Follow only these relationships (default: all).' }),
    },
    complexity: costsWork(
      (args: { maxHops?: number | null; limit?: number | null }) =>
        PATH_WORK.perHop * counted(args.maxHops, PATH_BOUNDS.defaultHops, 1, PATH_BOUNDS.maxHops) +
        PATH_WORK.perPath * counted(args.limit, PATH_BOUNDS.defaultLimit, 1, PATH_BOUNDS.maxLimit),
    ),
    resolve: async (_root, args, ctx) => {
      const limits = { what: 'The path search', advice: 'lower maxHops or restrict relationshipTypes', timeLimitMs: PATH_BOUNDS.timeoutMs };
      const result = await withQueryLimits(limits, () =>
        shortestPaths(ctx.graph, {
          from: String(args.from),
          to: String(args.to),
          maxHops: args.maxHops ?? PATH_BOUNDS.defaultHops,
          limit: args.limit ?? PATH_BOUNDS.defaultLimit,
          relationshipTypes: (args.relationshipTypes as RelationshipType[] | null | undefined) ?? null,
          timeoutMs: PATH_BOUNDS.timeoutMs,
        }),
      );
      if ('missing' in result) throw notFound(result.missing);
      return result.paths;
    },
  }),
}));
