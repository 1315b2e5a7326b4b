/** Contested claims: affirmed by one actor, denied by another (cypher/read/explore/contradictions/). */
import { cypher } from './cypher.js';
import type { Graph } from './graph.js';
import type { ClaimRow } from './model.js';
import { int } from './values.js';

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
