/**
 * The shapes exploration answers in: a subgraph of typed nodes and edges (what Bloom,
 * Linkurious and Gephi draw), and the node and relationship types as enums, so that a
 * request can only name types of the model.
 */
import { GraphQLError } from 'graphql';
import type { Graph } from '../../graph/graph.js';
import { nodesByAnyIds, nodesByIds } from '../../graph/nodes.js';
import { RELATIONSHIP_TYPES, type EdgeRow, type NodeLabel, type NodeRow, type SubgraphRow } from '../../graph/model.js';
import { displayLabel, NODE_TYPE_NAMES, noNodeMessage, nodeTypeValue } from '../../graph/subgraph.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';

export const NodeTypeEnum = builder.enumType('NodeType', {
  description: 'The kinds of node in the graph.',
  values: Object.fromEntries(Object.entries(NODE_TYPE_NAMES).map(([value, name]) => [value, { description: `A ${name}.` }])),
});

export const RelationshipTypeEnum = builder.enumType('RelationshipType', {
  description: 'The relationship types of the graph model.',
  values: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, { description: `(…)-[:${t}]->(…)` }])),
});

export type NodeTypeValue = keyof typeof NODE_TYPE_NAMES;

export function notFound(id: string): GraphQLError {
  return new GraphQLError(noNodeMessage(id), { extensions: { code: 'NOT_FOUND', id } });
}

/** The nodes with these ids (nulls skipped), or NOT_FOUND for the first one missing. */
export async function requireNodes<T extends NodeRow>(graph: Graph, label: NodeLabel, ids: ReadonlyArray<string | null | undefined>): Promise<T[]> {
  const wanted = ids.filter((id): id is string => id != null);
  if (wanted.length === 0) return [];
  const rows = await nodesByIds(graph, label, wanted);
  const missing = wanted.find((_, i) => !rows[i]);
  if (missing) throw notFound(missing);
  return rows as T[];
}

export const GraphNodeRef = builder.objectRef<NodeRow & { distance?: number }>('GraphNode').implement({
  description: 'A node of a subgraph, ready to draw.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The node id.' }),
    type: t.field({ type: NodeTypeEnum, description: 'What kind of node.', resolve: (n) => nodeTypeValue(n) as never }),
    label: t.string({ description: 'A short caption: name, headline or the start of the text.', resolve: (n) => displayLabel(n as never) }),
    distance: t.int({ nullable: true, description: 'Hops from the centre, for a neighbourhood.', resolve: (n) => n.distance ?? null }),
    node: t.loadable({
      type: builder.nodeInterfaceRef(),
      description: 'The full typed object.',
      // Subgraph rows carry only id, labels and caption; the object is loaded on demand,
      // one query per node type in the answer.
      load: (ids: string[], ctx: Context) => nodesByAnyIds(ctx.graph, ids) as Promise<never[]>,
      resolve: (n) => n.id,
    }),
  }),
});

export const GraphEdgeRef = builder.objectRef<EdgeRow>('GraphEdge').implement({
  description: 'A relationship of a subgraph, ready to draw.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'An id unique within the answer.' }),
    type: t.exposeString('type', { description: 'A relationship type of the model, or for actor networks MENTIONS, ADDRESSES, SAME_TOPIC or SAME_EVENT.' }),
    source: t.exposeID('source', { description: 'Id of the start node.' }),
    target: t.exposeID('target', { description: 'Id of the end node.' }),
    properties: t.field({ type: 'JSON', description: 'The relationship’s properties (stance, role, polarity, span, weight…).', resolve: (e) => e.properties }),
  }),
});

export const SubgraphRef = builder.objectRef<SubgraphRow>('Subgraph').implement({
  description: 'Nodes and the edges among them.',
  fields: (t) => ({
    // Cost multiplier 1: the `limit` of the field that returned the subgraph already counts its size.
    nodes: t.field({
      type: [GraphNodeRef],
      description: 'The nodes (for a neighbourhood: the centre, then nearest first).',
      complexity: { field: 1, multiplier: 1 },
      resolve: (g) => g.nodes,
    }),
    edges: t.field({ type: [GraphEdgeRef], description: 'The edges among the nodes.', complexity: { field: 1, multiplier: 1 }, resolve: (g) => g.edges }),
    truncated: t.exposeBoolean('truncated', {
      description: 'Whether a limit left something out: for a neighbourhood, the farthest nodes; for an actor network, the lightest edges.',
    }),
  }),
});
