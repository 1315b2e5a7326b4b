/**
 * The actor network (cypher/read/explore/actor-network): actors joined by weighted MENTIONS,
 * ADDRESSES, SAME_TOPIC and SAME_EVENT edges, read in one query; and the ranking of its actors
 * by weighted degree or PageRank, computed on that answer with graphology.
 */
import { MultiGraph } from 'graphology';
// The sub-module's index: its typings give pagerank a callable named export (the file's own
// CommonJS default export types as a module object under NodeNext).
import { pagerank } from 'graphology-metrics/centrality/index.js';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree.js';
import { requireWithin } from './bounds.js';
import { cypher } from './cypher.js';
import type { Graph } from './graph.js';
import type { ActorRow, EdgeRow } from './model.js';
import { int } from './values.js';

export const ACTOR_LINK_TYPES = ['MENTIONS', 'ADDRESSES', 'SAME_TOPIC', 'SAME_EVENT'] as const;
export type ActorLinkType = (typeof ACTOR_LINK_TYPES)[number];

/** Links from a speaker to another actor; the SAME_* links join an unordered pair (source id < target id). */
export const DIRECTED_LINKS: ReadonlySet<string> = new Set<ActorLinkType>(['MENTIONS', 'ADDRESSES']);

export interface NetworkScope {
  /** Only statements about this topic or its subtopics. */
  topic?: string | null;
  /** Only statements said on or after / on or before these days (YYYY-MM-DD). */
  from?: string | null;
  to?: string | null;
}

export interface NetworkQuery extends NetworkScope {
  minWeight: number;
  /** Most edges returned, the strongest kept. */
  limit: number;
  /** Most speakers of one topic or event to pair (default MAX_GROUP). */
  maxGroup?: number;
}

export type NetworkEdge = EdgeRow & { type: ActorLinkType; properties: { weight: number; via: string[] } };

export interface ActorNetwork {
  nodes: ActorRow[];
  edges: NetworkEdge[];
  truncated: boolean;
}

/**
 * A topic or event with k actors makes k(k-1)/2 SAME_* pairs: only its MAX_GROUP most active
 * speakers (and everyone an event involves) are paired, which bounds the query's rows and memory
 * per topic or event (at most 1,225 pairs besides an event's participants). The answer is then
 * marked truncated. (20k synthetic statements by 2,000 actors, unfiltered: 1.6 s, 160 MB; with
 * 100: 3.2 s, 475 MB; uncapped: over the 700 MiB transaction memory limit.)
 */
export const MAX_GROUP = 50;

/**
 * The actor network's bounds, owned here with its query: for `actorNetwork` the edges returned
 * (default and most) and the heaviest minimum weight. The API validates against these
 * (src/schema/explore/network.ts), and the functions below refuse anything outside them.
 */
export const NETWORK_BOUNDS = { defaultLimit: 500, maxLimit: 5000, maxMinWeight: 1000 } as const;
/**
 * A ranking reads the network through the same query with this edge cap (the heaviest edges
 * kept), which bounds what one request sends over Bolt and holds in memory: 20,000 edges took
 * ~2 s in Neo4j and <60 ms in graphology on a 20k-statement synthetic graph. Beyond it the
 * lightest links are left out of the scores, and a warning is logged.
 */
export const RANKING_BOUNDS = { defaultFirst: 20, maxFirst: 100, edgeCap: 20_000 } as const;

/** The most edges one network query reads: the ranking's edge cap (the API's `limit` stops lower). */
const MAX_NETWORK_EDGES = Math.max(NETWORK_BOUNDS.maxLimit, RANKING_BOUNDS.edgeCap);

/** The network in scope, or null when `topic` names no topic. One query. */
export async function actorNetwork(graph: Graph, q: NetworkQuery): Promise<ActorNetwork | null> {
  requireWithin('minWeight', q.minWeight, 1, NETWORK_BOUNDS.maxMinWeight);
  requireWithin('limit', q.limit, 1, MAX_NETWORK_EDGES);
  if (q.maxGroup !== undefined) requireWithin('maxGroup', q.maxGroup, 1, MAX_GROUP);
  const [row] = await graph.read<ActorNetwork & { topicFound: boolean }>(cypher('read/explore/actor-network'), {
    topic: q.topic ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    minWeight: int(q.minWeight),
    limit: int(q.limit),
    maxGroup: int(q.maxGroup ?? MAX_GROUP),
  });
  if (!row?.topicFound) return null;
  return { nodes: row.nodes, edges: row.edges, truncated: row.truncated };
}

export type RankingMetric = 'DEGREE' | 'PAGERANK';

export interface ActorScore {
  actor: ActorRow;
  score: number;
  /** 1-based position in the order score desc, then id. */
  rank: number;
}

/**
 * The `first` most central actors of a network. DEGREE: the sum of the weights of an actor's
 * edges, whatever their direction. PAGERANK: weighted PageRank on a mixed multigraph, where
 * graphology walks an undirected SAME_* edge both ways — the same as two directed edges of its
 * weight — and a directed edge only from source to target (being mentioned or addressed is
 * what raises an actor's rank). An actor with no outgoing edge (only ever spoken of) spreads
 * its rank evenly, graphology's usual handling of dangling nodes, so the scores sum to 1.
 */
export function rankActors(network: ActorNetwork, metric: RankingMetric, first: number): ActorScore[] {
  requireWithin('first', first, 1, RANKING_BOUNDS.maxFirst);
  const g = new MultiGraph<Record<string, never>, { weight: number }>();
  for (const node of network.nodes) g.addNode(node.id);
  for (const edge of network.edges) {
    const attributes = { weight: edge.properties.weight };
    if (DIRECTED_LINKS.has(edge.type)) g.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
    else g.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
  }
  // graphology's default 100 iterations can fail to converge (it throws); 1000 is still cheap.
  const scores: Record<string, number> =
    metric === 'PAGERANK'
      ? pagerank(g, { getEdgeWeight: 'weight', maxIterations: 1000 })
      : Object.fromEntries(g.mapNodes((node) => [node, weightedDegree(g, node, 'weight')]));
  return network.nodes
    .map((actor) => ({ actor, score: scores[actor.id] ?? 0 }))
    .sort((a, b) => b.score - a.score || (a.actor.id < b.actor.id ? -1 : a.actor.id > b.actor.id ? 1 : 0))
    .slice(0, first)
    .map((s, i) => ({ ...s, rank: i + 1 }));
}
