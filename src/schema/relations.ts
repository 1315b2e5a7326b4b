/**
 * Relationship fields as DataLoader-backed loaders: for every parent in the response, one
 * query fetches the neighbours over one relationship (`graph/nodes.ts#neighbours`), so the
 * number of round-trips doesn't grow with the number of rows.
 */
import { neighbours, type Hop, type Neighbour } from '../graph/nodes.js';
import type { NodeRow } from '../graph/model.js';
import type { Context } from './context.js';

const parentId = (parent: { id: string }) => parent.id;

/** Options for `t.loadableList`: the nodes across `hop`. */
export function relatedNodes<T extends NodeRow>(hop: Hop) {
  return {
    load: async (ids: string[], ctx: Context) => (await neighbours(ctx.graph, hop, ids)).map((list) => list.map((n) => n.node as T)),
    resolve: parentId,
  };
}

/** Options for `t.loadable` (nullable): the one node across `hop`, if any. */
export function relatedNode<T extends NodeRow>(hop: Hop) {
  return {
    nullable: true as const,
    load: async (ids: string[], ctx: Context) => (await neighbours(ctx.graph, hop, ids)).map((list) => (list[0]?.node ?? null) as T),
    resolve: parentId,
  };
}

/** Options for `t.loadableList`: the nodes across `hop` with the relationship's properties. */
export function relatedWithProperties(hop: Hop) {
  return {
    load: async (ids: string[], ctx: Context): Promise<Neighbour[][]> => neighbours(ctx.graph, hop, ids),
    resolve: parentId,
  };
}
