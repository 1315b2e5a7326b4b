/** Exploration around nodes: neighbourhoods and shortest paths (cypher/read/explore). */
import { typeOfId } from '../dossier/ids.js';
import { requireWithin } from './bounds.js';
import { cypher } from './cypher.js';
import type { Graph } from './graph.js';
import { nodesByIds } from './nodes.js';
import { indexLabel, type EdgeRow, type NodeLabel, type NodeRow, type RelationshipType, type SubgraphRow } from './model.js';
import { int } from './values.js';

/**
 * The bounds of exploration, owned here because the Cypher is written for them: the
 * neighbourhood query unrolls exactly `maxDepth` levels, and the path search's hops and k are
 * slots of its text. The API validates its arguments against these (src/schema/explore/), and
 * the functions below refuse anything outside them, so that no caller gets less than it asked for.
 */
export const EXPLORE_BOUNDS = {
  neighbourhood: { maxDepth: 3, defaultLimit: 200, maxLimit: 2000 },
  paths: { maxHops: 8, defaultHops: 4, defaultLimit: 5, maxLimit: 25, timeoutMs: 5_000 },
} as const;

export interface NeighbourhoodQuery {
  id: string;
  depth: number;
  limit: number;
  relationshipTypes?: RelationshipType[] | null;
  labels?: NodeLabel[] | null;
}

/** Null when no node has the id. */
export async function neighbourhood(graph: Graph, q: NeighbourhoodQuery): Promise<SubgraphRow | null> {
  requireWithin('depth', q.depth, 1, EXPLORE_BOUNDS.neighbourhood.maxDepth);
  requireWithin('limit', q.limit, 1, EXPLORE_BOUNDS.neighbourhood.maxLimit);
  const type = typeOfId(q.id);
  if (!type) return null;
  const [row] = await graph.read<SubgraphRow>(cypher('read/explore/neighbourhood', { label: indexLabel(type), depth: q.depth }), {
    id: q.id,
    limit: int(q.limit),
    types: q.relationshipTypes ?? null,
    labels: q.labels ?? null,
  });
  return row ?? null;
}

export interface PathsQuery {
  from: string;
  to: string;
  maxHops: number;
  limit: number;
  relationshipTypes?: RelationshipType[] | null;
  timeoutMs: number;
}

export interface PathRow {
  length: number;
  nodes: NodeRow[];
  edges: EdgeRow[];
}

/** The shortest paths, shortest first, or which end does not exist. */
export async function shortestPaths(graph: Graph, q: PathsQuery): Promise<{ paths: PathRow[] } | { missing: string }> {
  requireWithin('maxHops', q.maxHops, 1, EXPLORE_BOUNDS.paths.maxHops);
  requireWithin('limit', q.limit, 1, EXPLORE_BOUNDS.paths.maxLimit);
  const fromType = typeOfId(q.from);
  const toType = typeOfId(q.to);
  if (!fromType) return { missing: q.from };
  if (!toType) return { missing: q.to };
  // SHORTEST k takes no parameter in Neo4j 5.26: k is a slot, like the hop bound.
  const query = cypher('read/explore/paths', { fromLabel: indexLabel(fromType), toLabel: indexLabel(toType), maxHops: q.maxHops, limit: q.limit });
  const paths = await graph.read<PathRow & Record<string, unknown>>(
    query,
    { from: q.from, to: q.to, types: q.relationshipTypes ?? null },
    { timeoutMs: q.timeoutMs },
  );
  if (paths.length > 0) return { paths };
  // No path: say so only if both ends exist (one more round-trip, in this case only).
  const [from] = await nodesByIds(graph, indexLabel(fromType), [q.from]);
  if (!from) return { missing: q.from };
  const [to] = await nodesByIds(graph, indexLabel(toType), [q.to]);
  return to ? { paths } : { missing: q.to };
}
