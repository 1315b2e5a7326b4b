/**
 * A neighbourhood as the API asks for it and presents it: its bounds, the form of a node id, the
 * NodeType values (→ labels) and a node's display label. Shared by the GraphQL `neighbourhood`
 * field (src/schema/explore) and the /export/subgraph route (src/server/export.ts), which sits
 * beside the schema and so takes them from here, not from it.
 */
import { z } from 'zod';
import { typeOfId, type NodeTypeName } from '../dossier/ids.js';
import { EXPLORE_BOUNDS, neighbourhood } from './explore.js';
import type { Graph } from './graph.js';
import { nodeType, type NodeLabel, type NodeRow, type RelationshipType, type SubgraphRow } from './model.js';

/** How far and how wide a neighbourhood may reach: the graph layer's bounds (src/graph/explore.ts). */
export const NEIGHBOURHOOD_BOUNDS = EXPLORE_BOUNDS.neighbourhood;

/** A node id of the graph ("person:sergei-lavrov"), checked for its form. */
export const NodeId = z.string().refine((id) => typeOfId(id) !== undefined, { message: 'is not a claimgraph id (expected e.g. "person:sergei-lavrov")' });

/** The NodeType enum's values (the API's words) → the node types of the graph. */
export const NODE_TYPE_NAMES: Record<string, NodeTypeName> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  ORGANIZATION: 'Organization',
  PLACE: 'Place',
  ARTICLE: 'Article',
  STATEMENT: 'Statement',
  CLAIM: 'Claim',
  TOPIC: 'Topic',
  EVENT: 'Event',
};

/** NodeType enum values → labels for a query. */
export function labelsOf(types: readonly string[] | null | undefined): NodeLabel[] | null {
  return types ? types.map((t) => NODE_TYPE_NAMES[t]!) : null;
}

export function nodeTypeValue(row: NodeRow): string {
  const name = nodeType(row.labels);
  return Object.keys(NODE_TYPE_NAMES).find((k) => NODE_TYPE_NAMES[k] === name)!;
}

/** A short human label for any node: its caption, name, headline or the start of its text. */
export function displayLabel(row: NodeRow & Record<string, unknown>): string {
  const text = (row.caption ?? row.name ?? row.headline ?? row.text ?? row.id) as string;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** What a client is told when no node has the id. */
export function noNodeMessage(id: string): string {
  return `No node has the id "${id}".`;
}

export interface NeighbourhoodArgs {
  id: string;
  depth: number;
  limit: number;
  relationshipTypes?: readonly string[] | null;
  nodeTypes?: readonly string[] | null;
}

/** Runs a validated neighbourhood request, in the API's words; null when no node has the id. */
export function neighbourhoodOf(graph: Graph, args: NeighbourhoodArgs): Promise<SubgraphRow | null> {
  return neighbourhood(graph, {
    id: args.id,
    depth: args.depth,
    limit: args.limit,
    relationshipTypes: (args.relationshipTypes as RelationshipType[] | null | undefined) ?? null,
    labels: labelsOf(args.nodeTypes),
  });
}
