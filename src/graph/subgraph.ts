/**
 * A neighbourhood as the API asks for it and presents it: its bounds, the form of a node id, the
 * NodeType values (→ labels) and a node's display label. Shared by the GraphQL `neighbourhood`
 * field (src/schema/explore) and the /export/subgraph route (src/server/export.ts), which sits
 * beside the schema and so takes them from here, not from it.
 */
import { z } from 'zod';
import { typeOfId, type NodeTypeName } from '../dossier/ids.js';
import { NODE_TYPE_SPECS, TYPE_BY_ENUM_VALUE, typeOfLabels } from '../model/registry.js';
import { EXPLORE_BOUNDS, neighbourhood } from './explore.js';
import type { Graph } from './graph.js';
import { nodeType, type NodeLabel, type NodeRow, type RelationshipType, type SubgraphRow } from './model.js';

/** How far and how wide a neighbourhood may reach: the graph layer's bounds (src/graph/explore.ts). */
export const NEIGHBOURHOOD_BOUNDS = EXPLORE_BOUNDS.neighbourhood;

/** A node id of the graph ("person:sergei-lavrov"), checked for its form. */
export const NodeId = z.string().refine((id) => typeOfId(id) !== undefined, { message: 'is not a claimgraph id (expected e.g. "person:sergei-lavrov")' });

/** The NodeType enum's values (the API's words) → the node types of the graph (src/model/registry.ts). */
export const NODE_TYPE_NAMES: Record<string, NodeTypeName> = TYPE_BY_ENUM_VALUE;

/** NodeType enum values → labels for a query. */
export function labelsOf(types: readonly string[] | null | undefined): NodeLabel[] | null {
  return types ? types.map((t) => NODE_TYPE_SPECS[NODE_TYPE_NAMES[t]!].label) : null;
}

export function nodeTypeValue(row: NodeRow): string {
  return NODE_TYPE_SPECS[nodeType(row.labels)].enumValue;
}

/** A short human label for any node: the caption a query computed, else its type's caption property, else its id. */
export function displayLabel(row: NodeRow & Record<string, unknown>): string {
  const type = typeOfLabels(row.labels ?? []);
  const text = (row.caption ?? (type && row[NODE_TYPE_SPECS[type].caption]) ?? row.name ?? row.id) as string;
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
