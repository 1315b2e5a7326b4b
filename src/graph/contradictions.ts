/** Contested claims: affirmed by one actor, denied by another (cypher/read/explore/contradictions/). */
import { requireWithin } from './bounds.js';
import { cypher } from './cypher.js';
import type { Graph } from './graph.js';
import type { ClaimRow } from './model.js';
import { int } from './values.js';

/**
 * The contradictions' bounds, owned here with their query: claims per answer (default and most).
 * The API validates against these (src/schema/explore/contradictions.ts), and `contradictions`
 * refuses anything outside them.
 */
export const CONTRADICTION_BOUNDS = { first: 20, maxFirst: 100 } as const;

export interface AssertionPair {
  actor: string;
  statement: string;
}

export interface ContradictionRow {
  claim: ClaimRow;
  affirmed: AssertionPair[];
  denied: AssertionPair[];
}

/** One query, anchored on the actor (else the topic) so that only the claims around them are read. */
export async function contradictions(graph: Graph, q: { topic: string | null; actor: string | null; limit: number }): Promise<ContradictionRow[]> {
  requireWithin('limit', q.limit, 1, CONTRADICTION_BOUNDS.maxFirst);
  const query = q.actor
    ? cypher('read/explore/contradictions/by-actor')
    : q.topic
      ? cypher('read/explore/contradictions/by-topic')
      : cypher('read/explore/contradictions/all');
  return graph.read<ContradictionRow & Record<string, unknown>>(query, {
    topic: q.topic,
    actor: q.actor,
    limit: int(q.limit),
  });
}
